#include "common/appearance.h"
#include "common/chartstyle.h"
#include "common/severitystyle.h"
#include "common/tonestyle.h"
#include "itemmodels/tone.h"
#include "oncall/personcolours.h"

#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QTest>

Q_DECLARE_METATYPE(sitrep::ColourScheme)
Q_DECLARE_METATYPE(sitrep::Tone)

using namespace sitrep;
using namespace Qt::StringLiterals;

// Every colour Sitrep draws, checked against what it is drawn on in both schemes: text keeps
// WCAG's 4.5:1, graphics (status dots, chart lines and bars) 3:1. A colour added without its
// pair here is the colour that will be unreadable on someone's dark desktop.
class tst_Tone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void schemeIsJudgedByTheWindow();
    void contrastIsWcags();
    void textTonesReadOnBaseAndWindow_data();
    void textTonesReadOnBaseAndWindow();
    void overdueRowsRead_data();
    void overdueRowsRead();
    void bannersRead_data();
    void bannersRead();
    void severitiesRead_data();
    void severitiesRead();
    void statusDotsStandOut_data();
    void statusDotsStandOut();
    void peopleOnTheCalendarRead_data();
    void peopleOnTheCalendarRead();
    void chartSeriesStandOut_data();
    void chartSeriesStandOut();
    void selectionReads_data();
    void selectionReads();
    void tonedLabelsFollowTheDesktop();
    void richTextIsRedrawnForTheNewScheme();
    void schemeNamesAreParsed();

private:
    static void addSchemes();
    static QString pair(const QColor &front, const QColor &back)
    {
        return u"%1 on %2: %3:1"_s.arg(front.name(), back.name())
                .arg(Tones::contrast(front, back), 0, 'f', 2);
    }
};

#define VERIFY_CONTRAST(front, back, least) \
    QVERIFY2(Tones::contrast((front), (back)) >= (least), qPrintable(pair((front), (back))))

void tst_Tone::addSchemes()
{
    QTest::addColumn<ColourScheme>("scheme");
    QTest::newRow("light") << ColourScheme::Light;
    QTest::newRow("dark") << ColourScheme::Dark;
}

void tst_Tone::cleanup()
{
    QApplication::setPalette(Appearance::palette(ColourScheme::Light));
}

void tst_Tone::schemeIsJudgedByTheWindow()
{
    QCOMPARE(Tones::schemeOf(Appearance::palette(ColourScheme::Light)), ColourScheme::Light);
    QCOMPARE(Tones::schemeOf(Appearance::palette(ColourScheme::Dark)), ColourScheme::Dark);
    QPalette grey;
    grey.setColor(QPalette::Window, QColor(0x40, 0x40, 0x40));
    QCOMPARE(Tones::schemeOf(grey), ColourScheme::Dark);
}

void tst_Tone::contrastIsWcags()
{
    // The figures WCAG's own examples give.
    QCOMPARE(Tones::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(Tones::contrast(Qt::white, Qt::white), 1.0);
    QCOMPARE(qRound(Tones::contrast(QColor(0x777777), Qt::white) * 100), 448);
}

void tst_Tone::textTonesReadOnBaseAndWindow_data()
{
    QTest::addColumn<ColourScheme>("scheme");
    QTest::addColumn<Tone>("tone");
    const std::pair<const char *, Tone> tones[]
            = {{"danger", Tone::Danger}, {"warning", Tone::Warning},     {"success", Tone::Success},
               {"info", Tone::Info},     {"secondary", Tone::Secondary}, {"faint", Tone::Faint},
               {"code", Tone::Code},     {"marker", Tone::Marker}};
    for (const auto scheme : {ColourScheme::Light, ColourScheme::Dark})
        for (const auto &[name, tone] : tones)
            QTest::addRow("%s %s", scheme == ColourScheme::Dark ? "dark" : "light", name)
                    << scheme << tone;
}

void tst_Tone::textTonesReadOnBaseAndWindow()
{
    QFETCH(ColourScheme, scheme);
    QFETCH(Tone, tone);
    const QPalette palette = Appearance::palette(scheme);
    VERIFY_CONTRAST(Tones::colour(tone, scheme), palette.color(QPalette::Base), 4.5);
    VERIFY_CONTRAST(Tones::colour(tone, scheme), palette.color(QPalette::Window), 4.5);
}

void tst_Tone::overdueRowsRead_data()
{
    addSchemes();
}

void tst_Tone::overdueRowsRead()
{
    QFETCH(ColourScheme, scheme);
    const QColor fill = Tones::colour(Tone::DangerFill, scheme);
    VERIFY_CONTRAST(Appearance::palette(scheme).color(QPalette::Text), fill, 4.5);
    VERIFY_CONTRAST(Tones::colour(Tone::Danger, scheme), fill, 4.5);
}

void tst_Tone::bannersRead_data()
{
    addSchemes();
}

void tst_Tone::bannersRead()
{
    QFETCH(ColourScheme, scheme);
    for (const Banner banner : {Banner::Notice, Banner::Alarm}) {
        const BannerColours colours = Tones::banner(banner, scheme);
        VERIFY_CONTRAST(colours.text, colours.background, 4.5);
    }
}

void tst_Tone::severitiesRead_data()
{
    addSchemes();
}

void tst_Tone::severitiesRead()
{
    QFETCH(ColourScheme, scheme);
    const QPalette palette = Appearance::palette(scheme);
    for (const Severity severity : allSeverities) {
        // The badge, the same on both schemes.
        VERIFY_CONTRAST(SeverityStyle::text(), SeverityStyle::background(severity), 4.5);
        // The filter buttons' text, and the dashboard's bars.
        VERIFY_CONTRAST(SeverityStyle::foreground(severity, scheme),
                        palette.color(QPalette::Window), 4.5);
        VERIFY_CONTRAST(SeverityStyle::foreground(severity, scheme), palette.color(QPalette::Base),
                        4.5);
    }
}

void tst_Tone::statusDotsStandOut_data()
{
    addSchemes();
}

void tst_Tone::statusDotsStandOut()
{
    QFETCH(ColourScheme, scheme);
    const QColor base = Appearance::palette(scheme).color(QPalette::Base);
    for (const IncidentStatus status : {IncidentStatus::Investigating, IncidentStatus::Identified,
                                        IncidentStatus::Monitoring, IncidentStatus::Resolved})
        VERIFY_CONTRAST(SeverityStyle::statusColor(status, scheme), base, 3.0);
}

void tst_Tone::peopleOnTheCalendarRead_data()
{
    addSchemes();
}

void tst_Tone::peopleOnTheCalendarRead()
{
    QFETCH(ColourScheme, scheme);
    for (int person = 0; person < PersonColours::count(); ++person)
        VERIFY_CONTRAST(PersonColours::text(scheme), PersonColours::fill(person, scheme), 4.5);
    VERIFY_CONTRAST(PersonColours::gapText(scheme), PersonColours::gap(scheme), 4.5);
    // Today's line on a cell.
    VERIFY_CONTRAST(Tones::colour(Tone::Danger, scheme),
                    Appearance::palette(scheme).color(QPalette::Base), 3.0);
}

void tst_Tone::chartSeriesStandOut_data()
{
    addSchemes();
}

void tst_Tone::chartSeriesStandOut()
{
    QFETCH(ColourScheme, scheme);
    QChart chart;
    ChartStyle::theme(&chart, Appearance::palette(scheme));
    const QColor background = chart.backgroundBrush().color();
    QCOMPARE(background, Appearance::palette(scheme).color(QPalette::Base));
    VERIFY_CONTRAST(chart.titleBrush().color(), background, 4.5);
    for (const Series series : {Series::Primary, Series::Good, Series::Caution, Series::Bad,
                                Series::Alternate, Series::Reference, Series::Previous})
        VERIFY_CONTRAST(ChartStyle::colour(series, scheme), background, 3.0);
}

void tst_Tone::selectionReads_data()
{
    addSchemes();
}

void tst_Tone::selectionReads()
{
    QFETCH(ColourScheme, scheme);
    const QPalette palette = Appearance::palette(scheme);
    VERIFY_CONTRAST(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight),
                    4.5);
    VERIFY_CONTRAST(palette.color(QPalette::Text), palette.color(QPalette::Base), 4.5);
    VERIFY_CONTRAST(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 4.5);
}

void tst_Tone::tonedLabelsFollowTheDesktop()
{
    QApplication::setPalette(Appearance::palette(ColourScheme::Light));
    QWidget window;
    auto *problem = new QLabel(u"The server did not answer."_s, &window);
    auto *banner = new QLabel(u"2 incidents need an update."_s, &window);
    ToneStyle::text(problem, Tone::Danger, true);
    ToneStyle::banner(banner, Banner::Alarm);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString lightRed = Tones::colour(Tone::Danger, ColourScheme::Light).name();
    QVERIFY2(problem->styleSheet().contains(lightRed), qPrintable(problem->styleSheet()));
    QVERIFY(problem->styleSheet().contains(u"bold"_s));

    // The desktop switches to dark while the console is open.
    QApplication::setPalette(Appearance::palette(ColourScheme::Dark));
    const QString darkRed = Tones::colour(Tone::Danger, ColourScheme::Dark).name();
    QTRY_VERIFY2(problem->styleSheet().contains(darkRed), qPrintable(problem->styleSheet()));
    QVERIFY(!problem->styleSheet().contains(lightRed));
    QVERIFY2(banner->styleSheet().contains(
                     Tones::banner(Banner::Alarm, ColourScheme::Dark).background.name()),
             qPrintable(banner->styleSheet()));

    // Cleared, it draws in the palette's own text colour again and stays so.
    ToneStyle::clear(problem);
    int changes = 0;
    ToneStyle::redrawOnSchemeChange(&window, [&changes] { ++changes; });
    QApplication::setPalette(Appearance::palette(ColourScheme::Light));
    QTRY_COMPARE(changes, 1);
    QCOMPARE(problem->styleSheet(), QString());
}

void tst_Tone::richTextIsRedrawnForTheNewScheme()
{
    const auto watchers = [] {
        int found = 0;
        for (const QWidget *widget : QApplication::topLevelWidgets())
            found += widget->objectName() == u"sitrepPaletteWatcher"_s;
        return found;
    };
    QApplication::setPalette(Appearance::palette(ColourScheme::Light));
    QCOMPARE(watchers(), 0); // the earlier tests' labels are gone
    {
        QLabel summary;
        int redrawn = 0;
        const auto draw = [&] {
            ++redrawn;
            summary.setText(ToneStyle::span(u"Nobody is on call."_s, Tone::Danger));
        };
        draw();
        ToneStyle::redrawOnSchemeChange(&summary, draw);
        const QString darkRed = Tones::colour(Tone::Danger, ColourScheme::Dark).name();
        QApplication::setPalette(Appearance::palette(ColourScheme::Dark));
        QTRY_COMPARE(redrawn, 2);
        QVERIFY2(summary.text().contains(darkRed), qPrintable(summary.text()));
        // One hidden window hears the change for everything that follows the scheme.
        QCOMPARE(watchers(), 1);
        QVERIFY(!summary.isVisible());
    }
    // Nothing follows the scheme any more: the watcher is gone with the last follower, and
    // the next change calls nobody.
    QCOMPARE(watchers(), 0);
    QApplication::setPalette(Appearance::palette(ColourScheme::Light));
}

void tst_Tone::schemeNamesAreParsed()
{
    QCOMPARE(Appearance::parse(u"dark").value_or(Appearance::Choice(-1)), Appearance::Choice::Dark);
    QCOMPARE(Appearance::parse(u"light").value_or(Appearance::Choice(-1)),
             Appearance::Choice::Light);
    QCOMPARE(Appearance::parse(u"system").value_or(Appearance::Choice(-1)),
             Appearance::Choice::System);
    QVERIFY(!Appearance::parse(u"Dark").has_value());
    QVERIFY(!Appearance::parse(u"").has_value());
}

QTEST_MAIN(tst_Tone)
#include "tst_tone.moc"
