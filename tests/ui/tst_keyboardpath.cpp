#include "board/declareincidentdialog.h"
#include "board/resolvedialog.h"
#include "incident/incidentworkspace.h"
#include "postmortem/postmortemform.h"
#include "postmortem/postmortemsview.h"
#include "windowfixture.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The whole incident by keyboard, as a commander in a war room works: declare, note, tick,
// post, acknowledge, resolve, write the postmortem and export it. Every key goes to whatever
// has the keyboard focus, and each step checks the focus landed where the next keys belong.
class tst_KeyboardPath : public QObject, private WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void wholeIncidentWithoutTheMouse();

private:
    // The widget the next keys go to; the window when nothing has the focus.
    QWidget *focus() const
    {
        QWidget *widget = QApplication::focusWidget();
        return widget ? widget : window.get();
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), Qt::Key(key), modifiers);
    }
    void type(const QString &text) { QTest::keyClicks(focus(), text); }
    // A window manager gives the window under a closed dialog the keyboard back; offscreen Qt
    // has none, so the test does what one does.
    void dialogClosed()
    {
        QTRY_VERIFY(!QApplication::activeModalWidget());
        window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), window.get());
    }
    // The focused widget's object name, or its class where it has none: what a failed
    // comparison shows, and nothing while the focus is still on its way.
    [[nodiscard]] QString focusName() const
    {
        const QWidget *focused = focus();
        return focused->objectName().isEmpty()
                ? QString::fromLatin1(focused->metaObject()->className())
                : focused->objectName();
    }
    [[nodiscard]] Incident declared() const
    {
        return f->service->incidents(IncidentSelection::All).value().last();
    }
};

void tst_KeyboardPath::init()
{
    f = std::make_unique<BoardFixture>();
    QVERIFY(openWindow(*f, loader, window));
}

void tst_KeyboardPath::cleanup()
{
    closeWindow();
}

void tst_KeyboardPath::wholeIncidentWithoutTheMouse()
{
    window->activateWindow();
    // Declare: Ctrl+N, the title, Tab to the severity (SEV-2 is chosen), Enter.
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), u"title"_s);
    QVERIFY(qobject_cast<DeclareIncidentDialog *>(focus()->window()));
    type(u"Checkout API returning 500s"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(f->service->incidents(IncidentSelection::All).value().size(), 1);
    dialogClosed();
    const IncidentId id = declared().id;

    // The workspace is open with the keyboard in the timeline entry bar.
    QTRY_COMPARE(focusName(), u"entryText"_s);
    type(u"Rolled back release 2024.3"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(f->service->timeline(id).value().last().text, u"Rolled back release 2024.3"_s);

    // Alt+L: the checklist, on its first item; Space ticks it.
    press(Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(focusName(), u"checklistView"_s);
    press(Qt::Key_Space);
    QTRY_VERIFY(f->checklists->checklist(id).value().first().tick.has_value());

    // Alt+U: the update; Ctrl+Return posts it.
    press(Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(focusName(), u"updateMessage"_s);
    type(u"We rolled back the release; errors are falling."_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(std::ranges::any_of(f->service->timeline(id).value(), [](const auto &event) {
        return event.kind == TimelineKind::StatusUpdatePosted;
    }));

    // Ctrl+Shift+A acknowledges the incident the board has selected: the new one.
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(declared().acknowledgedAt.isValid());

    // Ctrl+Shift+R: the resolve dialog, the keyboard in what fixed it; Tab to the root cause;
    // Enter resolves.
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<ResolveDialog *>(focus()->window()));
    type(u"Rolled back release 2024.3"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"rootCause"_s);
    type(u"A config release without a canary"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY(!declared().isOpen());
    dialogClosed();
    QCOMPARE(declared().rootCause, u"A config release without a canary"_s);

    // Ctrl+Shift+P: the postmortems due; Enter writes the one selected.
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(focusName(), u"postmortemsDue"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(focusName(), u"title"_s);
    PostmortemForm &form = *window->postmortems()->form();
    QCOMPARE(form.editor().postmortem().incident, id);
    press(Qt::Key_End);
    type(u" at peak"_s);
    QTRY_COMPARE(f->postmortems->find(id).value()->postmortem.title,
                 u"Checkout API returning 500s at peak"_s);

    // Alt+X: the export menu; Enter on Markdown…; the file dialog takes a name and Enter.
    // The menu and the dialog each run their own event loop, so a timer answers them; its
    // keys are queued, as Qt does not fire a timer again while its handler runs, and the
    // dialog opens inside the menu's answer.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"postmortem.md"_s);
    QStringList answered;
    QTimer responder;
    connect(&responder, &QTimer::timeout, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            menu && !answered.contains(u"menu"_s)) {
            answered << u"menu"_s;
            QMetaObject::invokeMethod(
                    menu,
                    [menu] {
                        QTest::keyClick(menu, Qt::Key_Down);
                        QTest::keyClick(menu, Qt::Key_Return);
                    },
                    Qt::QueuedConnection);
        } else if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                   dialog && !answered.contains(u"dialog"_s)) {
            answered << u"dialog"_s;
            QMetaObject::invokeMethod(
                    dialog,
                    [&file] {
                        QWidget *name = QApplication::focusWidget();
                        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
                        QTest::keyClicks(name, file);
                        QTest::keyClick(name, Qt::Key_Return);
                    },
                    Qt::QueuedConnection);
        }
    });
    responder.start(20);
    press(Qt::Key_X, Qt::AltModifier);
    QTRY_VERIFY(QFile::exists(file));
    responder.stop();
    QCOMPARE(answered, (QStringList {u"menu"_s, u"dialog"_s}));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("Checkout API returning 500s at peak"));
}

QTEST_MAIN(tst_KeyboardPath)
#include "tst_keyboardpath.moc"
