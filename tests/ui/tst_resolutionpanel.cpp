#include "../fixtures/prometheusfixture.h"
#include "../itemmodels/boardfixture.h"
#include "board/incidentdetailpane.h"
#include "board/resolvedialog.h"
#include "incident/resolutionpanel.h"
#include "itemmodels/resolutioncheckmodel.h"
#include "services/resolutionverifier.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace sitrep;
using namespace Qt::StringLiterals;
using prometheus_fixture::scenario;

namespace {

void clickResolve(ResolveDialog *dialog)
{
    for (auto *button : dialog->findChildren<QPushButton *>())
        if (button->text() == u"&Resolve"_s)
            return QTest::mouseClick(button, Qt::LeftButton);
    QFAIL("the dialog has no Resolve button");
}

} // namespace

// The workspace's resolution checks and the gated resolve dialog, driven as a commander would,
// against the real Prometheus fixture.
class tst_ResolutionPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void panelShowsDetectionAndTheWindow();
    void resolveDialogAsksForAnOverrideReason();
    void withoutPrometheusResolveIsOfferedAtOnce();

private:
    void addPrometheus();
    IncidentId detectErrorSpike();
    QString cell(int row, int column) const;
    void clickRun(ResolutionPanel &panel);

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<ResolutionPanel> m_panel;
};

void tst_ResolutionPanel::init()
{
    f = std::make_unique<BoardFixture>();
    f->clock.setNow(scenario(2, 10));
    DetectionRulesFile rules;
    rules.rules = DetectionRules::seedDefaults(u"checkout"_s);
    rules.verify = DetectionRules::seedVerifyChecks(u"checkout"_s);
    f->monitoring->setDetectionRules(rules);
}

void tst_ResolutionPanel::cleanup()
{
    m_panel.reset();
    f.reset();
}

void tst_ResolutionPanel::addPrometheus()
{
    const Endpoint endpoint = prometheus_fixture::endpoint();
    QVERIFY2(!endpoint.url.isEmpty(), "the prometheus fixture did not start");
    const auto added = prometheus_fixture::await<QString>(
            [&](auto done) { f->monitoring->addEndpoint(endpoint, {}, done); });
    QCOMPARE(added, std::optional(QString()));
}

IncidentId tst_ResolutionPanel::detectErrorSpike()
{
    const auto endpoint = f->monitoring->verificationEndpoint().value();
    const auto reports = prometheus_fixture::await<Result<QList<DetectionReport>>>(
            [&](auto done) { f->monitoring->detect(*endpoint, scenario(2, 10), done); });
    return reports && *reports ? reports->value().first().incident : 0;
}

QString tst_ResolutionPanel::cell(int row, int column) const
{
    const ResolutionCheckModel &model = m_panel->model();
    return model.index(row, column).data().toString();
}

void tst_ResolutionPanel::clickRun(ResolutionPanel &panel)
{
    QSignalSpy changed(&panel.model(), &ResolutionCheckModel::stateChanged);
    auto *run = panel.findChild<QPushButton *>(u"runChecks"_s);
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(!run->isEnabled()); // one run at a time
    QVERIFY(changed.wait());
    QTRY_VERIFY(run->isEnabled());
}

void tst_ResolutionPanel::panelShowsDetectionAndTheWindow()
{
    addPrometheus();
    const IncidentId id = detectErrorSpike();
    QVERIFY(id > 0);
    m_panel = std::make_unique<ResolutionPanel>(id, *f->monitoring);
    QAbstractItemModelTester tester(&m_panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));

    auto *detected = m_panel->findChild<QLabel *>(u"detectedBy"_s);
    QVERIFY2(detected->text().startsWith(
                     u"Opened by rule high-error-rate at 02:10 UTC: value 0.2"_s),
             qPrintable(detected->text()));
    auto *summary = m_panel->findChild<QLabel *>(u"resolutionSummary"_s);
    QVERIFY(summary->text().startsWith(u"Not checked yet"_s));
    QCOMPARE(m_panel->model().rowCount(), 3);
    QCOMPARE(cell(0, ResolutionCheckModel::CheckColumn), u"error-rate-normal"_s);
    QCOMPARE(cell(0, ResolutionCheckModel::ResultColumn), u"not run"_s);
    QCOMPARE(cell(2, ResolutionCheckModel::CheckColumn), u"traffic-normal (first run only)"_s);

    f->clock.setNow(scenario(2, 15));
    clickRun(*m_panel);
    QCOMPARE(cell(0, ResolutionCheckModel::ResultColumn), u"fails"_s);
    QVERIFY(cell(0, ResolutionCheckModel::ValueColumn).toDouble() > 0.1);
    QCOMPARE(cell(0, ResolutionCheckModel::ThresholdColumn), u"0.01"_s);
    QCOMPARE(cell(1, ResolutionCheckModel::ResultColumn), u"holds"_s);
    QVERIFY(summary->text().startsWith(u"Not every check holds"_s));

    f->clock.setNow(scenario(2, 45));
    clickRun(*m_panel);
    QCOMPARE(cell(0, ResolutionCheckModel::ResultColumn), u"holds"_s);
    QCOMPARE(summary->text(),
             u"The checks hold. Monitoring until 03:00 UTC (15m left); run them again then."_s);
    f->clock.setNow(scenario(2, 50));
    m_panel->refreshTimes();
    QVERIFY2(summary->text().contains(u"(10m left)"_s), qPrintable(summary->text()));

    f->clock.setNow(scenario(3, 0));
    clickRun(*m_panel);
    QVERIFY(summary->text().contains(u"resolve is offered"_s));
}

void tst_ResolutionPanel::resolveDialogAsksForAnOverrideReason()
{
    addPrometheus();
    const IncidentId id = detectErrorSpike();
    IncidentTableModel incidents(*f->service, f->clock);
    IncidentDetailPane pane(*f->service, f->monitoring->verifier(), incidents, u"ic"_s);
    pane.show();
    pane.showIncident(id);
    pane.askToResolve();
    auto *dialog = pane.findChild<ResolveDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *notice = dialog->findChild<QLabel *>(u"checksNotVerified"_s);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"Not checked yet"_s));
    auto *reason = dialog->findChild<QLineEdit *>(u"overrideReason"_s);
    QVERIFY(reason->isVisible());

    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"resolution"_s), u"rolled back"_s);
    clickResolve(dialog); // without a reason: refused, the dialog stays
    QVERIFY(dialog->isVisible());
    QVERIFY(f->service->incident(id).value().isOpen());

    QTest::keyClicks(reason, u"checkout confirmed healthy by the payments team"_s);
    clickResolve(dialog);
    QVERIFY(!f->service->incident(id).value().isOpen());
    bool recorded = false;
    for (const TimelineEvent &entry : f->service->timeline(id).value())
        recorded = recorded
                || (entry.kind == TimelineKind::ResolutionCheck
                    && entry.text.contains(u"checkout confirmed healthy by the payments team"_s));
    QVERIFY(recorded);
}

void tst_ResolutionPanel::withoutPrometheusResolveIsOfferedAtOnce()
{
    const Incident incident = f->declare(u"Checkout slow"_s, Severity::Sev3);
    m_panel = std::make_unique<ResolutionPanel>(incident.id, *f->monitoring);
    m_panel->show();
    QVERIFY(!m_panel->findChild<QPushButton *>(u"runChecks"_s)->isEnabled());
    QVERIFY(m_panel->findChild<QLabel *>(u"resolutionSummary"_s)
                    ->text()
                    .startsWith(u"No Prometheus endpoint is configured"_s));
    QVERIFY(m_panel->findChild<QLabel *>(u"detectedBy"_s)->text().contains(u"by hand"_s));

    IncidentTableModel incidents(*f->service, f->clock);
    IncidentDetailPane pane(*f->service, f->monitoring->verifier(), incidents, u"ic"_s);
    pane.showIncident(incident.id);
    pane.askToResolve();
    auto *dialog = pane.findChild<ResolveDialog *>();
    QVERIFY(!dialog->findChild<QLabel *>(u"checksNotVerified"_s)->isVisibleTo(dialog));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"resolution"_s), u"restarted"_s);
    clickResolve(dialog);
    QVERIFY(!f->service->incident(incident.id).value().isOpen());
}

QTEST_MAIN(tst_ResolutionPanel)
#include "tst_resolutionpanel.moc"
