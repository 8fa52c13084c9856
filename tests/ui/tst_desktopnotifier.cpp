#include "../itemmodels/boardfixture.h"
#include "mainwindow/desktopnotifier.h"
#include "mainwindow/incidentnotifications.h"
#include "mainwindow/updatereminder.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLabel>
#include <QSignalSpy>

using namespace sitrep;
using namespace Qt::StringLiterals;

namespace {

const QString serviceName = u"org.freedesktop.Notifications"_s;
const QString objectPath = u"/org/freedesktop/Notifications"_s;

// The desktop's notification service as the freedesktop specification describes it, on the
// test's private session bus: it records each Notify and invokes an action when told to.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        calls << Call {app, summary, body, actions, hints, timeout};
        Q_EMIT NotificationReceived(uint(calls.size()));
        return uint(100 + calls.size());
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &action);
    void NotificationReceived(uint count); // for the test's waiting
};

// A console's notification wiring over a fixture's services, its window not in front.
struct Console
{
    BoardFixture f;
    IncidentTableModel model {*f.service, f.clock};
    QLabel banner;
    UpdateReminder reminder {model, *f.service, banner};
    QWidget window;
    DesktopNotifier notifier;
    IncidentNotifications notifications {*f.service, *f.escalations, reminder,
                                         notifier,   u"erin"_s,      &window};
};

} // namespace

// Notifications through the freedesktop Notifications service: what is sent (summary, body,
// actions, urgency), an action coming back to the incident it was about, and the fallback
// when no service answers. Runs in its own D-Bus session (with-keyring.sh).
class tst_DesktopNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sentWithActionsAndUrgency();
    void actionComesBackToItsIncident();
    void withoutAServiceTheTrayOrNothing();
    void sev1DeclaredIsNotifiedAndAcknowledgedFromIt();
    void overdueUpdateIsNotified();
    void manyOverdueAtOnceAreOneNotification();
    void pageForThePersonHere();
    void teamOutOfReachIsToldOncePerOutage();
    void samePerson_data();
    void samePerson();

private:
    QDBusConnection m_bus {u"unused"_s};
    std::unique_ptr<NotificationService> m_service;
};

void tst_DesktopNotifier::init()
{
    // A connection of its own, as a notification daemon is another process.
    m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"notifications"_s);
    QVERIFY(m_bus.isConnected());
    m_service = std::make_unique<NotificationService>();
    QVERIFY(m_bus.registerObject(objectPath, m_service.get(),
                                 QDBusConnection::ExportAllSlots
                                         | QDBusConnection::ExportAllSignals));
    QVERIFY(m_bus.registerService(serviceName));
}

void tst_DesktopNotifier::cleanup()
{
    m_bus.unregisterService(serviceName);
    m_bus.unregisterObject(objectPath);
    m_service.reset();
    QDBusConnection::disconnectFromBus(u"notifications"_s);
}

void tst_DesktopNotifier::sentWithActionsAndUrgency()
{
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    notifier.notify(u"You are paged for #42"_s, u"Checkout API returning 500s"_s,
                    DesktopNotifier::Urgency::Critical, 42,
                    {{u"acknowledge"_s, u"Acknowledge"_s}, {u"open"_s, u"Open"_s}});
    QVERIFY(shown.wait());
    QCOMPARE(shown.first().first().toBool(), true);
    QCOMPARE(m_service->calls.size(), 1);
    const NotificationService::Call &call = m_service->calls.first();
    QCOMPARE(call.app, u"Sitrep"_s);
    QCOMPARE(call.summary, u"You are paged for #42"_s);
    QCOMPARE(call.body, u"Checkout API returning 500s"_s);
    QCOMPARE(call.actions,
             (QStringList {u"acknowledge"_s, u"Acknowledge"_s, u"open"_s, u"Open"_s}));
    QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 2);
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.sitrep.Sitrep"_s);
    QCOMPARE(call.timeout, 0); // critical: until dismissed
}

void tst_DesktopNotifier::actionComesBackToItsIncident()
{
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    notifier.notify(u"Update overdue"_s, u"#7 Search latency"_s, DesktopNotifier::Urgency::Normal,
                    7, {{u"open"_s, u"Open"_s}});
    QVERIFY(shown.wait());
    QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
    // Another application's notification first: not Sitrep's business.
    Q_EMIT m_service->ActionInvoked(999, u"open"_s);
    Q_EMIT m_service->ActionInvoked(101, u"open"_s);
    QVERIFY(invoked.wait());
    QCOMPARE(invoked.size(), 1);
    QCOMPARE(invoked.first().at(0).value<IncidentId>(), IncidentId(7));
    QCOMPARE(invoked.first().at(1).toString(), u"open"_s);
}

void tst_DesktopNotifier::withoutAServiceTheTrayOrNothing()
{
    QVERIFY(m_bus.unregisterService(serviceName));
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    notifier.notify(u"Update overdue"_s, u"#7"_s, DesktopNotifier::Urgency::Normal, 7);
    QVERIFY(shown.wait());
    QCOMPARE(shown.first().first().toBool(), false);
    QVERIFY(m_service->calls.isEmpty());
}

void tst_DesktopNotifier::sev1DeclaredIsNotifiedAndAcknowledgedFromIt()
{
    Console console;
    BoardFixture &f = console.f;
    QSignalSpy received(m_service.get(), &NotificationService::NotificationReceived);

    f.declare(u"Search latency"_s, Severity::Sev3, {u"search"_s}, u"bob"_s);
    const Incident sev1
            = f.declare(u"Checkout API returning 500s"_s, Severity::Sev1, {u"checkout"_s}, {});
    QVERIFY(received.wait());
    QCOMPARE(m_service->calls.size(), 1); // the SEV-3 is not worth a notification
    const NotificationService::Call &call = m_service->calls.first();
    QCOMPARE(call.summary, u"SEV-1 declared: %1 Checkout API returning 500s"_s.arg(sev1.label()));
    QCOMPARE(call.actions,
             (QStringList {u"open"_s, u"Open"_s, u"acknowledge"_s, u"Acknowledge"_s}));
    QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 2);

    QSignalSpy acknowledged(f.service.get(), &IncidentService::incidentAcknowledged);
    Q_EMIT m_service->ActionInvoked(101, u"acknowledge"_s);
    QVERIFY(acknowledged.wait());
    QCOMPARE(acknowledged.first().at(1).toString(), u"erin"_s);
    QVERIFY(f.service->incident(sev1.id).value().acknowledgedAt.isValid());

    QSignalSpy open(&console.notifications, &IncidentNotifications::openRequested);
    Q_EMIT m_service->ActionInvoked(101, u"default"_s); // the notification itself clicked
    QVERIFY(open.wait());
    QCOMPARE(open.first().first().value<IncidentId>(), sev1.id);
}

void tst_DesktopNotifier::overdueUpdateIsNotified()
{
    Console console;
    BoardFixture &f = console.f;
    const Incident incident = f.declare(u"Checkout"_s, Severity::Sev2, {u"checkout"_s}, u"bob"_s);
    console.model.setIncidents(f.service->incidents(IncidentSelection::All).value());
    QSignalSpy received(m_service.get(), &NotificationService::NotificationReceived);
    f.clock.advance(2 * 60 * 60); // past the SEV-2 cadence
    console.reminder.check();
    QVERIFY(received.wait());
    QCOMPARE(m_service->calls.first().summary, u"Update overdue"_s);
    QVERIFY(m_service->calls.first().body.contains(incident.label()));
    QCOMPARE(m_service->calls.first().hints.value(u"urgency"_s).toInt(), 1);
}

// A console opened after a weekend: every open incident's update is overdue at once. One
// notification counts them and names the most severe; its Open shows the board (incident 0).
void tst_DesktopNotifier::manyOverdueAtOnceAreOneNotification()
{
    Console console;
    BoardFixture &f = console.f;
    for (int i = 0; i < 4; ++i)
        f.declare(u"Minor %1"_s.arg(i), Severity::Sev3);
    const Incident sev2 = f.declare(u"Checkout down"_s, Severity::Sev2); // a SEV-1 is told at once
    console.model.setIncidents(f.service->incidents(IncidentSelection::All).value());
    QSignalSpy received(m_service.get(), &NotificationService::NotificationReceived);
    f.clock.advance(3 * 24 * 60 * 60);
    console.reminder.check();
    QVERIFY(received.wait());
    console.reminder.check(); // nothing new is due
    QCOMPARE(m_service->calls.size(), 1);
    const NotificationService::Call &call = m_service->calls.first();
    QCOMPARE(call.summary, u"5 status updates overdue"_s);
    QVERIFY2(call.body.startsWith(
                     u"Status updates due for %1 Checkout down (SEV-2); "_s.arg(sev2.label())),
             qPrintable(call.body));
    QVERIFY2(call.body.contains(u" and 2 more: stakeholders expect them now."_s),
             qPrintable(call.body));

    QSignalSpy open(&console.notifications, &IncidentNotifications::openRequested);
    Q_EMIT m_service->ActionInvoked(101, u"open"_s);
    QVERIFY(open.wait());
    QCOMPARE(open.first().first().value<IncidentId>(), 0);
}

void tst_DesktopNotifier::teamOutOfReachIsToldOncePerOutage()
{
    Console console;
    QSignalSpy received(m_service.get(), &NotificationService::NotificationReceived);
    console.notifications.teamConnection(true, {});
    console.notifications.teamConnection(false, u"Connection refused."_s);
    console.notifications.teamConnection(false, u"Connection refused."_s); // a retry
    QVERIFY(received.wait());
    console.notifications.teamConnection(true, {});
    console.notifications.teamConnection(false, u"Timed out."_s); // the next outage
    QTRY_COMPARE(m_service->calls.size(), 2);
    QCOMPARE(m_service->calls.first().summary, u"Team server out of reach"_s);
    QVERIFY(m_service->calls.first().body.contains(u"Connection refused."_s));
    QVERIFY(m_service->calls.at(1).body.contains(u"Timed out."_s)); // not the retry
    QCOMPARE(m_service->calls.first().hints.value(u"urgency"_s).toInt(), 1);
}

void tst_DesktopNotifier::pageForThePersonHere()
{
    Console console;
    BoardFixture &f = console.f;
    const Incident incident
            = f.declare(u"Checkout API returning 500s"_s, Severity::Sev2, {u"checkout"_s}, {});
    QSignalSpy received(m_service.get(), &NotificationService::NotificationReceived);
    // As the escalation says it after paging (tst_paging proves it does).
    Q_EMIT f.escalations->paged(incident.id, u"bob@example.com"_s); // someone else's page
    Q_EMIT f.escalations->paged(incident.id, u"Erin@example.com"_s);
    QVERIFY(received.wait());
    QCOMPARE(m_service->calls.size(), 1);
    const NotificationService::Call &call = m_service->calls.first();
    QCOMPARE(call.summary,
             u"You are paged for %1 — Checkout API returning 500s"_s.arg(incident.label()));
    QCOMPARE(call.body, u"SEV-2, checkout"_s);
    QCOMPARE(call.actions,
             (QStringList {u"acknowledge"_s, u"Acknowledge"_s, u"open"_s, u"Open"_s}));
    QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 2);
}

void tst_DesktopNotifier::samePerson_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("author");
    QTest::addColumn<bool>("same");
    QTest::newRow("address and login") << u"alice@example.com"_s << u"alice"_s << true;
    QTest::newRow("case") << u"Alice"_s << u"alice"_s << true;
    QTest::newRow("both addresses") << u"alice@example.com"_s << u"alice@corp.example"_s << true;
    QTest::newRow("other person") << u"bob@example.com"_s << u"alice"_s << false;
    QTest::newRow("prefix only") << u"alicia@example.com"_s << u"alice"_s << false;
    QTest::newRow("nobody here") << u"alice@example.com"_s << u""_s << false;
}

void tst_DesktopNotifier::samePerson()
{
    QFETCH(QString, person);
    QFETCH(QString, author);
    QFETCH(bool, same);
    QCOMPARE(IncidentNotifications::isSamePerson(person, author), same);
}

QTEST_MAIN(tst_DesktopNotifier)
#include "tst_desktopnotifier.moc"
