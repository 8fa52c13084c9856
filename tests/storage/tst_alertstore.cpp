#include "domain/uuidv7.h"
#include "storage/alertstore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// An ingest's write lands only over the row as the ingest read it: what another program wrote
// between the read and the write (an attach, a resolution, the same alert first) is kept.
class tst_AlertStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aNewAlertIsWritten();
    void anOpenAlertKeepsTheIncidentItHas();
    void anAlertReadAbsentButOpenNowIsLeftAlone();
    void anAlertReadOpenButResolvedNowIsLeftAlone();
    void anAlertFiringAgainStartsAfresh();

private:
    IncidentId incident(const QString &title);
    CachedAlert sample(IncidentId incidentId) const;
    CachedAlert resolvedSample() const;
    CachedAlert stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AlertStore> m_store;
    IncidentId m_first = 0;
    IncidentId m_second = 0;
};

void tst_AlertStore::init()
{
    m_store.reset();
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = Database::open(m_dir->filePath(u"sitrep.sqlite"_s)).value();
    m_store = std::make_unique<AlertStore>(*m_database);
    m_first = incident(u"Checkout errors"_s);
    m_second = incident(u"Storage cluster degraded"_s);
}

IncidentId tst_AlertStore::incident(const QString &title)
{
    Incident incident;
    incident.title = title;
    incident.uid = UuidV7::make(QDateTime::currentMSecsSinceEpoch());
    incident.severity = Severity::Sev2;
    incident.startedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    incident.detectedAt = incident.startedAt;
    incident.lastUpdateAt = incident.startedAt;
    return IncidentStore(*m_database).insert(incident).value();
}

CachedAlert tst_AlertStore::sample(IncidentId incidentId) const
{
    CachedAlert cached;
    cached.alert.fingerprint = u"1a9e447ecc49b6bf"_s;
    cached.alert.labels = {{u"alertname"_s, u"HighLatency"_s}, {u"instance"_s, u"a:9100"_s}};
    cached.alert.annotations = {{u"summary"_s, u"p99 above 2 s"_s}};
    cached.alert.startsAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    cached.groupKey = u"{alertname=\"HighLatency\"}"_s;
    cached.endpoint = u"am"_s;
    cached.incidentId = incidentId;
    cached.firstSeen = cached.alert.startsAt.addSecs(30);
    return cached;
}

CachedAlert tst_AlertStore::resolvedSample() const
{
    CachedAlert resolved = sample(m_first);
    resolved.resolvedAt = resolved.firstSeen.addSecs(600);
    return resolved;
}

CachedAlert tst_AlertStore::stored() const
{
    const QHash<QString, CachedAlert> all = m_store->all().value();
    return all.value(u"1a9e447ecc49b6bf"_s);
}

void tst_AlertStore::aNewAlertIsWritten()
{
    const CachedAlert fresh = sample(m_first);
    QCOMPARE(m_store->saveOver(fresh, false).value(), 2);
    QCOMPARE(stored(), fresh);
}

void tst_AlertStore::anOpenAlertKeepsTheIncidentItHas()
{
    QVERIFY(m_store->saveOver(sample(m_first), false));
    // Attached elsewhere after the ingest read it at the first incident.
    QVERIFY(m_store->setIncident({u"1a9e447ecc49b6bf"_s}, m_second));
    CachedAlert changed = sample(m_first);
    changed.alert.annotations.insert(u"summary"_s, u"p99 above 5 s"_s);
    changed.firstSeen = changed.firstSeen.addSecs(60);
    QVERIFY(m_store->saveOver(changed, true));
    const CachedAlert now = stored();
    QCOMPARE(now.alert.annotations, changed.alert.annotations);
    QCOMPARE(now.incidentId, m_second);
    QCOMPARE(now.firstSeen, sample(m_first).firstSeen);
}

void tst_AlertStore::anAlertReadAbsentButOpenNowIsLeftAlone()
{
    // Another program's ingest wrote it first, into its own incident.
    const CachedAlert theirs = sample(m_second);
    QVERIFY(m_store->saveOver(theirs, false));
    QVERIFY(m_store->saveOver(sample(m_first), false));
    QCOMPARE(stored(), theirs);
}

void tst_AlertStore::anAlertReadOpenButResolvedNowIsLeftAlone()
{
    const CachedAlert resolved = resolvedSample();
    QVERIFY(m_store->saveOver(resolved, false));
    CachedAlert changed = sample(m_first);
    changed.alert.annotations.insert(u"summary"_s, u"p99 above 5 s"_s);
    QCOMPARE(m_store->saveOver(changed, true).value(), 0);
    QCOMPARE(stored(), resolved);
}

void tst_AlertStore::anAlertFiringAgainStartsAfresh()
{
    const CachedAlert resolved = resolvedSample();
    QVERIFY(m_store->saveOver(resolved, false));
    CachedAlert again = sample(m_second);
    again.firstSeen = resolved.resolvedAt.addSecs(3600);
    // The row is written over, and its link moved to the new incident: two writes.
    QCOMPARE(m_store->saveOver(again, false).value(), 2);
    QCOMPARE(stored(), again);
}

QTEST_GUILESS_MAIN(tst_AlertStore)
#include "tst_alertstore.moc"
