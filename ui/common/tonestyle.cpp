#include "tonestyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace sitrep {

namespace {

// Tells when the application's palette changed. Qt sends ApplicationPaletteChange to the
// application and to windows, and PaletteChange only to widgets whose palette is inherited,
// which a widget with a style sheet's palette is not: so one filter on the application
// object hears it for every toned widget.
class ApplicationPalette : public QObject
{
    Q_OBJECT
public:
    static ApplicationPalette &watcher()
    {
        static QPointer<ApplicationPalette> instance;
        if (!instance)
            instance = new ApplicationPalette(QCoreApplication::instance());
        return *instance;
    }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance()
            && event->type() == QEvent::ApplicationPaletteChange)
            Q_EMIT changed();
        return false;
    }

private:
    explicit ApplicationPalette(QObject *application) : QObject(application)
    {
        application->installEventFilter(this);
    }
};

} // namespace

ToneStyle::ToneStyle(QWidget *widget, Sheet sheet)
    : QObject(widget), m_widget(widget), m_sheet(std::move(sheet))
{
    connect(&ApplicationPalette::watcher(), &ApplicationPalette::changed, this, &ToneStyle::apply);
    apply();
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
