#include "itemmodels/conflictcopiesmodel.h"
#include "services/conflictcopyservice.h"
#include "teamconsole.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The team's shared documents (schedules, channel settings, SLO definitions, review leads):
// the later of two written at the same time wins whole, the other is kept as a conflict copy
// entered in a register, and a person settles it on any console (keep the original, or use the
// copy), which every console then follows.
class tst_TeamDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void theLoserIsKeptAsAConflictCopyToSettle();
    void keepingTheOriginalSettlesItOnEveryConsole();
    void usingTheCopyPutsItsVersionInPlaceOnEveryConsole();
    void aCopyRemovedWhereItIsShownLeavesTheRegister();
    void anUnknownCopyIsRefusedInWords();

private:
    // Alice and bob write the schedule "primary", the channel "status" and the review leads
    // apart, bob later; alice alone an SLO. Then both sync.
    void writeApart();
    [[nodiscard]] QString copyOf(const QString &name) const
    {
        return u"%1 (conflict copy from alice_%2)"_s.arg(name, m_database);
    }
    [[nodiscard]] static QMap<QString, QStringList> schedules(TeamConsole &console);
    [[nodiscard]] static QMap<QString, Channel> channels(TeamConsole &console);

    std::unique_ptr<TeamConsole> alice;
    std::unique_ptr<TeamConsole> bob;
    std::unique_ptr<ConflictCopyService> aliceCopies;
    std::unique_ptr<ConflictCopyService> bobCopies;
    QString m_database;
};

void tst_TeamDocuments::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_database = postgres_fixture::freshDatabase();
    QVERIFY(!m_database.isEmpty());
    for (const QString &login : {u"alice"_s, u"bob"_s})
        QVERIFY(postgres_fixture::grant(m_database, login + u'_' + m_database, u"pw"_s));
    alice = std::make_unique<TeamConsole>(TeamConsole::join(m_database, u"alice"_s));
    bob = std::make_unique<TeamConsole>(TeamConsole::join(m_database, u"bob"_s));
    aliceCopies = std::make_unique<ConflictCopyService>(*alice->services->database);
    bobCopies = std::make_unique<ConflictCopyService>(*bob->services->database);
}

void tst_TeamDocuments::cleanup()
{
    aliceCopies.reset();
    bobCopies.reset();
    alice.reset();
    bob.reset();
}

QMap<QString, QStringList> tst_TeamDocuments::schedules(TeamConsole &console)
{
    QMap<QString, QStringList> found;
    for (const OnCallSchedule &read : console.services->oncall->schedules())
        found.insert(read.name, read.layers.value(0).versions.value(0).participants);
    return found;
}

QMap<QString, Channel> tst_TeamDocuments::channels(TeamConsole &console)
{
    QMap<QString, Channel> found;
    for (const Channel &read : console.services->messaging->channels().value())
        found.insert(read.name, read);
    return found;
}

void tst_TeamDocuments::writeApart()
{
    const auto schedule = [](const QString &who) {
        return u"name: primary\nrotation: {start: 2026-01-05, participants: [%1]}\n"_s.arg(who)
                .toUtf8();
    };
    const auto add = [](TeamConsole &console, const QString &folder,
                        std::optional<QList<Severity>> severities) {
        Channel made;
        made.name = u"status"_s;
        made.kind = Channel::Kind::StaticPage;
        made.role = Channel::Role::StatusPage;
        made.folder = folder;
        made.severities = std::move(severities);
        QString problem = u"not answered"_s;
        console.services->messaging->addChannel(made, {}, [&](QString error) { problem = error; });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    };
    QVERIFY(alice->services->oncall->importYaml(schedule(u"alice"_s), u"a.yaml"_s));
    add(*alice, u"/srv/alice"_s, QList {Severity::Sev2});
    QVERIFY(alice->services->postmortems->setLeads({u"alice-lead@example.com"_s}));
    // Bob's stamps come later: the clock has moved on, however fast this machine is.
    const qint64 aliceWrote = QDateTime::currentMSecsSinceEpoch();
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > aliceWrote);
    QVERIFY(bob->services->oncall->importYaml(schedule(u"bob"_s), u"b.yaml"_s));
    add(*bob, u"/srv/bob"_s, std::nullopt); // its role's defaults
    QVERIFY(bob->services->postmortems->setLeads({u"bob-lead@example.com"_s}));
    Slo slo;
    slo.name = u"checkout-availability"_s;
    slo.service = u"checkout"_s;
    slo.badQuery = u"sum(rate(errors[5m]))"_s;
    slo.totalQuery = u"sum(rate(requests[5m]))"_s;
    QVERIFY(alice->services->slos->save({slo}));
    alice->sync(this);
    bob->sync(this);
    alice->sync(this);
}

void tst_TeamDocuments::theLoserIsKeptAsAConflictCopyToSettle()
{
    writeApart();
    for (TeamConsole *each : {alice.get(), bob.get()}) {
        QCOMPARE(schedules(*each).value(u"primary"_s), QStringList {u"bob"_s});
        QCOMPARE(schedules(*each).value(copyOf(u"primary"_s)), QStringList {u"alice"_s});
        QCOMPARE(channels(*each).value(u"status"_s).folder, u"/srv/bob"_s);
        const Channel kept = channels(*each).value(copyOf(u"status"_s));
        QCOMPARE(kept.folder, u"/srv/alice"_s);
        // The copy hears nothing, so nothing is published twice.
        QCOMPARE(kept.severities, std::optional(QList<Severity>()));
        QCOMPARE(each->services->postmortems->leads().value(),
                 QStringList {u"bob-lead@example.com"_s});
        QCOMPARE(each->services->slos->slos().value().size(), 1);
    }
    // Both consoles list the same two conflicts: what each is a copy of, and whose version.
    const QList<DocumentConflictCopy> onAlice = aliceCopies->copies().value();
    QCOMPARE(bobCopies->copies().value(), onAlice);
    QCOMPARE(onAlice.size(), 2);
    QSet<QString> kinds;
    for (const DocumentConflictCopy &copy : onAlice) {
        kinds << copy.kind;
        QCOMPARE(copy.name, copyOf(copy.original));
        QCOMPARE(copy.author, u"alice_"_s + m_database);
        QVERIFY(qAbs(copy.writtenAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    QCOMPARE(kinds, (QSet<QString> {u"schedule"_s, u"channel"_s}));

    ConflictCopiesModel model(*bobCopies);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ConflictCopiesModel::WrittenBy).data().toString(),
             u"alice_"_s + m_database);
    QVERIFY(model.index(0, ConflictCopiesModel::Kind).data().toString() == u"On-call schedule"_s
            || model.index(0, ConflictCopiesModel::Kind).data().toString() == u"Channel"_s);
}

void tst_TeamDocuments::keepingTheOriginalSettlesItOnEveryConsole()
{
    writeApart();
    ConflictCopiesModel model(*bobCopies);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy settled(aliceCopies.get(), &ConflictCopyService::documentsSettled);
    QVERIFY(aliceCopies->settle({}, copyOf(u"status"_s),
                                ConflictCopyService::Settle::KeepOriginal));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.first().first().toStringList(), QStringList {u"channel"_s});
    QVERIFY(!channels(*alice).contains(copyOf(u"status"_s)));
    QCOMPARE(aliceCopies->copies().value().size(), 1);

    alice->sync(this);
    bob->sync(this);
    bobCopies->announceChanged(); // as the console's wiring does when a pull changed documents
    for (TeamConsole *each : {alice.get(), bob.get()}) {
        QVERIFY(!channels(*each).contains(copyOf(u"status"_s)));
        QCOMPARE(channels(*each).value(u"status"_s).folder, u"/srv/bob"_s);
        QCOMPARE(channels(*each).value(u"status"_s).severities, std::nullopt);
    }
    QCOMPARE(bobCopies->copies().value().size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.copyAt(0).kind, u"schedule"_s);
}

void tst_TeamDocuments::usingTheCopyPutsItsVersionInPlaceOnEveryConsole()
{
    writeApart();
    QVERIFY(bobCopies->settle(u"schedule"_s, copyOf(u"primary"_s),
                              ConflictCopyService::Settle::UseCopy));
    bob->services->oncall->reloadFromTeam(); // the console does so on documentsSettled
    QVERIFY(bobCopies->settle({}, copyOf(u"status"_s), ConflictCopyService::Settle::UseCopy));
    QVERIFY(bobCopies->copies().value().isEmpty());
    bob->sync(this);
    alice->sync(this);
    for (TeamConsole *each : {alice.get(), bob.get()}) {
        const QMap<QString, QStringList> now = schedules(*each);
        QCOMPARE(now.keys(), QStringList {u"primary"_s});
        QCOMPARE(now.value(u"primary"_s), QStringList {u"alice"_s});
        const QMap<QString, Channel> heard = channels(*each);
        QCOMPARE(heard.keys(), QStringList {u"status"_s});
        // Alice's settings in the original's place, hearing what the original heard (its
        // role's defaults), not the copy's nothing nor alice's own SEV-2.
        QCOMPARE(heard.value(u"status"_s).folder, u"/srv/alice"_s);
        QCOMPARE(heard.value(u"status"_s).severities, std::nullopt);
    }
    QVERIFY(aliceCopies->copies().value().isEmpty());
}

void tst_TeamDocuments::aCopyRemovedWhereItIsShownLeavesTheRegister()
{
    writeApart();
    QVERIFY(alice->services->oncall->remove(copyOf(u"primary"_s)));
    const QList<DocumentConflictCopy> left = aliceCopies->copies().value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().kind, u"channel"_s);
    alice->sync(this);
    bob->sync(this);
    QCOMPARE(bobCopies->copies().value(), left);
}

void tst_TeamDocuments::anUnknownCopyIsRefusedInWords()
{
    writeApart();
    const Result<void> unknown
            = aliceCopies->settle({}, u"primary"_s, ConflictCopyService::Settle::UseCopy);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error(), u"There is no conflict copy named \"primary\" to settle."_s);
    const Result<void> wrongKind = aliceCopies->settle(u"slo"_s, copyOf(u"primary"_s),
                                                       ConflictCopyService::Settle::KeepOriginal);
    QVERIFY(!wrongKind);
    // Nothing changed: both copies still wait.
    QCOMPARE(aliceCopies->copies().value().size(), 2);
    QVERIFY(schedules(*alice).contains(copyOf(u"primary"_s)));
}

QTEST_GUILESS_MAIN(tst_TeamDocuments)
#include "tst_teamdocuments.moc"
