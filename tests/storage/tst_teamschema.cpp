#include "../fixtures/postgresfixture.h"
#include "storage/teamlog.h"
#include "storage/teamschema.h"

#include <atomic>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The team's shared schema on a real PostgreSQL (the postgres fixture): migrations, a change
// pushed twice applied once, no gap in the order under concurrent pushers, a reader that never
// misses a number committed late, future stamps refused, tables closed to direct writes, and
// connections refused in words.
class tst_TeamSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void migratesOnceAndTakesTurns();
    void aChangePushedTwiceAppliesOnce();
    void upgradesFromEveryOlderVersion();
    void declarationsAreNumberedOnceAndWithoutGaps();
    void theServerRechecksTheLifecycle();
    void theServerDecidesWhichDeclarationIsADuplicate();
    void concurrentPushersLeaveNoGap();
    void aReaderNeverMissesALateCommit();
    void aChangeFromTheFutureIsRefused();
    void tablesTakeNoDirectWrites();
    void connectionsAreRefusedInWords();
    void severalHostsReachTheWritableOne();

private:
    [[nodiscard]] QSqlDatabase connect(const QString &name, const QString &user = u"sitrep_owner"_s,
                                       const QString &password = {});
    [[nodiscard]] static TeamChange change(const QString &field = u"severity"_s);
    QString m_database;
    postgres_fixture::Connections m_connections;
};

void tst_TeamSchema::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_database = postgres_fixture::freshDatabase();
    QVERIFY2(!m_database.isEmpty(), "could not make a database");
}

void tst_TeamSchema::cleanup()
{
    m_connections.closeAll();
}

QSqlDatabase tst_TeamSchema::connect(const QString &name, const QString &user,
                                     const QString &password)
{
    return m_connections.open(m_database, name, user, password);
}

TeamChange tst_TeamSchema::change(const QString &field)
{
    return postgres_fixture::sampleChange(R"("SEV-1")", field);
}

void tst_TeamSchema::migratesOnceAndTakesTurns()
{
    QSqlDatabase first = connect(u"first"_s);
    QSqlDatabase second = connect(u"second"_s);
    QVERIFY(first.isOpen() && second.isOpen());
    QCOMPARE(TeamSchema::version(first).value(), 0);
    // Two consoles at once: one waits on the advisory lock and then finds nothing to do.
    std::optional<Result<int>> other;
    QThread *thread = QThread::create([&other, this] {
        auto opened = TeamConnection::open(postgres_fixture::url(m_database),
                                           postgres_fixture::ownerPassword(), u"thread"_s);
        if (opened)
            other = TeamSchema::migrate(opened.value());
        TeamConnection::close(u"thread"_s);
    });
    thread->start();
    const Result<int> migrated = TeamSchema::migrate(first);
    const bool finished = thread->wait(20'000);
    delete thread;
    QVERIFY(finished);
    QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error()));
    QVERIFY2(other && bool(*other), qPrintable(other && !*other ? other->error() : QString()));
    QCOMPARE(TeamSchema::version(second).value(), TeamSchema::latest);
    QVERIFY(TeamSchema::migrate(second)); // again: nothing to do
    QCOMPARE(TeamSchema::version(second).value(), TeamSchema::latest);
    // A server newer than this console is refused in words.
    QSqlQuery query(first);
    QVERIFY(query.exec(u"UPDATE sitrep_meta SET value = '99' WHERE key = 'schema'"_s));
    const Result<int> newer = TeamSchema::migrate(second);
    QVERIFY(!newer);
    QVERIFY2(newer.error().contains(u"newer than this Sitrep"_s), qPrintable(newer.error()));
}

void tst_TeamSchema::aChangePushedTwiceAppliesOnce()
{
    QSqlDatabase database = connect(u"one"_s);
    QVERIFY(TeamSchema::migrate(database));
    TeamLog log(database);
    const TeamChange made = change();
    QCOMPARE(log.push({made}).value(), 1);
    // The answer was lost; the console sends it again, with a new one.
    const TeamChange next = change(u"status"_s);
    QCOMPARE(log.push({made, next}).value(), 2);
    const QList<TeamChange> pulled = log.pull(0, 100).value();
    QCOMPARE(pulled.size(), 2);
    QCOMPARE(pulled[0].uid, made.uid);
    QCOMPARE(pulled[0].seq, 1);
    QCOMPARE(pulled[0].payload, QByteArray(R"("SEV-1")"));
    QCOMPARE(pulled[0].author, u"sitrep_owner"_s);
    QCOMPARE(pulled[1].uid, next.uid);
    QCOMPARE(log.newest().value(), 2);
}

void tst_TeamSchema::upgradesFromEveryOlderVersion()
{
    for (int from = 1; from < TeamSchema::latest; ++from) {
        const QString name = u"from%1"_s.arg(from);
        m_database = postgres_fixture::freshDatabase();
        QSqlDatabase database = connect(name);
        QCOMPARE(TeamSchema::migrate(database, from).value(), from);
        QCOMPARE(TeamSchema::version(database).value(), from);
        // A change made under the old schema survives the upgrade.
        QCOMPARE(TeamLog(database).push({change()}).value(), 1);
        const Result<int> upgraded = TeamSchema::migrate(database);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error()));
        QCOMPARE(upgraded.value(), TeamSchema::latest);
        QCOMPARE(TeamSchema::version(database).value(), TeamSchema::latest);
        QCOMPARE(TeamLog(database).pull(0, 10).value().size(), 1);
    }
}

void tst_TeamSchema::declarationsAreNumberedOnceAndWithoutGaps()
{
    QSqlDatabase database = connect(u"numbers"_s);
    QVERIFY(TeamSchema::migrate(database));
    TeamLog log(database);
    TeamChange first = change(u"declared"_s);
    first.entityUid = UuidV7::make(first.hlcMs);
    TeamChange second = change(u"declared"_s);
    second.entityUid = UuidV7::make(second.hlcMs);
    // The same incident declared again (one alert group seen by two consoles) keeps its number.
    TeamChange again = change(u"declared"_s);
    again.entityUid = first.entityUid;
    QVERIFY(log.push({first, second}));
    QVERIFY(log.push({again, first}));
    QList<std::pair<QUuid, qint64>> numbers;
    for (const TeamChange &pulled : log.pull(0, 100).value()) {
        if (pulled.field == u"number"_s) {
            QCOMPARE(pulled.author, u"sitrep"_s);
            numbers.append(
                    {pulled.entityUid,
                     qint64(QJsonDocument::fromJson(pulled.payload)[u"value"_s].toDouble())});
        }
    }
    QCOMPARE(numbers.size(), 2);
    QCOMPARE(numbers.at(0), std::pair(first.entityUid, qint64(1)));
    QCOMPARE(numbers.at(1), std::pair(second.entityUid, qint64(2)));
}

// A trouble (a rule, an alert group) declared again while its first incident is open makes an
// alias; once that incident is resolved the next declaration holds the trouble. Declarations
// logged before version 6 are decided the same way when the server is upgraded.
void tst_TeamSchema::theServerDecidesWhichDeclarationIsADuplicate()
{
    QSqlDatabase database = connect(u"troubles"_s);
    QCOMPARE(TeamSchema::migrate(database, 5).value(), 5);
    TeamLog log(database);
    qint64 stamp = QDateTime::currentMSecsSinceEpoch() - 60'000;
    const auto declare = [&stamp](const QString &dedup) {
        TeamChange made = change(u"declared"_s);
        made.hlcMs = ++stamp;
        made.entityUid = UuidV7::make(made.hlcMs);
        made.payload = QJsonDocument(QJsonObject {{u"dedup"_s, dedup}}).toJson();
        return made;
    };
    const TeamChange first = declare(u"rule/HighErrorRate"_s);
    const TeamChange second = declare(u"rule/HighErrorRate"_s);
    const TeamChange other = declare(u"alertgroup/a1"_s);
    QVERIFY(log.push({first, second, other}));
    const auto aliases = [&database] {
        QSqlQuery query(database);
        QStringList found;
        if (query.exec(u"SELECT incident, of FROM sitrep_aliases ORDER BY incident"_s))
            while (query.next())
                found << query.value(0).toString() + u'>' + query.value(1).toString();
        return found;
    };
    const auto alias = [](const TeamChange &made, const TeamChange &of) {
        return made.entityUid.toString(QUuid::WithoutBraces) + u'>'
                + of.entityUid.toString(QUuid::WithoutBraces);
    };
    QCOMPARE(TeamSchema::migrate(database).value(), TeamSchema::latest);
    QCOMPARE(aliases(), QStringList {alias(second, first)});

    const TeamChange third = declare(u"rule/HighErrorRate"_s);
    QVERIFY(log.push({third}));
    QCOMPARE(aliases(), (QStringList {alias(second, first), alias(third, first)}));
    // The third's console acknowledges before it hears it is a duplicate: refused, not reopened.
    TeamChange acknowledged = change(u"lifecycle"_s);
    acknowledged.entityUid = third.entityUid;
    acknowledged.hlcMs = ++stamp;
    acknowledged.payload
            = QJsonDocument(QJsonObject {{u"value"_s, QJsonObject {{u"status"_s, u"identified"_s}}},
                                         {u"base"_s, third.uid.toString(QUuid::WithoutBraces)}})
                      .toJson(QJsonDocument::Compact);
    QVERIFY(log.push({acknowledged}));
    const QJsonObject refused
            = QJsonDocument::fromJson(log.pull(0, 100).value().last().payload).object();
    QCOMPARE(refused[u"reason"_s].toString(), u"reopened_unseen"_s);
    QCOMPARE(refused[u"holder"_s][u"value"_s][u"status"_s].toString(), u"resolved"_s);
    QCOMPARE(refused[u"holder"_s][u"value"_s][u"resolution"_s].toString(),
             u"Duplicate of #1: rule/HighErrorRate was declared there first."_s);
    // The first is resolved: the trouble is free, and the next declaration holds it.
    TeamChange resolved = change(u"lifecycle"_s);
    resolved.entityUid = first.entityUid;
    resolved.hlcMs = ++stamp;
    resolved.payload = R"({"value":{"status":"resolved","resolution":"rolled back"}})";
    QVERIFY(log.push({resolved}));
    const TeamChange fourth = declare(u"rule/HighErrorRate"_s);
    const TeamChange fifth = declare(u"rule/HighErrorRate"_s);
    QVERIFY(log.push({fourth, fifth}));
    QCOMPARE(aliases().size(), 3);
    QVERIFY(aliases().contains(alias(fifth, fourth)));
}

void tst_TeamSchema::theServerRechecksTheLifecycle()
{
    QSqlDatabase database = connect(u"lifecycle"_s);
    QVERIFY(TeamSchema::migrate(database));
    TeamLog log(database);
    qint64 stamp = QDateTime::currentMSecsSinceEpoch() - 60'000;
    const auto lifecycle = [&stamp](const QString &status, const QString &resolution,
                                    const QUuid &base) {
        TeamChange made = change(u"lifecycle"_s);
        made.hlcMs = ++stamp;
        made.payload = QJsonDocument(QJsonObject {{u"value"_s,
                                                   QJsonObject {{u"status"_s, status},
                                                                {u"resolution"_s, resolution}}},
                                                  {u"base"_s, base.toString(QUuid::WithoutBraces)}})
                               .toJson(QJsonDocument::Compact);
        return made;
    };
    TeamChange declared = change(u"declared"_s);
    declared.hlcMs = ++stamp;
    declared.payload = R"({"fields":[["lifecycle",{"status":"investigating"}]]})";
    const TeamChange resolved = lifecycle(u"resolved"_s, u"pool raised"_s, declared.uid);
    // Made by a console that never saw the resolution: it would reopen the incident silently.
    const TeamChange unseen = lifecycle(u"monitoring"_s, {}, declared.uid);
    const TeamChange noText = lifecycle(u"resolved"_s, {}, resolved.uid);
    // Made after seeing the resolution (a deliberate reopening, with its reason on the
    // timeline).
    const TeamChange seen = lifecycle(u"investigating"_s, {}, resolved.uid);
    if (auto pushed = log.push({declared, resolved, unseen, noText}); !pushed)
        QFAIL(qPrintable(pushed.error()));
    QVERIFY(log.push({unseen, seen}));
    // Older than the register's holder: it loses on every console anyway, so it is logged.
    TeamChange older = lifecycle(u"monitoring"_s, {}, declared.uid);
    older.hlcMs = declared.hlcMs;
    QVERIFY(log.push({older}));

    QList<std::pair<QString, QJsonObject>> logged;
    for (const TeamChange &pulled : log.pull(0, 100).value()) {
        if (pulled.field != u"number"_s)
            logged.append({pulled.field, QJsonDocument::fromJson(pulled.payload).object()});
    }
    QCOMPARE(logged.size(), 6);
    QCOMPARE(logged.at(1).first, u"lifecycle"_s);
    QCOMPARE(logged.at(2).first, u"refused"_s);
    const QJsonObject refusedUnseen = logged.at(2).second;
    QCOMPARE(refusedUnseen[u"change"_s].toString(), unseen.uid.toString(QUuid::WithoutBraces));
    QCOMPARE(refusedUnseen[u"reason"_s].toString(), u"reopened_unseen"_s);
    QCOMPARE(refusedUnseen[u"author"_s].toString(), u"sitrep_owner"_s);
    QCOMPARE(refusedUnseen[u"value"_s][u"status"_s].toString(), u"monitoring"_s);
    // The register the server keeps travels with the refusal.
    QCOMPARE(refusedUnseen[u"holder"_s][u"change"_s].toString(),
             resolved.uid.toString(QUuid::WithoutBraces));
    QCOMPARE(refusedUnseen[u"holder"_s][u"value"_s][u"resolution"_s].toString(), u"pool raised"_s);
    QCOMPARE(logged.at(3).first, u"refused"_s);
    QCOMPARE(logged.at(3).second[u"reason"_s].toString(), u"no_resolution"_s);
    // The refused change sent again is answered once.
    QCOMPARE(logged.at(4).first, u"lifecycle"_s);
    QCOMPARE(logged.at(4).second[u"value"_s][u"status"_s].toString(), u"investigating"_s);
    QCOMPARE(logged.at(5).first, u"lifecycle"_s);
    QCOMPARE(logged.at(5).second[u"value"_s][u"status"_s].toString(), u"monitoring"_s);
}

void tst_TeamSchema::concurrentPushersLeaveNoGap()
{
    QVERIFY(TeamSchema::migrate(connect(u"setup"_s)));
    constexpr int pushers = 8;
    constexpr int pushesEach = 20;
    std::atomic<int> failures = 0;
    QList<QThread *> threads;
    for (int i = 0; i < pushers; ++i) {
        threads << QThread::create([this, i, &failures] {
            const QString name = u"pusher-%1"_s.arg(i);
            {
                auto opened = TeamConnection::open(postgres_fixture::url(m_database),
                                                   postgres_fixture::ownerPassword(), name);
                if (!opened) {
                    ++failures;
                    return;
                }
                TeamLog log(opened.value());
                for (int push = 0; push < pushesEach; ++push) {
                    QList<TeamChange> batch;
                    for (int n = 0; n <= push % 3; ++n)
                        batch << change();
                    if (!log.push(batch))
                        ++failures;
                }
            }
            TeamConnection::close(name);
        });
        threads.last()->start();
    }
    bool allFinished = true;
    for (QThread *thread : std::as_const(threads)) {
        allFinished = thread->wait(60'000) && allFinished;
        delete thread;
    }
    QVERIFY(allFinished);
    QCOMPARE(failures.load(), 0);
    const QList<TeamChange> all = TeamLog(connect(u"reader"_s)).pull(0, 100'000).value();
    int sum = 0; // each pusher sends batches of 1, 2, 3, 1, 2, 3, ...
    for (int push = 0; push < pushesEach; ++push)
        sum += push % 3 + 1;
    QCOMPARE(all.size(), pushers * sum);
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].seq, i + 1);
}

void tst_TeamSchema::aReaderNeverMissesALateCommit()
{
    QSqlDatabase first = connect(u"first"_s);
    QVERIFY(TeamSchema::migrate(first));
    QSqlDatabase reader = connect(u"reader"_s);
    // The first push stays uncommitted: it holds number 1.
    QVERIFY(first.transaction());
    QCOMPARE(TeamLog(first).push({change()}).value(), 1);
    // A second console pushes meanwhile: it waits for number 2 until the first commits.
    std::atomic<qint64> secondGot = -1;
    QThread *second = QThread::create([this, &secondGot] {
        {
            auto opened = TeamConnection::open(postgres_fixture::url(m_database),
                                               postgres_fixture::ownerPassword(), u"second"_s);
            if (opened) {
                const Result<qint64> pushed = TeamLog(opened.value()).push({change()});
                secondGot = pushed ? pushed.value() : 0;
            }
        }
        TeamConnection::close(u"second"_s);
    });
    second->start();
    // Whatever happens below, the second console is let go and waited for before its
    // variables go.
    const auto joined = qScopeGuard([&first, second] {
        if (first.isOpen())
            first.rollback();
        second->wait(10'000);
        delete second;
    });
    // Wait until the second push is blocked on the counter, not merely slow.
    QTRY_VERIFY_WITH_TIMEOUT(
            [&reader] {
                QSqlQuery waiting(reader);
                return waiting.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND wait_event_type = 'Lock'"_s)
                        && waiting.next() && waiting.value(0).toInt() == 1;
            }(),
            10'000);
    QCOMPARE(secondGot.load(), -1);
    // The reader sees neither: nothing past its cursor that could later appear behind it.
    QVERIFY(TeamLog(reader).pull(0, 100).value().isEmpty());
    QVERIFY(first.commit());
    QVERIFY(second->wait(10'000));
    QCOMPARE(secondGot.load(), 2);
    const QList<TeamChange> pulled = TeamLog(reader).pull(0, 100).value();
    QCOMPARE(pulled.size(), 2);
    QCOMPARE(pulled[0].seq, 1);
    QCOMPARE(pulled[1].seq, 2);
}

void tst_TeamSchema::aChangeFromTheFutureIsRefused()
{
    QSqlDatabase database = connect(u"one"_s);
    QVERIFY(TeamSchema::migrate(database));
    TeamChange ahead = change();
    ahead.hlcMs = QDateTime::currentMSecsSinceEpoch() + 10 * 60'000;
    const Result<qint64> pushed = TeamLog(database).push({ahead});
    QVERIFY(!pushed);
    QVERIFY2(pushed.error().contains(u"ahead of the server's clock"_s), qPrintable(pushed.error()));
    QCOMPARE(TeamLog(database).newest().value(), 0);
    TeamChange skewed = change();
    skewed.hlcMs = QDateTime::currentMSecsSinceEpoch() + 60'000; // a minute is tolerated
    QCOMPARE(TeamLog(database).push({skewed}).value(), 1);
}

void tst_TeamSchema::tablesTakeNoDirectWrites()
{
    QSqlDatabase owner = connect(u"owner"_s);
    QVERIFY(TeamSchema::migrate(owner));
    QVERIFY(postgres_fixture::grant(m_database, u"console_%1"_s.arg(m_database), u"console-pw"_s));
    QSqlDatabase console = connect(u"console"_s, u"console_%1"_s.arg(m_database), u"console-pw"_s);
    QVERIFY(console.isOpen());
    QSqlQuery direct(console);
    QVERIFY(!direct.exec(u"INSERT INTO sitrep_changes VALUES (1, gen_random_uuid(), 'incident', "
                         "gen_random_uuid(), '', '1', 0, 0, 'mallory')"_s));
    QVERIFY2(direct.lastError().databaseText().contains(u"permission denied"_s),
             qPrintable(direct.lastError().databaseText()));
    QVERIFY(!direct.exec(u"UPDATE sitrep_counter SET last_seq = 100"_s));
    // Through the function it works, and the author is the login, not what the console says.
    const Result<qint64> pushed = TeamLog(console).push({change()});
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error()));
    QCOMPARE(TeamLog(console).pull(0, 10).value().first().author, u"console_%1"_s.arg(m_database));
}

void tst_TeamSchema::connectionsAreRefusedInWords()
{
    const auto refusal = [](const TeamUrl &url, const QString &password) {
        const auto opened = TeamConnection::open(url, password, u"refused"_s);
        return opened ? QString() : opened.error();
    };
    const QString wrongCa
            = refusal(postgres_fixture::url(m_database, u"sitrep_owner"_s,
                                            postgres_fixture::state(u"other-ca.crt"_s)),
                      postgres_fixture::ownerPassword());
    QVERIFY2(wrongCa.contains(u"certificate could not be verified"_s), qPrintable(wrongCa));
    const QString wrongPassword = refusal(postgres_fixture::url(m_database), u"not-it"_s);
    QVERIFY2(wrongPassword.contains(u"refused the password for sitrep_owner"_s),
             qPrintable(wrongPassword));
    TeamUrl nobody = postgres_fixture::url(m_database);
    nobody.port = 9; // discard: nobody listens
    const QString down = refusal(nobody, postgres_fixture::ownerPassword());
    QVERIFY2(down.contains(u"connection refused"_s), qPrintable(down));
}

// A URL with several hosts: one down and one read-only (as a standby is) are passed over for
// the primary with target_session_attrs=read-write.
void tst_TeamSchema::severalHostsReachTheWritableOne()
{
    const int primary = postgres_fixture::read(u"postgres.port"_s).toInt();
    const int readonly = postgres_fixture::read(u"readonly.port"_s).toInt();
    QVERIFY(readonly > 0);
    const auto serverPort = [](const TeamUrl &url) {
        int port = 0;
        {
            auto opened = TeamConnection::open(url, postgres_fixture::ownerPassword(), u"hosts"_s);
            if (!opened)
                qWarning() << opened.error();
            QSqlQuery query(opened ? opened.value() : QSqlDatabase());
            if (opened && query.exec(u"SELECT inet_server_port()"_s) && query.next())
                port = query.value(0).toInt();
        }
        TeamConnection::close(u"hosts"_s);
        return port;
    };
    TeamUrl url = postgres_fixture::url(u"postgres"_s);
    url.port = readonly;
    url.fallbacks = {{u"127.0.0.1"_s, primary}};
    QCOMPARE(serverPort(url), readonly); // any server will do by default
    url.parameters.insert(u"target_session_attrs"_s, u"read-write"_s);
    QCOMPARE(serverPort(url), primary);
    url.port = 9; // nobody listens: the first host is down
    QCOMPARE(serverPort(url), primary);
    // The same from the URL's text, as team connect reads it.
    const Result<TeamUrl> parsed = TeamUrl::parse(url.toString());
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    QCOMPARE(serverPort(parsed.value()), primary);
}

QTEST_GUILESS_MAIN(tst_TeamSchema)
#include "tst_teamschema.moc"
