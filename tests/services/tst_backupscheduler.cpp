#include "domain/clock.h"
#include "services/backupscheduler.h"
#include "storage/database.h"
#include "storage/databasebackup.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

class tst_BackupScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstStartTakesABackup();
    void dueOnlyAfterADay();
    void failureIsReportedInWords();
};

void tst_BackupScheduler::firstStartTakesABackup()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(u"sitrep.sqlite"_s);
    auto database = Database::open(live);
    QVERIFY(database);
    ManualClock clock(QDateTime(QDate(2024, 1, 15), QTime(3, 0), Qt::UTC));
    BackupScheduler scheduler(live, clock);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    scheduler.start();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(1).toString(), QString());
    const QString file = finished.first().at(0).toString();
    QVERIFY(file.endsWith(DatabaseBackup::backupFileName(clock.now())));
    QVERIFY(Database::verify(file));
    QVERIFY(!scheduler.isBackupDue());
}

void tst_BackupScheduler::dueOnlyAfterADay()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(u"sitrep.sqlite"_s);
    QVERIFY(Database::open(live));
    ManualClock clock(QDateTime(QDate(2024, 1, 15), QTime(3, 0), Qt::UTC));
    BackupScheduler scheduler(live, clock);
    QVERIFY(scheduler.isBackupDue());
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    scheduler.backupNow();
    QVERIFY(finished.wait());
    clock.advance(23 * 3600);
    QVERIFY(!scheduler.isBackupDue());
    clock.advance(3600);
    QVERIFY(scheduler.isBackupDue());
}

void tst_BackupScheduler::failureIsReportedInWords()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2024, 1, 15), QTime(3, 0), Qt::UTC));
    BackupScheduler scheduler(dir.filePath(u"missing.sqlite"_s), clock);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    scheduler.backupNow();
    QVERIFY(finished.wait());
    QVERIFY2(finished.first().at(1).toString().contains(u"no database"_s),
             qPrintable(finished.first().at(1).toString()));
}

QTEST_GUILESS_MAIN(tst_BackupScheduler)
#include "tst_backupscheduler.moc"
