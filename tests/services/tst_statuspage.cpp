#include "../fixtures/prometheusfixture.h"
#include "../itemmodels/boardfixture.h"
#include "domain/durationtext.h"
#include "services/messagingservice.h"
#include "translations.h"

#include <QDomDocument>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace sitrep;
using namespace Qt::StringLiterals;
using prometheus_fixture::await;

namespace {

QList<QDomElement> elements(const QDomNode &under, const QString &tag,
                            const QString &className = {})
{
    QList<QDomElement> found;
    const QDomNodeList all = under.toElement().isNull() ? under.toDocument().elementsByTagName(tag)
                                                        : under.toElement().elementsByTagName(tag);
    for (int i = 0; i < all.size(); ++i) {
        const QDomElement element = all.at(i).toElement();
        if (className.isEmpty() || element.attribute(u"class"_s).split(u' ').contains(className))
            found << element;
    }
    return found;
}

// The heading levels in document order.
void headingLevels(const QDomElement &element, QList<int> &levels)
{
    static const QRegularExpression heading(u"^h([1-6])$"_s);
    if (const auto match = heading.match(element.tagName()); match.hasMatch())
        levels << match.captured(1).toInt();
    for (QDomElement child = element.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement())
        headingLevels(child, levels);
}

} // namespace

// The static status page as a customer reads it: the headline state, each component with 90
// days and its uptime, every public update in order with its time, the history, a page per
// incident and an Atom feed; public wording, nothing internal, SEV-4 left out; and the page
// in a real browser (Debian's Chromium), wide and narrow, light and dark.
class tst_StatusPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void leadsWithStateAndComponents();
    void everyPublicUpdateInOrder();
    void nothingInternalAndNoSev4();
    void historyAndIncidentPages();
    void feedIsValidAtom();
    void selfContainedPhoneDarkAccessible();
    void rewrittenOnEveryAnnouncement();
    void configuredComponentsAndWording();
    void inARealBrowser();

private:
    // A folder channel (no secret) with the given settings.
    void addPage(const QStringList &settings = {});
    // Three components (api, checkout, search); a SEV-2 on search resolved 20 days ago; a
    // SEV-1 on checkout and api with four updates and an internal note; an open SEV-4.
    void scenario();
    void publish();
    // The scenario published to a page with the settings; false if a step failed.
    bool published(const QStringList &settings = {});
    QByteArray read(const QString &path) const;
    QDomDocument parsed(const QString &path) const;

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<QTemporaryDir> m_folder;
    Incident m_old;
    Incident m_current;
    Incident m_minor;
    QStringList m_updates;
};

void tst_StatusPage::initTestCase()
{
    // English plural forms ("91 minutes"), as the console has them.
    translations::install(*QCoreApplication::instance());
}

void tst_StatusPage::init()
{
    f = std::make_unique<BoardFixture>();
    m_folder = std::make_unique<QTemporaryDir>();
    m_updates = {u"Connection pool exhausted; raising the limit"_s,
                 u"Limit raised to 400 connections; errors falling"_s,
                 u"Error rate back to normal.\nWatching the pool."_s,
                 u"Still watching <the> pool & its limit"_s};
}

void tst_StatusPage::cleanup()
{
    f.reset();
    m_folder.reset();
}

void tst_StatusPage::addPage(const QStringList &settings)
{
    Channel page;
    page.name = u"public-page"_s;
    page.kind = Channel::Kind::StaticPage;
    page.role = Channel::Role::StatusPage;
    page.folder = m_folder->path();
    for (const QString &setting : settings)
        QVERIFY2(!ChannelRules::apply(page, setting), qPrintable(setting));
    const auto added = await<QString>([&](auto done) { f->messaging->addChannel(page, {}, done); });
    QVERIFY(added);
    QVERIFY2(added->isEmpty(), qPrintable(*added));
}

void tst_StatusPage::scenario()
{
    m_old = f->declare(u"Search results delayed"_s, Severity::Sev2, {u"search"_s}, u"alice"_s);
    f->clock.advance(90 * 60);
    m_old = f->service
                    ->resolve(m_old.id, u"Reindexed the catalogue"_s, u"Disk full on search-3"_s,
                              u"alice"_s)
                    .value();
    f->clock.advance(20 * 86400);
    m_current = f->declare(u"Checkout returning 500s"_s, Severity::Sev1, {u"checkout"_s, u"api"_s},
                           u"alice"_s);
    QVERIFY(f->timeline->add(m_current.id, TimelineKind::Hypothesis,
                             u"internal: suspect bob's deploy"_s, {}, false, u"alice"_s));
    const IncidentStatus statuses[] = {IncidentStatus::Identified, IncidentStatus::Identified,
                                       IncidentStatus::Monitoring, IncidentStatus::Monitoring};
    for (int i = 0; i < m_updates.size(); ++i) {
        f->clock.advance(600);
        QVERIFY(f->service->postUpdate(m_current.id, statuses[i], m_updates[i], u"alice"_s));
    }
    m_minor = f->declare(u"Slow admin export"_s, Severity::Sev4, {u"search"_s}, u"bob"_s);
}

void tst_StatusPage::publish()
{
    const auto report = await<OutboxDispatcher::FlushReport>(
            [&](auto done) { f->messaging->dispatcher().flush(std::chrono::seconds(0), done); });
    QVERIFY(report);
    QCOMPARE(report->failed, 0);
    QVERIFY(report->delivered > 0);
}

bool tst_StatusPage::published(const QStringList &settings)
{
    addPage(settings);
    if (!QTest::currentTestFailed())
        scenario();
    if (!QTest::currentTestFailed())
        publish();
    return !QTest::currentTestFailed();
}

QByteArray tst_StatusPage::read(const QString &path) const
{
    QFile file(QDir(m_folder->path()).filePath(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDomDocument tst_StatusPage::parsed(const QString &path) const
{
    QDomDocument document;
    const auto parsedOk = document.setContent(read(path));
    if (!parsedOk)
        qWarning("%s does not parse", qPrintable(path));
    return document;
}

void tst_StatusPage::leadsWithStateAndComponents()
{
    QVERIFY(published());
    const QDomDocument page = parsed(u"index.html"_s);
    const QList<QDomElement> headline = elements(page, u"p"_s, u"headline"_s);
    QCOMPARE(headline.size(), 1);
    QCOMPARE(headline.first().text(), u"Major outage"_s);

    const QList<QDomElement> components = elements(page, u"li"_s, u"component"_s);
    QStringList names;
    QStringList states;
    for (const QDomElement &component : components) {
        names << elements(component, u"h3"_s).first().text();
        states << elements(component, u"span"_s, u"state"_s).first().text();
        QCOMPARE(elements(elements(component, u"ol"_s, u"bar"_s).first(), u"li"_s).size(), 90);
    }
    QCOMPARE(names, (QStringList {u"api"_s, u"checkout"_s, u"search"_s}));
    QCOMPARE(states, (QStringList {u"Major outage"_s, u"Major outage"_s, u"Operational"_s}));

    // Search had a partial outage 20 days ago for as long as the SEV-2 lasted.
    const QDomElement search = components.last();
    const qint64 minutes = m_old.startedAt.secsTo(m_old.resolvedAt) / 60;
    const QString day = m_old.startedAt.date().toString(Qt::ISODate);
    const QList<QDomElement> cells = elements(search, u"li"_s, u"partial"_s);
    QCOMPARE(cells.size(), 1);
    const QString title = cells.first().attribute(u"title"_s);
    QVERIFY2(title.startsWith(day + u": Partial outage, %1 minutes of impact"_s.arg(minutes))
                     && title.contains(u"Search results delayed"_s),
             qPrintable(title));
    // A partial outage counts 30 %, over the minutes of the 90 days so far.
    const QDateTime now = f->clock.now();
    const QDateTime windowStart(now.date().addDays(-89), QTime(0, 0), Qt::UTC);
    const double window = std::ceil(windowStart.secsTo(now) / 60.0);
    const QString uptime = QString::number((1.0 - 0.3 * double(minutes) / window) * 100, 'f', 2);
    QCOMPARE(elements(search, u"p"_s, u"uptime"_s).first().text(),
             u"%1 % uptime over the last 90 days"_s.arg(uptime));
    QVERIFY(uptime != u"100.00"_s);
    // Today's cell of checkout is a major outage naming the incident.
    const QDomElement today = elements(elements(components[1], u"ol"_s).first(), u"li"_s).last();
    QCOMPARE(today.attribute(u"class"_s), u"major"_s);
    QVERIFY(today.attribute(u"title"_s).contains(u"#2 Checkout returning 500s"_s));
    QVERIFY(!elements(components[0], u"p"_s, u"uptime"_s).first().text().startsWith(u"100"_s));
}

void tst_StatusPage::everyPublicUpdateInOrder()
{
    QVERIFY(published());
    const QDomDocument page = parsed(u"index.html"_s);
    const QList<QDomElement> open = elements(page, u"article"_s, u"incident"_s);
    QCOMPARE(open.size(), 1);
    QCOMPARE(elements(open.first(), u"a"_s).first().text(), u"Checkout returning 500s"_s);
    QVERIFY(elements(open.first(), u"p"_s, u"where"_s)
                    .first()
                    .text()
                    .contains(u"Major outage · Affects checkout, api"_s));
    const QList<QDomElement> updates = elements(open.first(), u"li"_s);
    QCOMPARE(updates.size(), 5);
    // Newest first, each with its status word, the text as posted and its time.
    QStringList expected = m_updates;
    std::reverse(expected.begin(), expected.end());
    expected << u"We are investigating problems with checkout, api."_s;
    const QStringList words {u"Monitoring"_s, u"Monitoring"_s, u"Identified"_s, u"Identified"_s,
                             u"Investigating"_s};
    QDateTime previous;
    for (int i = 0; i < updates.size(); ++i) {
        const QDomElement message = elements(updates[i], u"p"_s, u"message"_s).first();
        QCOMPARE(elements(message, u"strong"_s).first().text(), words[i]);
        QCOMPARE(message.text(), words[i] + u" — "_s + expected[i]);
        const QDomElement time = elements(updates[i], u"time"_s).first();
        const QDateTime at = QDateTime::fromString(time.attribute(u"datetime"_s), Qt::ISODate);
        QVERIFY(at.isValid() && at.timeSpec() == Qt::UTC);
        QCOMPARE(time.text(), at.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
        QVERIFY(!previous.isValid() || at < previous);
        previous = at;
    }
    QCOMPARE(previous, m_current.startedAt);
}

void tst_StatusPage::nothingInternalAndNoSev4()
{
    QVERIFY(published());
    for (const QString &file :
         {u"index.html"_s, u"feed.atom"_s, u"incidents/%1.html"_s.arg(m_current.reference())}) {
        const QString text = QString::fromUtf8(read(file));
        QVERIFY2(!text.isEmpty(), qPrintable(file));
        for (const QString &internal :
             {u"SEV-"_s, u"alice"_s, u"Disk full on search-3"_s, u"suspect bob"_s,
              u"Slow admin export"_s, u"bob"_s, u"Commander"_s, u"Root cause"_s})
            QVERIFY2(!text.contains(internal), qPrintable(file + u": "_s + internal));
    }
    QVERIFY(read(u"incidents/%1.html"_s.arg(m_minor.reference())).isEmpty());
}

void tst_StatusPage::historyAndIncidentPages()
{
    QVERIFY(published());
    const QDomDocument page = parsed(u"index.html"_s);
    const QList<QDomElement> past = elements(page, u"details"_s, u"incident"_s);
    QCOMPARE(past.size(), 1);
    const QList<QDomElement> folded = elements(past.first(), u"li"_s);
    QCOMPARE(folded.size(), 2);
    QVERIFY(folded.first().text().contains(
            u"Resolved — This incident has been resolved. Reindexed the catalogue"_s));
    QVERIFY(past.first().text().contains(
            u"Resolved after "_s
            + durationText(std::chrono::seconds(m_old.startedAt.secsTo(m_old.resolvedAt)))));
    // The day it happened heads it.
    const QDomElement heading = past.first().previousSiblingElement();
    QCOMPARE(heading.tagName(), u"h3"_s);
    QCOMPARE(heading.text(), QLocale().toString(m_old.startedAt.date(), QLocale::LongFormat));

    // Every link points at a page that exists, and each page tells the whole incident.
    QStringList links;
    for (const QDomElement &link : elements(page, u"a"_s))
        links << link.attribute(u"href"_s);
    QVERIFY(links.contains(u"incidents/%1.html"_s.arg(m_current.reference())));
    QVERIFY(links.contains(u"incidents/%1.html"_s.arg(m_old.reference())));
    for (const QString &link : std::as_const(links))
        QVERIFY2(QFile::exists(QDir(m_folder->path()).filePath(link)), qPrintable(link));
    const QDomDocument current = parsed(u"incidents/%1.html"_s.arg(m_current.reference()));
    QCOMPARE(elements(current, u"h1"_s).first().text(), u"Checkout returning 500s"_s);
    QCOMPARE(elements(current, u"li"_s).size(), 5);
    QCOMPARE(elements(current, u"a"_s).first().attribute(u"href"_s), u"../index.html"_s);
    QVERIFY(current.toString().contains(m_updates.first()));
}

void tst_StatusPage::feedIsValidAtom()
{
    QVERIFY(published());
    const QByteArray atom = read(u"feed.atom"_s);
    QXmlStreamReader xml(atom);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), u"feed"_s);
    QCOMPARE(xml.namespaceUri(), u"http://www.w3.org/2005/Atom"_s);

    QDomDocument document;
    QVERIFY(document.setContent(atom, true));
    const QDomElement feed = document.documentElement();
    // RFC 4287: a feed has a title, an id, updated and an author (or every entry has one).
    for (const QString &required : {u"title"_s, u"id"_s, u"updated"_s})
        QVERIFY2(!feed.firstChildElement(required).text().isEmpty(), qPrintable(required));
    QVERIFY(!feed.firstChildElement(u"author"_s).firstChildElement(u"name"_s).text().isEmpty());
    QSet<QString> ids;
    QDateTime previous;
    int entries = 0;
    for (QDomElement entry = feed.firstChildElement(u"entry"_s); !entry.isNull();
         entry = entry.nextSiblingElement(u"entry"_s), ++entries) {
        const QString id = entry.firstChildElement(u"id"_s).text();
        QVERIFY2(id.startsWith(u"urn:uuid:"_s) && !QUuid(id.mid(9)).isNull(), qPrintable(id));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids << id;
        QVERIFY(!entry.firstChildElement(u"title"_s).text().isEmpty());
        const QString updated = entry.firstChildElement(u"updated"_s).text();
        const QDateTime at = QDateTime::fromString(updated, Qt::ISODate);
        QVERIFY2(at.isValid() && updated.endsWith(u'Z'), qPrintable(updated));
        QVERIFY(!previous.isValid() || at <= previous);
        previous = at;
        const QDomElement link = entry.firstChildElement(u"link"_s);
        QCOMPARE(link.attribute(u"rel"_s), u"alternate"_s);
        QVERIFY(QFile::exists(QDir(m_folder->path()).filePath(link.attribute(u"href"_s))));
        QCOMPARE(entry.firstChildElement(u"content"_s).attribute(u"type"_s), u"text"_s);
    }
    // The current incident's declaration and four updates, the old one's declaration and
    // resolution; none of the SEV-4.
    QCOMPARE(entries, 7);
    QVERIFY(atom.contains("Still watching &lt;the&gt; pool &amp; its limit"));
}

void tst_StatusPage::selfContainedPhoneDarkAccessible()
{
    QVERIFY(published());
    const QByteArray html = read(u"index.html"_s);
    for (const char *fetched : {"<script", "src=", "url(", "@import", "stylesheet"})
        QVERIFY2(!html.contains(fetched), fetched);
    QVERIFY(html.contains("<meta name=\"viewport\" content=\"width=device-width"));
    QVERIFY(html.contains("@media (max-width: 600px)"));
    QVERIFY(html.contains("@media (prefers-color-scheme: dark)"));
    QVERIFY(html.contains("type=\"application/atom+xml\" href=\"feed.atom\""));
    const QDomDocument page = parsed(u"index.html"_s);
    for (const QString &landmark : {u"header"_s, u"main"_s, u"footer"_s})
        QVERIFY2(!elements(page, landmark).isEmpty(), qPrintable(landmark));
    for (const QString &file :
         {u"index.html"_s, u"incidents/%1.html"_s.arg(m_current.reference())}) {
        QList<int> levels;
        headingLevels(parsed(file).documentElement(), levels);
        QCOMPARE(levels.value(0), 1);
        for (int i = 1; i < levels.size(); ++i)
            QVERIFY2(levels[i] <= levels[i - 1] + 1, qPrintable(file));
    }
    // Colour never carries a state alone: words beside each component, a title on each day,
    // and a summary of the bar for screen readers.
    for (const QDomElement &bar : elements(page, u"ol"_s, u"bar"_s)) {
        QCOMPARE(bar.attribute(u"role"_s), u"img"_s);
        QVERIFY(!bar.attribute(u"aria-label"_s).isEmpty());
        for (const QDomElement &cell : elements(bar, u"li"_s))
            QVERIFY(!cell.attribute(u"title"_s).isEmpty());
    }
    QVERIFY(elements(page, u"ol"_s, u"bar"_s)
                    .last()
                    .attribute(u"aria-label"_s)
                    .contains(u"Partial outage"_s));
}

void tst_StatusPage::rewrittenOnEveryAnnouncement()
{
    QVERIFY(published());
    QVERIFY(!read(u"index.html"_s).contains("Pool limit made permanent"));
    const QByteArray feedBefore = read(u"feed.atom"_s);
    f->clock.advance(600);
    QVERIFY(f->service->resolve(m_current.id, u"Pool limit made permanent"_s, {}, u"alice"_s));
    publish();
    const QDomDocument page = parsed(u"index.html"_s);
    QCOMPARE(elements(page, u"p"_s, u"headline"_s).first().text(), u"All systems operational"_s);
    QVERIFY(elements(page, u"article"_s, u"incident"_s).isEmpty());
    QCOMPARE(elements(page, u"details"_s, u"incident"_s).size(), 2);
    QVERIFY(read(u"incidents/%1.html"_s.arg(m_current.reference()))
                    .contains("Pool limit made permanent"));
    // The feed keeps its entries' ids and adds the resolution.
    const QByteArray feedAfter = read(u"feed.atom"_s);
    static const QRegularExpression id(u"<id>(urn:uuid:[^<]+)</id>"_s);
    for (auto match = id.globalMatch(QString::fromUtf8(feedBefore)); match.hasNext();)
        QVERIFY(feedAfter.contains(match.next().captured(1).toUtf8()));
    QCOMPARE(feedAfter.count("<entry>"), feedBefore.count("<entry>") + 1);
}

void tst_StatusPage::configuredComponentsAndWording()
{
    QVERIFY(published({u"components=checkout:Checkout,api:Public API"_s,
                       u"component_status=SEV-4:degraded_performance"_s}));
    const QDomDocument page = parsed(u"index.html"_s);
    QStringList names;
    for (const QDomElement &component : elements(page, u"li"_s, u"component"_s))
        names << elements(component, u"h3"_s).first().text();
    QCOMPARE(names, (QStringList {u"Public API"_s, u"Checkout"_s}));
    // Asked for: the SEV-4 is on the page, as degraded performance.
    const QList<QDomElement> open = elements(page, u"article"_s, u"incident"_s);
    QCOMPARE(open.size(), 2);
    QVERIFY(open.last().text().contains(u"Slow admin export"_s));
    QVERIFY(open.last().text().contains(u"Degraded performance"_s));
    QVERIFY(QFile::exists(
            QDir(m_folder->path()).filePath(u"incidents/%1.html"_s.arg(m_minor.reference()))));
}

void tst_StatusPage::inARealBrowser()
{
    const QString chromium = QStandardPaths::findExecutable(u"chromium"_s);
    QVERIFY2(!chromium.isEmpty(),
             "Debian's chromium is not installed (packaging/setup-debian.sh deps installs it)");
    QVERIFY(published());
    const QString shots = QStringLiteral(SITREP_BINARY_DIR "/statuspage-screenshots");
    QDir().mkpath(shots);
    // The index wide and narrow, light and dark; an incident's page as a phone shows it.
    struct Shot
    {
        QString file;
        int width;
        bool dark;
    };
    const QString incident = u"incidents/%1.html"_s.arg(m_current.reference());
    const QList<Shot> shotsToTake {{u"index.html"_s, 1200, false},
                                   {u"index.html"_s, 1200, true},
                                   {u"index.html"_s, 375, false},
                                   {u"index.html"_s, 375, true},
                                   {incident, 375, false}};
    for (const auto &[file, width, dark] : shotsToTake) {
        QTemporaryDir profile;
        const QString png
                = u"%1/%2-%3-%4.png"_s.arg(shots, file == incident ? u"incident"_s : u"index"_s)
                          .arg(width)
                          .arg(dark ? u"dark"_s : u"light"_s);
        QFile::remove(png);
        QStringList arguments {u"--headless"_s,
                               u"--no-sandbox"_s,
                               u"--disable-gpu"_s,
                               u"--disable-background-networking"_s,
                               u"--disable-component-update"_s,
                               u"--disable-sync"_s,
                               u"--no-first-run"_s,
                               u"--hide-scrollbars"_s,
                               u"--user-data-dir="_s + profile.path(),
                               u"--window-size=%1,1400"_s.arg(width),
                               u"--screenshot="_s + png};
        if (dark)
            arguments << u"--force-dark-mode"_s;
        arguments << QUrl::fromLocalFile(QDir(m_folder->path()).filePath(file)).toString();
        QProcess browser;
        browser.start(chromium, arguments);
        QVERIFY(browser.waitForFinished(90000));
        QVERIFY2(browser.exitCode() == 0, browser.readAllStandardError().constData());
        const QImage shot(png);
        QVERIFY2(!shot.isNull(), qPrintable(png));
        QCOMPARE(shot.width(), width);
        // Not blank: text, bars and colours, and the background the scheme asks for.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(png));
        const int background = qGray(shot.pixel(1, shot.height() - 2));
        QVERIFY2(dark ? background < 60 : background > 200, qPrintable(png));
    }
}

QTEST_GUILESS_MAIN(tst_StatusPage)
#include "tst_statuspage.moc"
