#include "domain/clock.h"
#include "services/incidentservice.h"
#include "services/policyloader.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

class tst_IncidentService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void declareWritesIncidentAndTimeline();
    void declareRefusesInvalidDraft();
    void statusChangesFollowTheLifecycle();
    void resolveNeedsResolution();
    void reopenIsRecordedWithReason();
    void severityAndCommanderChanges();
    void acknowledgeOnce();
    void unknownIncident();

private:
    IncidentDraft draft(const QString &title = u"Checkout errors"_s) const;
    int timelineSize(IncidentId id) { return int(m_service->timeline(id).value().size()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentService> m_service;
};

void tst_IncidentService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open(m_dir->filePath(u"sitrep.sqlite"_s));
    QVERIFY(database);
    m_database = std::move(database).value();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2024, 1, 15), QTime(14, 28), Qt::UTC));
    m_service = std::make_unique<IncidentService>(*m_database, PolicyLoader::load({}).policy,
                                                  *m_clock);
}

IncidentDraft tst_IncidentService::draft(const QString &title) const
{
    IncidentDraft draft;
    draft.title = title;
    draft.severity = Severity::Sev2;
    draft.services = {u"api"_s};
    draft.commander = u"alice"_s;
    draft.startedAt = m_clock->now().addSecs(-300);
    return draft;
}

void tst_IncidentService::declareWritesIncidentAndTimeline()
{
    QSignalSpy declared(m_service.get(), &IncidentService::incidentDeclared);
    const auto incident = m_service->declare(draft(), u"bob"_s);
    QVERIFY(incident);
    QCOMPARE(declared.size(), 1);
    QCOMPARE(declared.first().first().value<Incident>().id, incident.value().id);

    const Incident stored = m_service->incident(incident.value().id).value();
    QCOMPARE(stored, incident.value());
    QCOMPARE(stored.status, IncidentStatus::Investigating);
    QCOMPARE(stored.detectedAt, m_clock->now());
    QCOMPARE(stored.startedAt, m_clock->now().addSecs(-300));
    QCOMPARE(stored.responders, QStringList {u"alice"_s});
    // SEV-2: the next update is due an hour after the declaration.
    QCOMPARE(m_service->policy().nextUpdateDue(stored), m_clock->now().addSecs(3600));

    const QList<TimelineEvent> timeline = m_service->timeline(stored.id).value();
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().kind, TimelineKind::Declared);
    QCOMPARE(timeline.first().author, u"bob"_s);
}

void tst_IncidentService::declareRefusesInvalidDraft()
{
    QSignalSpy declared(m_service.get(), &IncidentService::incidentDeclared);
    const auto refused = m_service->declare(draft(u"   "_s), u"bob"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"title"_s), qPrintable(refused.error()));
    QCOMPARE(declared.size(), 0);
    QCOMPARE(m_service->incidents(IncidentSelection::All).value().size(), 0);
}

void tst_IncidentService::statusChangesFollowTheLifecycle()
{
    const IncidentId id = m_service->declare(draft(), u"bob"_s).value().id;
    QSignalSpy changed(m_service.get(), &IncidentService::incidentChanged);

    QVERIFY(m_service->changeStatus(id, IncidentStatus::Identified, u"bob"_s));
    QVERIFY(m_service->changeStatus(id, IncidentStatus::Monitoring, u"bob"_s));
    QVERIFY(m_service->changeStatus(id, IncidentStatus::Investigating, u"bob"_s));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(timelineSize(id), 4);

    const auto same = m_service->changeStatus(id, IncidentStatus::Investigating, u"bob"_s);
    QVERIFY(!same);
    QVERIFY(same.error().contains(u"already"_s));
    const auto resolveByStatus = m_service->changeStatus(id, IncidentStatus::Resolved, u"bob"_s);
    QVERIFY(!resolveByStatus);
    QVERIFY(resolveByStatus.error().contains(u"resolution"_s));
    // Refusals write nothing and tell nobody.
    QCOMPARE(changed.size(), 3);
    QCOMPARE(timelineSize(id), 4);
    QCOMPARE(m_service->incident(id).value().status, IncidentStatus::Investigating);
}

void tst_IncidentService::resolveNeedsResolution()
{
    const IncidentId id = m_service->declare(draft(), u"bob"_s).value().id;
    const auto refused = m_service->resolve(id, u"  "_s, {}, u"bob"_s);
    QVERIFY(!refused);
    QVERIFY(m_service->incident(id).value().isOpen());

    m_clock->advance(3600);
    const auto resolved
            = m_service->resolve(id, u"Rolled back the deploy"_s, u"Bad config push"_s, u"bob"_s);
    QVERIFY(resolved);
    const Incident stored = m_service->incident(id).value();
    QCOMPARE(stored.status, IncidentStatus::Resolved);
    QCOMPARE(stored.resolvedAt, m_clock->now());
    QCOMPARE(stored.resolution, u"Rolled back the deploy"_s);
    QCOMPARE(stored.rootCause, u"Bad config push"_s);
    QVERIFY(!m_service->policy().nextUpdateDue(stored).isValid());

    const auto again = m_service->resolve(id, u"again"_s, {}, u"bob"_s);
    QVERIFY(!again);
    const auto setStatus = m_service->changeStatus(id, IncidentStatus::Monitoring, u"bob"_s);
    QVERIFY(!setStatus);
    QVERIFY(setStatus.error().contains(u"reopen"_s));
}

void tst_IncidentService::reopenIsRecordedWithReason()
{
    const IncidentId id = m_service->declare(draft(), u"bob"_s).value().id;
    QVERIFY(!m_service->reopen(id, u"not resolved yet"_s, u"bob"_s));
    QVERIFY(m_service->resolve(id, u"fixed"_s, {}, u"bob"_s));
    QVERIFY(!m_service->reopen(id, u""_s, u"bob"_s));

    m_clock->advance(600);
    const auto reopened = m_service->reopen(id, u"errors are back"_s, u"carol"_s);
    QVERIFY(reopened);
    QCOMPARE(reopened.value().status, IncidentStatus::Investigating);
    QVERIFY(!reopened.value().resolvedAt.isValid());
    QCOMPARE(reopened.value().resolution, u"fixed"_s);
    const TimelineEvent last = m_service->timeline(id).value().last();
    QCOMPARE(last.kind, TimelineKind::Reopened);
    QCOMPARE(last.author, u"carol"_s);
    QVERIFY(last.text.contains(u"errors are back"_s));
}

void tst_IncidentService::severityAndCommanderChanges()
{
    const IncidentId id = m_service->declare(draft(), u"bob"_s).value().id;
    QVERIFY(m_service->changeSeverity(id, Severity::Sev1, u"bob"_s));
    QVERIFY(!m_service->changeSeverity(id, Severity::Sev1, u"bob"_s));
    QVERIFY(m_service->changeCommander(id, u" carol "_s, u"bob"_s));
    QVERIFY(!m_service->changeCommander(id, u"carol"_s, u"bob"_s));
    QVERIFY(!m_service->changeCommander(id, u""_s, u"bob"_s));
    const Incident stored = m_service->incident(id).value();
    QCOMPARE(stored.severity, Severity::Sev1);
    QCOMPARE(stored.commander, u"carol"_s);
    QCOMPARE(stored.responders, (QStringList {u"alice"_s, u"carol"_s}));
    const QList<TimelineEvent> timeline = m_service->timeline(id).value();
    QCOMPARE(timeline.size(), 3);
    QCOMPARE(timeline.at(1).kind, TimelineKind::SeverityChanged);
    QCOMPARE(timeline.at(2).kind, TimelineKind::CommanderChanged);
}

void tst_IncidentService::acknowledgeOnce()
{
    const IncidentId id = m_service->declare(draft(), u"bob"_s).value().id;
    m_clock->advance(240);
    QVERIFY(m_service->acknowledge(id, u"alice"_s));
    QCOMPARE(m_service->incident(id).value().acknowledgedAt, m_clock->now());
    QVERIFY(!m_service->acknowledge(id, u"alice"_s));
}

void tst_IncidentService::unknownIncident()
{
    const auto missing = m_service->changeStatus(77, IncidentStatus::Identified, u"bob"_s);
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"#77"_s));
    QVERIFY(!m_service->incident(77));
}

QTEST_GUILESS_MAIN(tst_IncidentService)
#include "tst_incidentservice.moc"
