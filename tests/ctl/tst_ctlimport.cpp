#include "../fixtures/providerreceiver.h"
#include "ctlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// sitrepctl import pagerduty|opsgenie straight from the providers' REST APIs (a local receiver
// of their documented endpoints), as a user would: the key piped in, kept in a real GNOME
// Keyring only when asked and used from there next time, the report the same as from saved
// files, and a refused key saving nothing.
class tst_CtlImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void opsgenieFromTheApi();
    void pagerDutyKeepsTheKeyWhenAsked();
    void aRefusedKeySavesNothing();
    void filesOrTheApiNotBoth();

private:
    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCtl(*m_dir, arguments, input);
    }
    [[nodiscard]] bool known(const QString &schedule)
    {
        return ctl({u"oncall"_s, u"list"_s, u"--json"_s}).out.contains(schedule.toUtf8());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProviderReceiver> m_receiver;
};

void tst_CtlImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_receiver = std::make_unique<ProviderReceiver>("right-key");
}

void tst_CtlImport::opsgenieFromTheApi()
{
    const CtlRun dry = ctl({u"import"_s, u"opsgenie"_s, u"--api-url"_s, m_receiver->url(),
                            u"--secret-stdin"_s, u"--dry-run"_s, u"--json"_s},
                           "right-key\n");
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const QJsonObject report = QJsonDocument::fromJson(dry.out).object();
    QCOMPARE(report.value(u"provider"_s).toString(), u"Opsgenie"_s);
    QCOMPARE(report.value(u"imported"_s).toArray(), QJsonArray());
    QVERIFY2(dry.out.contains("Payments On-Call"), dry.out.constData());
    QVERIFY(!m_receiver->requests(u"/v2/escalations"_s).isEmpty());
    QVERIFY(!known(u"Payments On-Call"_s));

    // Without --keep-key nothing was kept: the next import has no key.
    const CtlRun again = ctl({u"import"_s, u"opsgenie"_s, u"--api-url"_s, m_receiver->url()});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"Pass the Opsgenie API key with --secret-stdin"_s),
             qPrintable(again.err));
}

void tst_CtlImport::pagerDutyKeepsTheKeyWhenAsked()
{
    const CtlRun imported
            = ctl({u"import"_s, u"pagerduty"_s, u"--api-url"_s, m_receiver->url(),
                   u"--secret-stdin"_s, u"--keep-key"_s, u"--schedule"_s, u"Platform Primary"_s},
                  "right-key\n");
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains("Same as PagerDuty's own shifts from 2026-12-03 09:00 to "
                                   "2026-12-09 22:00."),
             imported.out.constData());
    QVERIFY2(imported.out.contains("Imported 1 on-call schedule: Platform Primary.\n"),
             imported.out.constData());
    QVERIFY(imported.out.endsWith("The key is kept in the keychain.\n"));
    // The overrides list reaches past the four weeks shown: the override in January came too.
    const CtlRun january = ctl({u"oncall"_s, u"who"_s, u"--schedule"_s, u"Platform Primary"_s,
                                u"--at"_s, u"2027-01-15T20:00:00Z"_s, u"--json"_s});
    QVERIFY2(january.exitCode == 0, qPrintable(january.err));
    QVERIFY2(january.out.contains("Dave Diaz"), january.out.constData());

    // The key from the keychain, nothing piped in; it never reaches the command's output.
    const qsizetype before = m_receiver->all().size();
    const CtlRun kept = ctl({u"import"_s, u"pagerduty"_s, u"--api-url"_s, m_receiver->url(),
                             u"--schedule"_s, u"Platform Primary"_s, u"--dry-run"_s});
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
    QVERIFY(m_receiver->all().size() > before);
    QCOMPARE(m_receiver->all().last().authorization, QByteArray("Token token=right-key"));
    QVERIFY(!kept.out.contains("right-key") && !kept.err.contains(u"right-key"_s));
}

void tst_CtlImport::aRefusedKeySavesNothing()
{
    const CtlRun refused = ctl({u"import"_s, u"opsgenie"_s, u"--api-url"_s, m_receiver->url(),
                                u"--secret-stdin"_s, u"--keep-key"_s},
                               "wrong-key\n");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Opsgenie refused the key (HTTP 401 on GET /v2/schedules)"_s),
             qPrintable(refused.err));
    QVERIFY(!refused.err.contains(u"wrong-key"_s));
    QVERIFY(!known(u"Payments On-Call"_s));
    const CtlRun key = ctl({u"import"_s, u"opsgenie"_s, u"--api-url"_s, m_receiver->url()});
    QCOMPARE(key.exitCode, 1); // a refused key is not kept
}

void tst_CtlImport::filesOrTheApiNotBoth()
{
    const CtlRun both = ctl({u"import"_s, u"pagerduty"_s, u"--secret-stdin"_s,
                             u"" SITREP_SOURCE_DIR "/tests/fixtures/pagerduty/schedule.json"_s},
                            "right-key\n");
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(u"not both"_s), qPrintable(both.err));
    const CtlRun badKey = ctl(
            {u"import"_s, u"pagerduty"_s, u"--api-url"_s, m_receiver->url(), u"--secret-stdin"_s},
            "a key\nwith lines\n");
    QCOMPARE(badKey.exitCode, 1);
    QVERIFY2(badKey.err.contains(u"has spaces or characters no key has"_s), qPrintable(badKey.err));
    QVERIFY(m_receiver->all().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CtlImport)
#include "tst_ctlimport.moc"
