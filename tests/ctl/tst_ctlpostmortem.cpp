#include "ctlrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// sitrepctl postmortem and actions, run as a user would: resolving opens the postmortem with
// its review scheduled, the seed's example imports and exports unchanged, Complete is refused
// while something is missing, and the action items can be filtered.
class tst_CtlPostmortem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void resolvingOpensThePostmortem();
    void seedExampleRoundTrips();
    void completeIsRefusedWhileSomethingIsMissing();
    void actionItemsAreFiltered();
    void leadsAreInvitedToTheReview();
    void pdfExport_data();
    void pdfExport();
    void badArguments_data();
    void badArguments();

private:
    CtlRun ctl(const QStringList &arguments) { return runCtl(*m_dir, arguments); }
    qint64 resolvedIncident(const QString &title);
    static QString golden() { return u"" SITREP_SOURCE_DIR "/tests/fixtures/postmortem-seed.md"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CtlPostmortem::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

qint64 tst_CtlPostmortem::resolvedIncident(const QString &title)
{
    const CtlRun declared
            = ctl({u"incidents"_s, u"declare"_s, u"--title"_s, title, u"--severity"_s, u"SEV-2"_s,
                   u"--service"_s, u"api"_s, u"--commander"_s, u"alice"_s, u"--json"_s});
    const qint64 id = QJsonDocument::fromJson(declared.out).object().value(u"id").toInteger();
    const CtlRun resolved
            = ctl({u"incidents"_s, u"resolve"_s, QString::number(id), u"--resolution"_s,
                   u"Raised the pool size"_s, u"--root-cause"_s, u"Pool too small"_s});
    if (resolved.exitCode != 0)
        qWarning() << resolved.err;
    return id;
}

void tst_CtlPostmortem::resolvingOpensThePostmortem()
{
    const qint64 id = resolvedIncident(u"Database connection pool exhausted"_s);
    QVERIFY(id > 0);
    const CtlRun run = ctl({u"postmortem"_s, u"show"_s, QString::number(id), u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject postmortem = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(postmortem.value(u"title").toString(), u"Database connection pool exhausted"_s);
    QCOMPARE(postmortem.value(u"status").toString(), u"Draft"_s);
    QCOMPARE(postmortem.value(u"severity").toString(), u"SEV-2"_s);
    QCOMPARE(postmortem.value(u"root_cause").toString(), u"Pool too small"_s);
    QCOMPARE(postmortem.value(u"resolution").toArray().first().toString(),
             u"Raised the pool size"_s);
    QCOMPARE(postmortem.value(u"authors").toArray().first().toString(), u"alice"_s);
    // The review two days after the resolution, for the commander and the leads.
    const QDateTime review
            = QDateTime::fromString(postmortem.value(u"review_at").toString(), Qt::ISODate);
    QVERIFY(std::abs(review.secsTo(QDateTime::currentDateTimeUtc().addDays(2))) < 120);
    QCOMPARE(postmortem.value(u"attendees").toArray().toVariantList(),
             (QVariantList {u"alice"_s, u"engineering-leads@example.com"_s}));
    QVERIFY(postmortem.value(u"missing_for_complete").toArray().contains(u"a summary"_s));
}

void tst_CtlPostmortem::seedExampleRoundTrips()
{
    const qint64 id = resolvedIncident(u"Checkout slow"_s);
    const CtlRun imported
            = ctl({u"postmortem"_s, u"import"_s, golden(), u"--incident"_s, QString::number(id)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.err.isEmpty()); // every line placed
    const QString exported = m_dir->filePath(u"out.md"_s);
    QCOMPARE(ctl({u"postmortem"_s, u"export"_s, QString::number(id), u"--format"_s, u"markdown"_s,
                  u"--output"_s, exported})
                     .exitCode,
             0);
    // The JSON carries every section.
    const QJsonObject shown
            = QJsonDocument::fromJson(
                      ctl({u"postmortem"_s, u"show"_s, QString::number(id), u"--json"_s}).out)
                      .object();
    QCOMPARE(shown.value(u"active_users_percent"_s).toDouble(), 30.0);
    QCOMPARE(shown.value(u"revenue_impact"_s).toString(), u"$15,000 estimated"_s);
    QCOMPARE(shown.value(u"went_well"_s).toArray().size(), 5);
    QCOMPARE(shown.value(u"lessons"_s).toArray().size(), 4);
    QCOMPARE(shown.value(u"related"_s).toArray().first()[u"date"_s].toString(), u"2023-11-03"_s);
    QFile ours(exported);
    QFile theirs(golden());
    QVERIFY(ours.open(QIODevice::ReadOnly) && theirs.open(QIODevice::ReadOnly));
    QCOMPARE(ours.readAll(), theirs.readAll());
}

void tst_CtlPostmortem::completeIsRefusedWhileSomethingIsMissing()
{
    const qint64 id = resolvedIncident(u"Search down"_s);
    QFile file(m_dir->filePath(u"thin.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Postmortem: Search down\n\n**Status:** Complete\n\n## Summary\nIt broke.\n");
    file.close();
    const CtlRun run = ctl(
            {u"postmortem"_s, u"import"_s, file.fileName(), u"--incident"_s, QString::number(id)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"cannot be Complete yet; it needs the impact"_s)
                     && run.err.contains(u"at least one action item"_s),
             qPrintable(run.err));
    // Without --incident the title finds it; as a draft it is saved.
    file.open(QIODevice::WriteOnly);
    file.write("# Postmortem: Search down\n\n**Status:** Draft\n\n## Summary\nIt broke.\n");
    file.close();
    QCOMPARE(ctl({u"postmortem"_s, u"import"_s, file.fileName()}).exitCode, 0);
    const CtlRun shown = ctl({u"postmortem"_s, u"show"_s, QString::number(id), u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"summary").toString(),
             u"It broke."_s);
}

void tst_CtlPostmortem::actionItemsAreFiltered()
{
    const qint64 id = resolvedIncident(u"Checkout slow"_s);
    QCOMPARE(ctl({u"postmortem"_s, u"import"_s, golden(), u"--incident"_s, QString::number(id)})
                     .exitCode,
             0);
    const auto list = [&](const QStringList &options) {
        const CtlRun run = ctl(QStringList {u"actions"_s, u"list"_s, u"--json"_s} + options);
        return QJsonDocument::fromJson(run.out).array();
    };
    QCOMPARE(list({}).size(), 5);
    const QJsonArray alice = list({u"--owner"_s, u"@alice"_s});
    QCOMPARE(alice.size(), 2);
    QCOMPARE(alice.first().toObject().value(u"action").toString(),
             u"Implement connection pool monitoring"_s);
    QCOMPARE(alice.first().toObject().value(u"incident_id").toInteger(), id);
    // Due in 2024 and not done: the load testing (In Progress) and the auto-scaling (Planned).
    const QJsonArray overdue = list({u"--overdue"_s});
    QCOMPARE(overdue.size(), 2);
    for (const QJsonValue &item : overdue)
        QVERIFY(item.toObject().value(u"overdue").toBool());
}

void tst_CtlPostmortem::leadsAreInvitedToTheReview()
{
    QCOMPARE(ctl({u"postmortem"_s, u"leads"_s, u"--set"_s, u"cto@example.com, sre@example.com"_s})
                     .out,
             QByteArray("cto@example.com\nsre@example.com\n"));
    const qint64 id = resolvedIncident(u"Checkout slow"_s);
    const CtlRun shown = ctl({u"postmortem"_s, u"show"_s, QString::number(id), u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(shown.out)
                     .object()
                     .value(u"attendees")
                     .toArray()
                     .toVariantList(),
             (QVariantList {u"alice"_s, u"cto@example.com"_s, u"sre@example.com"_s}));
    const QString ics = m_dir->filePath(u"review.ics"_s);
    const CtlRun invited
            = ctl({u"postmortem"_s, u"invite"_s, QString::number(id), u"--output"_s, ics});
    QVERIFY2(invited.exitCode == 0, qPrintable(invited.err));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().replace("\r\n ", ""); // unfolded
    QVERIFY(text.contains("METHOD:REQUEST\r\n"));
    QVERIFY(text.contains("mailto:sre@example.com"));
    QVERIFY(text.contains("SUMMARY:Postmortem review: Checkout slow\r\n"));
}

// Poppler's pdftotext and pdfinfo read what sitrepctl wrote: the title and the action items
// are text (not pictures of text), on the paper asked for.
void tst_CtlPostmortem::pdfExport_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("A4") << u"a4"_s << u"595 x 842 pts (A4)"_s;
    QTest::newRow("Letter") << u"letter"_s << u"612 x 792 pts (letter)"_s;
}

void tst_CtlPostmortem::pdfExport()
{
    QFETCH(QString, paper);
    QFETCH(QString, pageSize);
    const qint64 id = resolvedIncident(u"Checkout slow"_s);
    QCOMPARE(ctl({u"postmortem"_s, u"import"_s, golden(), u"--incident"_s, QString::number(id)})
                     .exitCode,
             0);
    const QString pdf = m_dir->filePath(u"postmortem.pdf"_s);
    const CtlRun run = ctl({u"postmortem"_s, u"export"_s, QString::number(id), u"--format"_s,
                            u"pdf"_s, u"--paper"_s, paper, u"--output"_s, pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(pdf).size() > 1000);

    const auto poppler = [](const QString &program, const QStringList &arguments) {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QString();
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString text = poppler(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY2(text.contains(u"Postmortem: [Incident Title]"_s), qPrintable(text.left(400)));
    // Each header field on its own line, as in the template.
    QVERIFY2(text.contains(QRegularExpression(u"\\n\\s*Authors: Engineering Team\\s*\\n"_s)),
             qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Action Items"_s));
    QVERIFY(text.contains(
            QRegularExpression(u"Implement connection pool.*@alice\\s+2024-01-20"_s)));
    // The seed's check marks are in the PDF's fonts.
    QVERIFY(text.contains(u"\u2714 No data loss occurred"_s));
    QVERIFY(text.contains(u"Lessons Learned"_s));
    const QString info = poppler(u"pdfinfo"_s, {pdf});
    QVERIFY2(info.contains(pageSize), qPrintable(info));
    QVERIFY(info.contains(u"[Incident Title]"_s)); // the document's title
}

void tst_CtlPostmortem::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("show without id")
            << QStringList {u"postmortem"_s, u"show"_s} << u"one incident id"_s;
    QTest::newRow("docx") << QStringList {u"postmortem"_s, u"export"_s,   u"1"_s,     u"--format"_s,
                                          u"docx"_s,       u"--output"_s, u"x.docx"_s}
                          << u"--format must be markdown or pdf"_s;
    QTest::newRow("paper") << QStringList {u"postmortem"_s, u"export"_s,   u"1"_s,
                                           u"--format"_s,   u"pdf"_s,      u"--paper"_s,
                                           u"a5"_s,         u"--output"_s, u"x.pdf"_s}
                           << u"--paper must be a4 or letter"_s;
    QTest::newRow("import unknown title")
            << QStringList {u"postmortem"_s, u"import"_s,
                            u"" SITREP_SOURCE_DIR "/tests/fixtures/postmortem-seed.md"_s}
            << u"No single incident is titled"_s;
}

void tst_CtlPostmortem::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CtlRun run = ctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_CtlPostmortem)
#include "tst_ctlpostmortem.moc"
