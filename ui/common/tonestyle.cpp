#include "tonestyle.h"

#include <memory>

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace sitrep {

namespace {

// Hears the application's palette change. When the application's palette changes, Qt posts
// ApplicationPaletteChange to every top-level widget, shown or not, and PaletteChange only
// to widgets whose palette is inherited, which a widget with a style sheet's palette is not.
// So one top-level widget that is never shown hears it, on the next turn of the event loop,
// for every toned widget, without seeing every other event of the process as a filter on the
// application object would. It lives while something follows the scheme.
class PaletteWatcher : public QWidget
{
    Q_OBJECT
public:
    static std::shared_ptr<PaletteWatcher> shared()
    {
        static std::weak_ptr<PaletteWatcher> instance;
        std::shared_ptr<PaletteWatcher> watcher = instance.lock();
        if (!watcher) {
            watcher = std::make_shared<PaletteWatcher>();
            instance = watcher;
        }
        return watcher;
    }

    PaletteWatcher() { setObjectName(QStringLiteral("sitrepPaletteWatcher")); }

Q_SIGNALS:
    void changed();

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange)
            Q_EMIT changed();
        return QWidget::event(event);
    }
};

// Calls a redraw on each scheme change while its owner lives.
class SchemeFollower : public QObject
{
public:
    SchemeFollower(QObject *owner, std::function<void()> redraw)
        : QObject(owner), m_watcher(PaletteWatcher::shared())
    {
        connect(m_watcher.get(), &PaletteWatcher::changed, this, std::move(redraw));
    }

private:
    std::shared_ptr<PaletteWatcher> m_watcher;
};

} // namespace

ToneStyle::ToneStyle(QWidget *widget, Sheet sheet)
    : QObject(widget), m_widget(widget), m_sheet(std::move(sheet))
{
    new SchemeFollower(this, [this] { apply(); });
    apply();
}

void ToneStyle::redrawOnSchemeChange(QObject *owner, std::function<void()> redraw)
{
    new SchemeFollower(owner, std::move(redraw));
}

void ToneStyle::sheet(QWidget *widget, Sheet sheet)
{
    detach(widget);
    new ToneStyle(widget, std::move(sheet));
}

void ToneStyle::text(QWidget *widget, Tone tone, bool bold)
{
    sheet(widget, [tone, bold](ColourScheme scheme) {
        return QStringLiteral("color: %1;%2")
                .arg(Tones::colour(tone, scheme).name(),
                     bold ? QStringLiteral(" font-weight: bold;") : QString());
    });
}

void ToneStyle::banner(QWidget *widget, Banner banner)
{
    sheet(widget, [banner](ColourScheme scheme) {
        const BannerColours c = Tones::banner(banner, scheme);
        return QStringLiteral("background: %1; color: %2; border: 1px solid %3; padding: 6px;")
                .arg(c.background.name(), c.text.name(), c.border.name());
    });
}

void ToneStyle::clear(QWidget *widget)
{
    detach(widget);
    widget->setStyleSheet({});
}

void ToneStyle::detach(QWidget *widget)
{
    delete widget->findChild<ToneStyle *>(QString(), Qt::FindDirectChildrenOnly);
}

QString ToneStyle::css(Tone tone)
{
    return QStringLiteral("color: %1;").arg(Tones::colour(tone).name());
}

QString ToneStyle::span(const QString &html, Tone tone, bool bold)
{
    return QStringLiteral("<span style='%1%2'>%3</span>")
            .arg(css(tone), bold ? QStringLiteral(" font-weight: bold;") : QString(), html);
}

void ToneStyle::apply()
{
    // Setting an equal sheet again would repolish the widget for nothing.
    const QString sheet = m_sheet(Tones::current());
    if (m_widget->styleSheet() != sheet)
        m_widget->setStyleSheet(sheet);
}

} // namespace sitrep

#include "tonestyle.moc"
