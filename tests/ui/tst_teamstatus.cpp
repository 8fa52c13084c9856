#include "mainwindow/teamstatuslabel.h"
#include "services/conflictcopyservice.h"
#include "storage/database.h"
#include "storage/teamconflictcopies.h"
#include "storage/teamdocumentstore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The team server in the status bar, as a person reads it: live, offline since when and how
// much waits, read-only with the reason; never silent.
class tst_TeamStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void saysLiveOfflineAndReadOnly();
    void countsTheConflictCopiesToSettle();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConflictCopyService> m_conflicts;
};

void tst_TeamStatus::init()
{
    m_conflicts.reset();
    m_database.reset();
    auto opened = Database::open(m_dir.filePath(u"sitrep.sqlite"_s));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    m_database = std::move(opened).value();
    m_conflicts = std::make_unique<ConflictCopyService>(*m_database);
}

void tst_TeamStatus::saysLiveOfflineAndReadOnly()
{
    TeamStatusLabel label(u"postgresql://alice@db.example.com/sitrep"_s, *m_conflicts);
    QCOMPARE(label.text(), u"Team: connecting…"_s);
    const QDateTime now(QDate(2026, 12, 2), QTime(14, 2), Qt::UTC);

    TeamSyncState live;
    live.connected = true;
    live.cursor = 42;
    live.lastSync = now;
    label.show(live, now);
    QCOMPARE(label.text(), u"Team: live"_s);
    QVERIFY(label.toolTip().contains(u"Pulled up to change 42"_s));
    QVERIFY(label.toolTip().contains(u"db.example.com"_s));

    TeamSyncState offline = live;
    offline.connected = false;
    offline.pending = 12;
    offline.problem = u"Nobody answers at db.example.com:5432 (connection refused)"_s;
    label.show(offline, now.addSecs(600));
    // Offline since the last time it was in step, not since it noticed.
    QCOMPARE(label.text(), u"Team: offline since 14:02 · 12 change(s) waiting"_s);
    QVERIFY(label.toolTip().contains(u"connection refused"_s));
    label.show(offline, now.addSecs(1200));
    QCOMPARE(label.text(), u"Team: offline since 14:02 · 12 change(s) waiting"_s);

    label.show(live, now.addSecs(1300));
    QCOMPARE(label.text(), u"Team: live"_s);

    TeamSyncState newer;
    newer.readOnly = true;
    newer.pending = 3;
    newer.problem = u"read-only: the team server's schema is version 2"_s;
    label.show(newer, now);
    QCOMPARE(label.text(), u"Team: read-only (the server is newer; 3 change(s) kept)"_s);
    QVERIFY(label.toolTip().contains(u"version 2"_s));

    TeamSyncState watching = live;
    watching.role = TeamRole::Viewer;
    label.show(watching, now);
    QCOMPARE(label.text(), u"Team: live · read-only (viewer)"_s);
    QVERIFY(label.toolTip().contains(u"signed in as a viewer"_s));

    TeamSyncState standby = live;
    standby.standby = true;
    standby.pending = 2;
    label.show(standby, now);
    QCOMPARE(label.text(), u"Team: standby, polling every 2 s · 2 change(s) waiting"_s);
    QVERIFY(label.toolTip().contains(u"target_session_attrs=read-write"_s));
}

// The merge kept a schedule's losing version: the status bar says one waits to be settled, and
// stops saying so once the copy is gone, however it went.
void tst_TeamStatus::countsTheConflictCopiesToSettle()
{
    TeamStatusLabel label(u"postgresql://alice@db.example.com/sitrep"_s, *m_conflicts);
    TeamSyncState live;
    live.connected = true;
    label.show(live, QDateTime::currentDateTimeUtc());
    QCOMPARE(label.text(), u"Team: live"_s);

    const QString copy = u"primary (conflict copy from bob)"_s;
    TeamDocumentStore documents(*m_database);
    QVERIFY(documents.write(TeamDocumentStore::Kind::Schedule, copy,
                            QJsonObject {{u"document"_s, u"name: x"_s}}));
    QVERIFY(TeamConflictCopies(*m_database)
                    .keep({u"schedule"_s, copy, u"primary"_s, u"bob"_s,
                           QDateTime::currentDateTimeUtc()}));
    m_conflicts->announceChanged();
    QCOMPARE(label.text(), u"Team: live · 1 conflict copy(ies) to settle"_s);
    QVERIFY(label.toolTip().contains(u"Settings → Team server"_s));

    QVERIFY(documents.write(TeamDocumentStore::Kind::Schedule, copy, QJsonValue()));
    m_conflicts->announceChanged();
    QCOMPARE(label.text(), u"Team: live"_s);
    QVERIFY(!label.toolTip().contains(u"Settings → Team server"_s));
}

QTEST_MAIN(tst_TeamStatus)
#include "tst_teamstatus.moc"
