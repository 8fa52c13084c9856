#include "../itemmodels/boardfixture.h"
#include "common/appearance.h"
#include "incident/updatecomposer.h"
#include "itemmodels/outboxmodel.h"
#include "itemmodels/tone.h"
#include "mainwindow/traystatus.h"
#include "mainwindow/updatereminder.h"
#include "outbox/outboxview.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The update composer, the overdue reminder and the outbox panel, driven as a commander would.
// Nothing is sent here: the messages stay in the outbox (tst_outbox delivers them).
class tst_StatusUpdates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void composerPreviewsAndPostsAnUpdate();
    void emptyMessageIsRefusedInWords();
    void reminderTellsOncePerDueTime();
    void bannerNamesTheMostSevereAndCountsTheRest();
    void trayCountsUrgentAndOverdue();
    void overdueLineFollowsTheDesktopScheme();
    void outboxPanelRetriesAndCancels();

private:
    void addChannel(const QString &name, Channel::Role role);

    std::unique_ptr<BoardFixture> f;
};

void tst_StatusUpdates::initTestCase()
{
    // English plural forms ("1 update overdue"), as the console has them.
    translations::install(*QCoreApplication::instance());
}

void tst_StatusUpdates::init()
{
    f = std::make_unique<BoardFixture>();
}

void tst_StatusUpdates::cleanup()
{
    f.reset();
}

// Straight into the cache: previews and queueing need no secret.
void tst_StatusUpdates::addChannel(const QString &name, Channel::Role role)
{
    Channel channel;
    channel.name = name;
    channel.kind = Channel::Kind::SlackWebhook;
    channel.role = role;
    QVERIFY(ChannelStore(*f->database).save(channel));
}

void tst_StatusUpdates::composerPreviewsAndPostsAnUpdate()
{
    addChannel(u"incidents-chat"_s, Channel::Role::Chat);
    addChannel(u"status-page"_s, Channel::Role::StatusPage);
    addChannel(u"executives"_s, Channel::Role::ExecutiveEmail);
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev2, {u"checkout"_s});
    UpdateComposer composer(incident.id, *f->service, *f->messaging, u"alice"_s);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    QVERIFY(composer.findChild<QLabel *>(u"updateDue"_s)->text().startsWith(u"Next update due"_s));

    auto *status = composer.findChild<QComboBox *>(u"updateStatus"_s);
    status->setCurrentIndex(status->findData(int(IncidentStatus::Identified)));
    auto *templates = composer.findChild<QComboBox *>(u"updateTemplate"_s);
    QVERIFY(templates->count() > 1);
    templates->setCurrentIndex(1);
    Q_EMIT templates->activated(1);
    auto *message = composer.findChild<QPlainTextEdit *>(u"updateMessage"_s);
    QVERIFY2(message->toPlainText().startsWith(
                     u"We have identified the cause of the problems with checkout"_s),
             qPrintable(message->toPlainText()));
    QVERIFY(message->toPlainText().contains(u"UTC"_s)); // the next update's time

    // SEV-2: chat and the status page hear it, the executives do not.
    const QString preview = composer.findChild<QTextBrowser *>(u"updatePreview"_s)->toPlainText();
    QVERIFY(preview.contains(u"incidents-chat"_s));
    QVERIFY(preview.contains(u"status-page"_s));
    QVERIFY(!preview.contains(u"executives"_s));
    QVERIFY(preview.contains(u"Update on Checkout down:"_s));

    QSignalSpy posted(&composer, &UpdateComposer::posted);
    f->clock.advance(300);
    QTest::mouseClick(composer.findChild<QPushButton *>(u"postUpdate"_s), Qt::LeftButton);
    QCOMPARE(posted.size(), 1);
    QVERIFY(message->toPlainText().isEmpty());
    const Incident after = f->service->incident(incident.id).value();
    QCOMPARE(after.status, IncidentStatus::Identified);
    QCOMPARE(after.lastUpdateAt, f->clock.now());
    // Queued for the two channels that hear it, beside the declaration's two.
    QCOMPARE(f->messaging->messageCount(OutboxMessage::State::Pending).value(), 4);
}

void tst_StatusUpdates::emptyMessageIsRefusedInWords()
{
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev2);
    UpdateComposer composer(incident.id, *f->service, *f->messaging, u"alice"_s);
    composer.show();
    QTest::mouseClick(composer.findChild<QPushButton *>(u"postUpdate"_s), Qt::LeftButton);
    QVERIFY(composer.findChild<QLabel *>(u"updateProblem"_s)->text().contains(u"message"_s));
    QVERIFY(composer.findChild<QTextBrowser *>(u"updatePreview"_s)
                    ->toPlainText()
                    .contains(u"No channel hears this update"_s));
    auto *status = composer.findChild<QComboBox *>(u"updateStatus"_s);
    status->setCurrentIndex(status->findData(int(IncidentStatus::Resolved)));
    QTest::keyClicks(composer.findChild<QPlainTextEdit *>(u"updateMessage"_s), u"All good"_s);
    QTest::mouseClick(composer.findChild<QPushButton *>(u"postUpdate"_s), Qt::LeftButton);
    QVERIFY(composer.findChild<QLabel *>(u"updateProblem"_s)->text().contains(u"Resolve"_s));
    QVERIFY(f->service->incident(incident.id).value().isOpen());
}

void tst_StatusUpdates::reminderTellsOncePerDueTime()
{
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev1);
    f->declare(u"Minor glitch"_s, Severity::Sev4);
    IncidentTableModel model(*f->service, f->clock);
    model.setIncidents(f->service->incidents(IncidentSelection::All).value());
    QLabel banner;
    UpdateReminder reminder(model, *f->service, banner);
    QSignalSpy reminded(&reminder, &UpdateReminder::reminded);
    reminder.check();
    QCOMPARE(reminded.size(), 0);
    QVERIFY(banner.isHidden());

    f->clock.advance(31 * 60); // SEV-1: every 30 minutes
    reminder.check();
    QCOMPARE(reminded.size(), 1);
    QCOMPARE(reminded.first().first().value<IncidentId>(), incident.id);
    QVERIFY(!banner.isHidden());
    QVERIFY(banner.text().contains(u"#%1 Checkout down"_s.arg(incident.id)));
    QVERIFY(!banner.text().contains(u"Minor glitch"_s)); // SEV-4: daily
    reminder.check();
    QCOMPARE(reminded.size(), 1); // once per due time

    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified, u"Found it."_s,
                                   u"alice"_s));
    reminder.check();
    QVERIFY(banner.isHidden());
    f->clock.advance(31 * 60);
    reminder.check();
    QCOMPARE(reminded.size(), 2); // the next due time passed too
}

// Many overdue at once: the banner names the few to update first (the most severe, then the
// longest overdue) and counts the rest, rather than a paragraph of every one.
void tst_StatusUpdates::bannerNamesTheMostSevereAndCountsTheRest()
{
    for (int i = 0; i < 6; ++i)
        f->declare(u"Minor %1"_s.arg(i), Severity::Sev3);
    f->clock.advance(60 * 60);
    const Incident sev2 = f->declare(u"Search slow"_s, Severity::Sev2);
    const Incident sev1 = f->declare(u"Checkout down"_s, Severity::Sev1);
    IncidentTableModel model(*f->service, f->clock);
    model.setIncidents(f->service->incidents(IncidentSelection::All).value());
    QLabel banner;
    UpdateReminder reminder(model, *f->service, banner);
    QSignalSpy reminded(&reminder, &UpdateReminder::reminded);
    QSignalSpy counts(&reminder, &UpdateReminder::countsChanged);
    f->clock.advance(5 * 24 * 60 * 60);
    reminder.check();

    QCOMPARE(reminded.size(), 1); // one reminder for all eight
    QCOMPARE(reminded.first().at(0).value<IncidentId>(), 0);
    QCOMPARE(reminded.first().at(1).toInt(), 8);
    QCOMPARE(counts.last().at(1).toInt(), 8);
    const QString text = banner.text();
    QVERIFY2(text.indexOf(u"Checkout down"_s) < text.indexOf(u"Search slow"_s), qPrintable(text));
    QVERIFY(text.indexOf(u"Search slow"_s) < text.indexOf(u"Minor"_s));
    QCOMPARE(text.count(u"<a href="_s), UpdateReminder::namedInBanner);
    QVERIFY2(text.contains(u" and 3 more. Post one"_s), qPrintable(text));
    QVERIFY(text.contains(u"incident:%1"_s.arg(sev1.id)));
    QVERIFY(text.contains(u"incident:%1"_s.arg(sev2.id)));
}

void tst_StatusUpdates::trayCountsUrgentAndOverdue()
{
    f->declare(u"Checkout down"_s, Severity::Sev1);
    f->declare(u"Search slow"_s, Severity::Sev2);
    f->declare(u"Minor glitch"_s, Severity::Sev4);
    IncidentTableModel model(*f->service, f->clock);
    model.setIncidents(f->service->incidents(IncidentSelection::All).value());
    QLabel banner;
    UpdateReminder reminder(model, *f->service, banner);
    QWidget window;
    TrayStatus tray(window);
    connect(&reminder, &UpdateReminder::countsChanged, &tray, &TrayStatus::show);
    QCOMPARE(tray.badge(), 0);
    reminder.check();
    QCOMPARE(tray.badge(), 2);
    QCOMPARE(tray.text(), u"Sitrep: 2 SEV-1/SEV-2 open, 0 updates overdue"_s);

    f->clock.advance(31 * 60); // the SEV-1's update is due every 30 minutes
    reminder.check();
    QCOMPARE(tray.text(), u"Sitrep: 2 SEV-1/SEV-2 open, 1 update overdue"_s);
    QCOMPARE(tray.badge(), 3);
    // The badge is drawn on the icon: red where the plain icon has none.
    const QImage badged = tray.icon().pixmap(32, 32).toImage();
    const QColor red = Tones::colour(Tone::Danger, ColourScheme::Light);
    QCOMPARE(badged.pixelColor(27, 27).rgb(), red.rgb());
}

void tst_StatusUpdates::overdueLineFollowsTheDesktopScheme()
{
    QApplication::setPalette(Appearance::palette(ColourScheme::Light));
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev1);
    f->clock.advance(31 * 60); // the SEV-1's update was due after 30 minutes
    UpdateComposer composer(incident.id, *f->service, *f->messaging, u"alice"_s);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *due = composer.findChild<QLabel *>(u"updateDue"_s);
    const QString lightRed = Tones::colour(Tone::Danger, ColourScheme::Light).name();
    const QString darkRed = Tones::colour(Tone::Danger, ColourScheme::Dark).name();
    QVERIFY2(due->text().contains(lightRed), qPrintable(due->text()));

    // The desktop turns dark: the line is drawn again at once, not at the next minute's tick.
    QApplication::setPalette(Appearance::palette(ColourScheme::Dark));
    QTRY_VERIFY2(due->text().contains(darkRed), qPrintable(due->text()));
    QVERIFY(due->text().startsWith(u"<span"_s));
    QApplication::setPalette(Appearance::palette(ColourScheme::Light));
    QTRY_VERIFY2(due->text().contains(lightRed), qPrintable(due->text()));
}

void tst_StatusUpdates::outboxPanelRetriesAndCancels()
{
    addChannel(u"incidents-chat"_s, Channel::Role::Chat);
    const Incident incident = f->declare(u"Checkout down"_s, Severity::Sev1);
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Identified, u"Found it."_s,
                                   u"alice"_s));
    OutboxView view(*f->messaging);
    QAbstractItemModelTester tester(&view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model().rowCount(), 2);
    // Newest first: the update, then the declaration.
    QCOMPARE(view.model().index(0, OutboxModel::MessageColumn).data().toString(),
             u"Update on Checkout down: Found it."_s);
    QCOMPARE(view.model().index(1, OutboxModel::StateColumn).data().toString(), u"pending"_s);

    auto *cancel = view.findChild<QPushButton *>(u"cancelMessage"_s);
    QVERIFY(!cancel->isEnabled());
    view.table()->selectRow(0);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(view.model().index(0, OutboxModel::StateColumn).data().toString(), u"cancelled"_s);
    QTest::mouseClick(view.findChild<QPushButton *>(u"retryNow"_s), Qt::LeftButton);
    QCOMPARE(view.model().index(0, OutboxModel::StateColumn).data().toString(), u"pending"_s);

    // A new message appears once the outbox is read again: inserted at the top, the selection
    // staying on the message that was chosen.
    QVERIFY(f->service->postUpdate(incident.id, IncidentStatus::Monitoring, u"Fixed."_s,
                                   u"alice"_s));
    QSignalSpy reset(&view.model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&view.model(), &QAbstractItemModel::rowsInserted);
    view.model().reloadSoon();
    QVERIFY(inserted.wait());
    QCOMPARE(view.model().rowCount(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(view.model().index(0, OutboxModel::MessageColumn).data().toString(),
             u"Update on Checkout down: Fixed."_s);
    const QModelIndexList selected = view.table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 1);
    QCOMPARE(selected.first().siblingAtColumn(OutboxModel::MessageColumn).data().toString(),
             u"Update on Checkout down: Found it."_s);
}

QTEST_MAIN(tst_StatusUpdates)
#include "tst_statusupdates.moc"
