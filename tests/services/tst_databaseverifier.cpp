#include "../storage/sqlfixture.h"
#include "domain/clock.h"
#include "services/databaseverifier.h"
#include "services/incidentservice.h"
#include "services/policyloader.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The console opens the cache without SQLite's page check and runs it on a worker once the
// board is up: a healthy file stays writable, a damaged one is reported and never written.
class tst_DatabaseVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyFileStaysWritable();
    void damagedFileIsReportedAndNotWritten();

private:
    static IncidentDraft draft();
};

IncidentDraft tst_DatabaseVerifier::draft()
{
    IncidentDraft draft;
    draft.title = u"Checkout returning 500s"_s;
    draft.severity = Severity::Sev2;
    draft.commander = u"alice"_s;
    return draft;
}

void tst_DatabaseVerifier::healthyFileStaysWritable()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"sitrep.sqlite"_s);
    QVERIFY(Database::open(file));
    QVERIFY(fillWithIncidents(file));
    auto database = Database::open(file, IntegrityCheck::Deferred);
    QVERIFY(database);
    DatabaseVerifier verifier(*database.value());
    QSignalSpy finished(&verifier, &DatabaseVerifier::finished);
    verifier.start();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toString(), QString());
    QVERIFY(database.value()->damage().isEmpty());

    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    IncidentService service(*database.value(), PolicyLoader::load({}).policy, clock);
    QVERIFY(service.declare(draft(), u"alice"_s));
}

void tst_DatabaseVerifier::damagedFileIsReportedAndNotWritten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"sitrep.sqlite"_s);
    QVERIFY(Database::open(file));
    QVERIFY(fillWithIncidents(file));
    QVERIFY(damagePages(file));
    auto database = Database::open(file, IntegrityCheck::Deferred);
    QVERIFY(database);
    const QByteArray before = fileBytes(file);

    // A worker's writer, opened before the check, hears of the damage as well (defect 12).
    auto writer = Database::openWriter(file);
    QVERIFY(writer);
    DatabaseVerifier verifier(*database.value());
    QSignalSpy finished(&verifier, &DatabaseVerifier::finished);
    verifier.start();
    QVERIFY(finished.wait());
    const QString problem = finished.first().at(0).toString();
    QVERIFY2(problem.contains(u"damaged"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"sitrepctl restore"_s), "the message says what to do");
    QCOMPARE(database.value()->damage(), problem);

    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    IncidentService service(*database.value(), PolicyLoader::load({}).policy, clock);
    const Result<Incident> declared = service.declare(draft(), u"alice"_s);
    QVERIFY(!declared);
    QVERIFY2(declared.error().contains(problem), qPrintable(declared.error()));
    Transaction workers(*writer.value());
    const Result<void> begun = workers.begun();
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(problem), qPrintable(begun.error()));
    QCOMPARE(fileBytes(file), before);
}

QTEST_GUILESS_MAIN(tst_DatabaseVerifier)
#include "tst_databaseverifier.moc"
