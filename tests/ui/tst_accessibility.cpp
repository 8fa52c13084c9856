#include "board/boardview.h"
#include "board/declareincidentdialog.h"
#include "board/resolvedialog.h"
#include "incident/incidentworkspace.h"
#include "itemmodels/incidenttablemodel.h"
#include "itemmodels/timelinemodel.h"
#include "mainwindow/commandpalette.h"
#include "settings/settingswindow.h"
#include "windowfixture.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>

using namespace sitrep;
using namespace Qt::StringLiterals;

// A screen reader names what has the keyboard. Every control a person can tab to, on every
// view of the console, in the workspace and in the declare dialog, has an accessible name,
// from its text, its label (a buddy) or an accessible name given in the code.
class tst_Accessibility : public QObject, private WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyViewNamesItsControls();
    void workspaceNamesItsControls();
    void declareDialogNamesItsControls();
    void resolveDialogNamesItsControls();
    void commandPaletteNamesItsControls();
    void settingsNameItsControls();
    void paintedCellsSpeakTheirText();

private:
    // The text a screen reader hears for a view's cell.
    static QString cellText(QWidget *view, int row, int column, QAccessible::Text text)
    {
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QAccessibleInterface *cell = table && table->tableInterface()
                ? table->tableInterface()->cellAt(row, column)
                : nullptr;
        return cell ? cell->text(text) : u"(no cell)"_s;
    }

    static QStringList namelessControls(QWidget *root);
    // Each control on a line of its own: QTest cuts long messages short.
    static void reportNameless(const QStringList &nameless)
    {
        for (const QString &control : nameless)
            qWarning("no accessible name: %s", qPrintable(control));
        QVERIFY2(nameless.isEmpty(),
                 qPrintable(u"%1 controls without a name (listed above)"_s.arg(nameless.size())));
    }
};

void tst_Accessibility::init()
{
    f = std::make_unique<BoardFixture>();
    f->declare(u"Checkout API returning 500s"_s, Severity::Sev1, {u"checkout"_s}, u"alice"_s);
    QVERIFY(openWindow(*f, loader, window, {1280, 800}));
}

void tst_Accessibility::cleanup()
{
    closeWindow();
}

QStringList tst_Accessibility::namelessControls(QWidget *root)
{
    QStringList nameless;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // The editor inside a combo box or spin box, and a view's viewport, speak through
        // their owner.
        QWidget *owner = widget->parentWidget();
        if (qobject_cast<QComboBox *>(owner) || qobject_cast<QAbstractSpinBox *>(owner))
            continue;
        if (auto *area = qobject_cast<QAbstractScrollArea *>(owner);
            area && area->viewport() == widget)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        nameless << u"%1 \"%2\" in %3"_s.arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                owner ? QString::fromLatin1(owner->metaObject()->className()) : QString());
    }
    return nameless;
}

void tst_Accessibility::everyViewNamesItsControls()
{
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList nameless;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        for (const QString &control : namelessControls(window.get()))
            nameless << tabs->tabText(i) + u": "_s + control;
    }
    nameless.removeDuplicates();
    reportNameless(nameless);
}

void tst_Accessibility::workspaceNamesItsControls()
{
    IncidentWorkspace *workspace = window->openWorkspace(1);
    QVERIFY(workspace);
    const auto tabs = workspace->findChildren<QTabWidget *>();
    QVERIFY(!tabs.isEmpty());
    QStringList nameless;
    for (QTabWidget *inner : tabs) {
        for (int i = 0; i < inner->count(); ++i) {
            inner->setCurrentIndex(i);
            nameless << namelessControls(workspace);
        }
    }
    nameless.removeDuplicates();
    reportNameless(nameless);
}

void tst_Accessibility::declareDialogNamesItsControls()
{
    QAction *declare = window->findChild<QAction *>(u"declareAction"_s);
    QVERIFY(declare);
    declare->trigger();
    DeclareIncidentDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = window->findChild<DeclareIncidentDialog *>();
        return dialog && dialog->isVisible();
    }));
    const QStringList nameless = namelessControls(dialog);
    dialog->reject();
    reportNameless(nameless);
}

void tst_Accessibility::resolveDialogNamesItsControls()
{
    ResolveDialog dialog(window.get());
    dialog.requireOverride(u"2 of 3 checks hold"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    reportNameless(namelessControls(&dialog));
}

void tst_Accessibility::commandPaletteNamesItsControls()
{
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        palette = window->findChild<CommandPalette *>();
        return palette && palette->isVisible();
    }));
    QTest::keyClicks(palette->focusWidget(), u"check"_s);
    const QStringList nameless = namelessControls(palette);
    palette->close();
    reportNameless(nameless);
}

void tst_Accessibility::settingsNameItsControls()
{
    // Ctrl+Shift+, as in KDE's applications.
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier | Qt::ShiftModifier);
    SettingsWindow *settings = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        settings = window->findChild<SettingsWindow *>();
        return settings && settings->isVisible();
    }));
    auto *pages = settings->findChild<QListWidget *>(u"settingsPages"_s);
    QStringList nameless;
    for (int row = 0; row < pages->count(); ++row) {
        pages->setCurrentRow(row);
        for (const QString &control : namelessControls(settings))
            nameless << pages->item(row)->text() + u": "_s + control;
    }
    settings->reject();
    nameless.removeDuplicates();
    reportNameless(nameless);
}

// What the badges, dots, red rows, bold and struck-through timeline rows show in colour and
// type is read out as words.
void tst_Accessibility::paintedCellsSpeakTheirText()
{
    auto *board = window->findChild<QTableView *>(u"boardTable"_s);
    QVERIFY(board);
    QCOMPARE(cellText(board, 0, IncidentTableModel::SeverityColumn, QAccessible::Name), u"SEV-1"_s);
    QCOMPARE(cellText(board, 0, IncidentTableModel::StatusColumn, QAccessible::Name),
             u"Investigating"_s);
    QCOMPARE(cellText(board, 0, IncidentTableModel::TitleColumn, QAccessible::Description),
             QString());
    // Two hours without an update: the red row says so.
    f->clock.setNow(f->clock.now().addSecs(2 * 3600));
    QCOMPARE(cellText(board, 0, IncidentTableModel::TitleColumn, QAccessible::Description),
             u"Update overdue"_s);

    auto key = f->timeline->add(1, TimelineKind::Note, u"Rolled back"_s, {}, true, u"bob"_s);
    QVERIFY(key);
    auto gone = f->timeline->add(1, TimelineKind::Note, u"Typo"_s, {}, false, u"bob"_s);
    QVERIFY(gone);
    QVERIFY(f->timeline->remove(gone.value().id));
    IncidentWorkspace *workspace = window->openWorkspace(1);
    QVERIFY(workspace);
    auto *timeline = workspace->findChild<QTableView *>(u"timelineView"_s);
    QVERIFY(timeline);
    // Deleted rows show only when asked.
    auto *showDeleted = workspace->findChild<QCheckBox *>(u"showDeleted"_s);
    QVERIFY(showDeleted);
    showDeleted->setChecked(true);
    QTRY_VERIFY(!workspace->timelineModel().isLoading());
    QStringList descriptions;
    for (int row = 0; row < timeline->model()->rowCount(); ++row)
        descriptions << cellText(timeline, row, TimelineModel::TextColumn, QAccessible::Name)
                        + u": "_s
                        + cellText(timeline, row, TimelineModel::TextColumn,
                                   QAccessible::Description);
    QVERIFY2(descriptions.contains(u"Rolled back: Key event"_s),
             qPrintable(descriptions.join(u'|')));
    QVERIFY2(descriptions.contains(u"Typo: Deleted"_s), qPrintable(descriptions.join(u'|')));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
