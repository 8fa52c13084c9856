#include "domain/teamurl.h"
#include "incident/incidentworkspace.h"
#include "incident/updatecomposer.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/windowstate.h"
#include "settings/settingswindow.h"
#include "translations.h"
#include "windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Switching the language in Settings without a restart: the choice is taken when Settings
// closes, and the window built again in the new language keeps what the person had open, as
// the console's main() does it.
class tst_LanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void closingSettingsWithAnotherLanguageAsksForIt();
    void anotherPersonAtTheConsoleAsksForIt();
    void theWindowBuiltAgainSpeaksItAndKeepsTheWork();

private:
    // What main() does when the language is chosen.
    void speak(const QString &language);
    [[nodiscard]] QString menuTitles() const;
    [[nodiscard]] static SettingsContext settingsIn(const QString &language);

    WindowTest t;
    Incident first;
    Incident second;
};

void tst_LanguageSwitch::init()
{
    translations::switchTo(*QCoreApplication::instance(), u"en"_s);
    t.f = std::make_unique<BoardFixture>();
    first = t.f->declare(u"Checkout API returning 500s"_s, Severity::Sev1, {u"api"_s}, u"alice"_s);
    second = t.f->declare(u"Search latency"_s, Severity::Sev3, {u"search"_s}, u"bob"_s);
    QVERIFY(openWindow(*t.f, t.loader, t.window));
    t.window->offerSettings(settingsIn(u"en"_s));
}

SettingsContext tst_LanguageSwitch::settingsIn(const QString &language)
{
    SettingsContext settings;
    settings.preferences.language = language;
    settings.systemName = u"tester"_s; // the person the window was built for
    return settings;
}

void tst_LanguageSwitch::cleanup()
{
    t.closeWindow();
    translations::switchTo(*QCoreApplication::instance(), u"en"_s);
}

void tst_LanguageSwitch::speak(const QString &language)
{
    const MainWindowState state = MainWindowState::of(*t.window);
    translations::switchTo(*QCoreApplication::instance(), language);
    t.window.reset();
    t.loader.reset();
    QVERIFY(openWindow(*t.f, t.loader, t.window));
    t.window->offerSettings(settingsIn(language));
    state.restoreInto(*t.window);
}

QString tst_LanguageSwitch::menuTitles() const
{
    QStringList titles;
    for (const QAction *menu : t.window->menuBar()->actions())
        titles << menu->text();
    return titles.join(u' ');
}

void tst_LanguageSwitch::closingSettingsWithAnotherLanguageAsksForIt()
{
    QSignalSpy chosen(t.window.get(), &MainWindow::rebuildWanted);
    SettingsWindow *settings = t.window->showSettings(SettingsWindow::Page::General);
    auto *language = settings->findChild<QComboBox *>(u"language"_s);
    QVERIFY(language);
    language->setCurrentIndex(language->findData(u"de"_s));
    // Said beside the choice, and nothing asked while Settings is open (unsaved pages stay).
    bool noted = false;
    for (const QLabel *label : settings->findChildren<QLabel *>())
        noted = noted || (label->isVisible() && label->text().contains(u"close Settings"_s));
    QVERIFY(noted);
    QCOMPARE(chosen.count(), 0);
    settings->reject();
    QCOMPARE(chosen.count(), 1);

    // Closing Settings again without a change asks for nothing more.
    t.window->offerSettings(settingsIn(u"de"_s));
    t.window->showSettings(SettingsWindow::Page::General)->reject();
    QCOMPARE(chosen.count(), 1);
}

void tst_LanguageSwitch::anotherPersonAtTheConsoleAsksForIt()
{
    // The views keep who declares, acknowledges and takes a shift: a new name is a new window.
    QSignalSpy wanted(t.window.get(), &MainWindow::rebuildWanted);
    SettingsWindow *settings = t.window->showSettings(SettingsWindow::Page::General);
    auto *name = settings->findChild<QLineEdit *>(u"personName"_s);
    QVERIFY(name);
    name->setText(u"Erin Example"_s);
    Q_EMIT name->editingFinished();
    settings->reject();
    QCOMPARE(wanted.count(), 1);

    // Signed in to a team, the person is the team's login.
    SettingsContext team = settingsIn(u"en"_s);
    team.teamUrl = TeamUrl::parse(u"postgresql://carol@localhost/sitrep"_s).value();
    t.window->offerSettings(team);
    t.window->showSettings(SettingsWindow::Page::General)->reject();
    QCOMPARE(wanted.count(), 2);
    QCOMPARE(team.person(), u"carol"_s);
}

void tst_LanguageSwitch::theWindowBuiltAgainSpeaksItAndKeepsTheWork()
{
    QVERIFY(menuTitles().contains(u"&Incident"_s));
    QCOMPARE(t.window->tabs()->tabText(0), u"Board"_s);
    IncidentWorkspace *one = t.window->openWorkspace(first.id);
    IncidentWorkspace *two = t.window->openWorkspace(second.id);
    QVERIFY(one && two);
    one->findChild<QLineEdit *>(u"entryText"_s)->setText(u"rolled back 4.2.1"_s);
    QTest::keyClicks(two->findChild<QPlainTextEdit *>(u"updateMessage"_s),
                     u"Search is slow for some customers."_s);
    auto *status = two->findChild<QComboBox *>(u"updateStatus"_s);
    status->setCurrentIndex(status->findData(int(IncidentStatus::Identified)));
    t.window->tabs()->setCurrentWidget(one);
    const int current = t.window->tabs()->currentIndex();
    t.window->showWarnings({u"severity-levels.json: line 3 is not JSON"_s});

    speak(u"de"_s);

    QVERIFY2(menuTitles().contains(u"&Vorfall"_s), qPrintable(menuTitles()));
    QCOMPARE(t.window->tabs()->tabText(0), u"Übersicht"_s);
    const QList<IncidentWorkspace *> open = t.window->workspaces();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(0)->incidentId(), first.id);
    QCOMPARE(open.at(1)->incidentId(), second.id);
    QCOMPARE(t.window->tabs()->currentIndex(), current);
    QCOMPARE(open.at(0)->findChild<QLineEdit *>(u"entryText"_s)->text(), u"rolled back 4.2.1"_s);
    QCOMPARE(open.at(1)->findChild<QPlainTextEdit *>(u"updateMessage"_s)->toPlainText(),
             u"Search is slow for some customers."_s);
    QCOMPARE(open.at(1)->findChild<QComboBox *>(u"updateStatus"_s)->currentData().toInt(),
             int(IncidentStatus::Identified));
    // Still someone's unposted words: drafting, as the team sees it.
    QVERIFY(open.at(1)->composer().drafting());
    QVERIFY(!open.at(0)->composer().drafting());
    QCOMPARE(t.window->warnings(), QStringList {u"severity-levels.json: line 3 is not JSON"_s});

    speak(u"en"_s);
    QCOMPARE(t.window->tabs()->tabText(0), u"Board"_s);
    QCOMPARE(t.window->workspaces().size(), 2);
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
