#include "../fixtures/prometheusfixture.h"
#include "../itemmodels/boardfixture.h"
#include "services/detectionrulesfile.h"
#include "services/policyloader.h"
#include "settings/detectionrulespage.h"
#include "settings/documentpage.h"
#include "settings/generalpage.h"
#include "settings/reviewleadspage.h"
#include "settings/runbookspage.h"
#include "settings/settingswindow.h"
#include "settings/severitylevelsform.h"
#include "settings/severitypolicypage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// Settings → Configure Sitrep… driven as a person would: the pages on the left, the person's
// preferences, the policy, checklists and rules files edited as text (checked as typed, saved
// whole, in force at once, back to the defaults), the rules previewed against the real
// Prometheus fixture without declaring anything, and the runbooks folder.
class tst_SettingsWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pagesAreListedAndShown();
    void preferencesAreAnnounced();
    void policyIsCheckedAsTypedAndInForceWhenSaved();
    void resettingRemovesTheFile();
    void policyFormWritesOnlyWhatChanged();
    void policyFormKeepsABadFileUntilSaved();
    void checklistsSavedAreInForce();
    void previewEvaluatesWithoutDeclaring();
    void previewWithoutPrometheusSaysSo();
    void shippedRunbookIsCopiedForEditing();
    void reviewLeadsAreAddedAndRemoved();

private:
    template<class Page> Page *open(SettingsWindow::Page page);
    void type(DocumentPage &page, const QString &text);

    std::unique_ptr<BoardFixture> f;
    SettingsContext m_context;
    std::unique_ptr<SettingsWindow> m_window;
};

void tst_SettingsWindow::init()
{
    f = std::make_unique<BoardFixture>();
    const QString folder = f->dir.path();
    m_context.files = {folder + u"/severity-levels.json"_s, folder + u"/checklists.json"_s,
                       folder + u"/detection.yaml"_s, folder + u"/runbooks"_s};
    m_context.preferences = {};
    m_context.systemName = u"Erin Example"_s;
    m_window = std::make_unique<SettingsWindow>(f->services(), m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SettingsWindow::cleanup()
{
    m_window.reset();
    f.reset();
}

template<class Page> Page *tst_SettingsWindow::open(SettingsWindow::Page page)
{
    m_window->showPage(page);
    auto *widget = qobject_cast<Page *>(m_window->pageWidget(page));
    if (widget && !widget->isVisible())
        return nullptr;
    return widget;
}

void tst_SettingsWindow::type(DocumentPage &page, const QString &text)
{
    // As typed: the check follows the edit once typing pauses.
    QSignalSpy checked(&page, &DocumentPage::checked);
    page.editor()->selectAll();
    page.editor()->insertPlainText(text);
    QVERIFY(checked.wait());
}

void tst_SettingsWindow::pagesAreListedAndShown()
{
    auto *list = m_window->findChild<QListWidget *>(u"settingsPages"_s);
    QStringList titles;
    for (int row = 0; row < list->count(); ++row)
        titles << list->item(row)->text();
    // No team page: this console was not offered one.
    QCOMPARE(titles,
             (QStringList {u"General"_s, u"Monitoring endpoints"_s, u"Channels"_s,
                           u"Severity policy"_s, u"Detection rules"_s, u"Response checklists"_s,
                           u"Runbooks"_s, u"Postmortem reviews"_s}));
    list->setCurrentRow(4);
    QCOMPARE(m_window->currentPage(), SettingsWindow::Page::DetectionRules);
    QVERIFY(m_window->pageWidget(SettingsWindow::Page::DetectionRules)->isVisible());
    QVERIFY(!m_window->pageWidget(SettingsWindow::Page::General)->isVisible());
}

void tst_SettingsWindow::preferencesAreAnnounced()
{
    auto *general = open<GeneralPage>(SettingsWindow::Page::General);
    QVERIFY(general);
    QSignalSpy changed(m_window.get(), &SettingsWindow::preferencesChanged);
    auto *name = general->findChild<QLineEdit *>(u"personName"_s);
    QCOMPARE(name->placeholderText(), u"Erin Example"_s);
    name->setFocus();
    QTest::keyClicks(name, u"Dana Commander"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().first().value<Preferences>().name, u"Dana Commander"_s);

    auto *scheme = general->findChild<QComboBox *>(u"colourScheme"_s);
    scheme->setCurrentIndex(scheme->findData(u"dark"_s));
    QCOMPARE(changed.last().first().value<Preferences>().colourScheme, u"dark"_s);
    auto *language = general->findChild<QComboBox *>(u"language"_s);
    language->setCurrentIndex(language->findData(u"de"_s));
    const Preferences chosen = changed.last().first().value<Preferences>();
    QCOMPARE(chosen, (Preferences {u"Dana Commander"_s, u"dark"_s, u"de"_s}));
    // The language waits for the next start, and says so.
    bool noted = false;
    for (QLabel *label : general->findChildren<QLabel *>())
        noted = noted || (label->isVisible() && label->text().contains(u"close Settings"_s));
    QVERIFY(noted);
}

void tst_SettingsWindow::policyIsCheckedAsTypedAndInForceWhenSaved()
{
    auto *tabs = open<SeverityPolicyPage>(SettingsWindow::Page::SeverityPolicy);
    QVERIFY(tabs);
    tabs->setCurrentWidget(tabs->file());
    DocumentPage *page = tabs->file();
    // Without a file, the shipped policy is the starting point.
    QVERIFY(page->editor()->toPlainText().contains(u"Complete service outage"_s));
    auto *save = page->findChild<QPushButton *>(u"saveDocument"_s);
    auto *state = page->findChild<QLabel *>(u"documentState"_s);

    type(*page,
         u"{ \"levels\": [ { \"severity\": \"SEV-2\",\n  \"update_every\": \"soon\" } ] }"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY2(state->text().contains(u"update_every"_s), qPrintable(state->text()));
    QVERIFY(!QFile::exists(m_context.files.severityPolicy));

    type(*page, u"{ \"levels\": [ { \"severity\": \"SEV-2\", \"update_every\": \"20m\" } ] }"_s);
    QVERIFY2(save->isEnabled(), qPrintable(state->text()));
    QSignalSpy saved(page, &DocumentPage::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), QString());
    QVERIFY(QFile::exists(m_context.files.severityPolicy));
    // In force at once; what the file does not name stays as shipped.
    QCOMPARE(f->service->policy().level(Severity::Sev2).updateCadence, std::chrono::minutes(20));
    QCOMPARE(f->service->policy().level(Severity::Sev1).updateCadence, std::chrono::minutes(30));
}

void tst_SettingsWindow::resettingRemovesTheFile()
{
    QFile file(m_context.files.severityPolicy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({ "levels": [ { "severity": "SEV-1", "update_every": "10m" } ] })");
    file.close();
    m_window = std::make_unique<SettingsWindow>(f->services(), m_context);
    m_window->show();
    auto *tabs = open<SeverityPolicyPage>(SettingsWindow::Page::SeverityPolicy);
    QVERIFY(tabs);
    DocumentPage *page = tabs->file();
    QVERIFY(page->editor()->toPlainText().contains(u"10m"_s));
    QTest::mouseClick(page->findChild<QPushButton *>(u"resetDocument"_s), Qt::LeftButton);
    QVERIFY(page->editor()->toPlainText().contains(u"Complete service outage"_s));
    QVERIFY(QFile::exists(m_context.files.severityPolicy)); // nothing happens before Save
    page->save();
    QVERIFY(!QFile::exists(m_context.files.severityPolicy));
    QCOMPARE(f->service->policy().level(Severity::Sev1).updateCadence, std::chrono::minutes(30));
}

// The policy as a form: the levels in fields, checked as typed beside the level, and a save
// that writes only the change, so the rest keeps following what Sitrep ships.
void tst_SettingsWindow::policyFormWritesOnlyWhatChanged()
{
    auto *tabs = open<SeverityPolicyPage>(SettingsWindow::Page::SeverityPolicy);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget(), tabs->form());
    SeverityLevelsForm *form = tabs->form();
    const auto field = [form](const QString &name) { return form->findChild<QLineEdit *>(name); };
    QCOMPARE(field(u"levelName1"_s)->text(), u"Critical"_s);
    QCOMPARE(form->findChild<QPlainTextEdit *>(u"levelCriteria1"_s)->toPlainText().split(u'\n'),
             QStringList({u"Complete service outage"_s, u"Data loss or corruption"_s,
                          u"Security breach"_s, u"Revenue impact >$10K/hour"_s}));
    QCOMPARE(form->findChild<QComboBox *>(u"levelResponse1"_s)->currentData().toString(),
             u"immediate"_s);
    QVERIFY(!field(u"levelWithin1"_s)->isVisible());
    QCOMPARE(field(u"levelWithin2"_s)->text(), u"15m"_s);
    QCOMPARE(field(u"levelCadence2"_s)->text(), u"1h"_s);
    QCOMPARE(form->findChild<QComboBox *>(u"levelResponse4"_s)->currentData().toString(),
             u"next-business-day"_s);
    auto *save = form->findChild<QPushButton *>(u"saveLevels"_s);
    auto *state = form->findChild<QLabel *>(u"levelsState"_s);
    QVERIFY(save->isEnabled());

    // Typed: a cadence that is not one is named beside its level, and nothing can be saved.
    QSignalSpy checked(form, &SeverityLevelsForm::checked);
    QLineEdit *cadence = field(u"levelCadence2"_s);
    cadence->selectAll();
    QTest::keyClicks(cadence, u"soon"_s);
    QVERIFY(checked.wait());
    auto *problem = form->findChild<QLabel *>(u"levelProblem2"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(u"Update every: \"soon\" is not a duration"_s),
             qPrintable(problem->text()));
    QVERIFY2(state->text().contains(u"SEV-2"_s), qPrintable(state->text()));
    QVERIFY(!save->isEnabled());
    QVERIFY(!form->findChild<QLabel *>(u"levelProblem1"_s)->isVisible());

    cadence->selectAll();
    QTest::keyClicks(cadence, u"20m"_s);
    QVERIFY(checked.wait());
    QVERIFY(!problem->isVisible());
    // SEV-3 is now answered at once.
    auto *response3 = form->findChild<QComboBox *>(u"levelResponse3"_s);
    response3->setCurrentIndex(response3->findData(u"immediate"_s));
    QVERIFY(!field(u"levelWithin3"_s)->isVisible());
    QVERIFY2(save->isEnabled(), qPrintable(state->text()));
    QSignalSpy saved(form, &SeverityLevelsForm::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), QString());
    QCOMPARE(state->text(), u"Saved and in force."_s);

    QFile file(m_context.files.severityPolicy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written,
             QByteArray("{\n  \"levels\": [\n    {\n      \"severity\": \"SEV-2\",\n"
                        "      \"update_every\": \"20m\"\n    },\n    {\n"
                        "      \"severity\": \"SEV-3\",\n      \"response\": "
                        "\"immediate\"\n    }\n  ]\n}\n"));
    QCOMPARE(f->service->policy().level(Severity::Sev2).updateCadence, std::chrono::minutes(20));
    QCOMPARE(f->service->policy().level(Severity::Sev3).response.kind,
             ResponseTarget::Kind::Immediate);
    QCOMPARE(f->service->policy().level(Severity::Sev1).name, u"Critical"_s);
    // The File tab shows what was written.
    QCOMPARE(tabs->file()->editor()->toPlainText().toUtf8(), written);

    // Saved from the File tab, the form shows it.
    tabs->setCurrentWidget(tabs->file());
    type(*tabs->file(), u"{ \"levels\": [ { \"severity\": \"SEV-1\", \"name\": \"Outage\" } ] }"_s);
    tabs->file()->save();
    QCOMPARE(field(u"levelName1"_s)->text(), u"Outage"_s);
    QCOMPARE(field(u"levelCadence2"_s)->text(), u"1h"_s);

    // Back to what ships: Save removes the file.
    tabs->setCurrentWidget(form);
    QTest::mouseClick(form->findChild<QPushButton *>(u"resetLevels"_s), Qt::LeftButton);
    QCOMPARE(field(u"levelName1"_s)->text(), u"Critical"_s);
    QVERIFY(QFile::exists(m_context.files.severityPolicy)); // nothing happens before Save
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!QFile::exists(m_context.files.severityPolicy));
    QCOMPARE(f->service->policy().level(Severity::Sev1).name, u"Critical"_s);
}

// A hand-edited file that cannot be read is not overwritten by surprise: the form says what is
// wrong with it and that saving replaces it, and the text stays on the File tab to mend.
void tst_SettingsWindow::policyFormKeepsABadFileUntilSaved()
{
    const QByteArray broken = R"({ "levels": [ { "severity": "SEV-9" } ] })";
    QFile file(m_context.files.severityPolicy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();
    m_window = std::make_unique<SettingsWindow>(f->services(), m_context);
    m_window->show();
    auto *tabs = open<SeverityPolicyPage>(SettingsWindow::Page::SeverityPolicy);
    QVERIFY(tabs);
    auto *notice = tabs->form()->findChild<QLabel *>(u"levelsNotice"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(
                     u"%1:1: severity: \"SEV-9\""_s.arg(m_context.files.severityPolicy)),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(u"saving replaces the file"_s));
    QCOMPARE(tabs->form()->findChild<QLineEdit *>(u"levelName1"_s)->text(), u"Critical"_s);
    QCOMPARE(tabs->file()->editor()->toPlainText().toUtf8(), broken);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
    file.close();

    QLineEdit *name = tabs->form()->findChild<QLineEdit *>(u"levelName4"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Minor"_s);
    tabs->form()->save();
    QVERIFY(!notice->isVisible());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"name\": \"Minor\""));
    QCOMPARE(f->service->policy().level(Severity::Sev4).name, u"Minor"_s);
}

void tst_SettingsWindow::checklistsSavedAreInForce()
{
    auto *page = open<DocumentPage>(SettingsWindow::Page::Checklists);
    QVERIFY(page);
    QVERIFY(page->editor()->toPlainText().contains(u"Acknowledge incident in PagerDuty"_s));
    type(*page, u"{ \"phases\": 3 }"_s);
    QVERIFY(!page->findChild<QPushButton *>(u"saveDocument"_s)->isEnabled());
    const QString shipped = QString::fromUtf8(page->document().defaults());
    const QString renamed = QString(shipped).replace(u"Acknowledge incident in PagerDuty"_s,
                                                     u"Acknowledge the page"_s);
    QVERIFY2(renamed != shipped, "the shipped checklist has no item to rename");
    page->editor()->setPlainText(renamed);
    page->save();
    QVERIFY(QFile::exists(m_context.files.checklists));
    QCOMPARE(f->checklists->checklistTemplate().items().first().text, u"Acknowledge the page"_s);
}

void tst_SettingsWindow::previewEvaluatesWithoutDeclaring()
{
    const Endpoint endpoint = prometheus_fixture::endpoint();
    QVERIFY2(!endpoint.url.isEmpty(), "the prometheus fixture did not start");
    const auto added = prometheus_fixture::await<QString>(
            [&](auto done) { f->monitoring->addEndpoint(endpoint, {}, done); });
    QCOMPARE(added, std::optional(QString()));
    f->clock.setNow(prometheus_fixture::scenario(2, 10));

    auto *page = open<DetectionRulesPage>(SettingsWindow::Page::DetectionRules);
    QVERIFY(page);
    // Without a file, the seed's rules in the documented format; they read back the same.
    const Result<DetectionRulesFile> seed = DetectionRulesFile::parse(
            page->document()->editor()->toPlainText().toUtf8(), u"detection.yaml"_s);
    QVERIFY2(seed, qPrintable(seed ? QString() : seed.error()));
    QCOMPARE(seed.value().rules.size(), 3);
    QCOMPARE(seed.value().rules.first().threshold, 0.05);

    type(*page->document(),
         u"rules:\n"
         "  - { name: always-one, title: One, severity: SEV-3, query: vector(1), op: \">\", "
         "threshold: 0 }\n"
         "  - { name: always-zero, title: Zero, severity: SEV-3, query: vector(0), op: \">\", threshold: 0.5 }\n"_s);
    QSignalSpy previewed(page, &DetectionRulesPage::previewed);
    QTest::mouseClick(page->findChild<QPushButton *>(u"previewRules"_s), Qt::LeftButton);
    QVERIFY(previewed.wait());
    QCOMPARE(previewed.first().first().toString(), QString());
    QTableWidget *results = page->results();
    QCOMPARE(results->rowCount(), 2);
    QCOMPARE(results->item(0, 0)->text(), u"always-one"_s);
    QCOMPARE(results->item(0, 1)->text(), u"1"_s);
    QCOMPARE(results->item(0, 3)->text(), u"would fire"_s);
    QCOMPARE(results->item(1, 3)->text(), u"quiet"_s);
    // Nothing declared, nothing saved.
    QCOMPARE(f->service->latestIncidents(10).value().size(), 0);
    QVERIFY(!QFile::exists(m_context.files.detectionRules));
}

void tst_SettingsWindow::previewWithoutPrometheusSaysSo()
{
    auto *page = open<DetectionRulesPage>(SettingsWindow::Page::DetectionRules);
    QVERIFY(page);
    QSignalSpy previewed(page, &DetectionRulesPage::previewed);
    page->preview();
    if (previewed.isEmpty())
        QVERIFY(previewed.wait());
    QVERIFY2(previewed.first().first().toString().contains(u"no Prometheus"_s),
             qPrintable(previewed.first().first().toString()));
}

void tst_SettingsWindow::shippedRunbookIsCopiedForEditing()
{
    f->runbooks = RunbookLibrary::load(m_context.files.runbooks);
    auto *page = open<RunbooksPage>(SettingsWindow::Page::Runbooks);
    QVERIFY(page);
    page->refresh();
    auto *table = page->findChild<QTableWidget *>(u"runbookList"_s);
    QVERIFY(table->rowCount() > 0);
    QCOMPARE(table->item(0, 2)->text(), u"shipped"_s);
    QString path;
    QCOMPARE(page->editableCopy(0, &path), QString());
    QVERIFY(path.startsWith(m_context.files.runbooks));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::ReadWrite)); // writable, unlike the resource
    copy.close();
    // Read again, the copy replaces the shipped runbook.
    f->runbooks = RunbookLibrary::load(m_context.files.runbooks);
    page->refresh();
    QCOMPARE(table->item(0, 2)->text(), u"yours"_s);
    QCOMPARE(page->editableCopy(99, &path), u"Pick a runbook first."_s);
}

void tst_SettingsWindow::reviewLeadsAreAddedAndRemoved()
{
    auto *page = open<ReviewLeadsPage>(SettingsWindow::Page::ReviewLeads);
    QVERIFY(page);
    auto *list = page->findChild<QListWidget *>(u"reviewLeads"_s);
    auto *lead = page->findChild<QLineEdit *>(u"newLead"_s);
    auto *status = page->findChild<QLabel *>(u"leadsStatus"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"engineering-leads@example.com"_s);

    // Not an address, a comma, one already there: refused in words, nothing saved.
    for (const auto &[typed, said] : {std::pair {u"cto@example"_s, u"not an e-mail address"_s},
                                      {u"Doe, Jane"_s, u"One lead at a time"_s},
                                      {u"Engineering-Leads@example.com"_s, u"a lead already"_s}}) {
        lead->setText(typed);
        QTest::keyClick(lead, Qt::Key_Return);
        QVERIFY2(status->text().contains(said), qPrintable(status->text()));
        QCOMPARE(f->postmortems->leads().value().size(), 1);
    }

    lead->clear();
    QTest::keyClicks(lead, u"cto@example.com"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"addLead"_s), Qt::LeftButton);
    QCOMPARE(f->postmortems->leads().value(),
             (QStringList {u"engineering-leads@example.com"_s, u"cto@example.com"_s}));
    QVERIFY(lead->text().isEmpty());
    QVERIFY(status->text().contains(u"cto@example.com is invited"_s));

    list->setCurrentRow(0);
    QTest::mouseClick(page->findChild<QPushButton *>(u"removeLead"_s), Qt::LeftButton);
    QCOMPARE(f->postmortems->leads().value(), QStringList {u"cto@example.com"_s});
    QCOMPARE(list->count(), 1);

    // Changed elsewhere (sitrepctl, the team): the page follows.
    QVERIFY(f->postmortems->setLeads({u"sre@example.com"_s, u"Dana"_s}));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->text(), u"Dana"_s);
}

QTEST_MAIN(tst_SettingsWindow)
#include "tst_settingswindow.moc"
