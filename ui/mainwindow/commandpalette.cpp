#include "commandpalette.h"

#include "itemmodels/commandpalettemodel.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace sitrep {

namespace {

// "&Declare incident…" as a person reads it: "Declare incident".
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

} // namespace

CommandPalette::CommandPalette(const QList<QAction *> &actions, const IncidentTableModel &incidents,
                               QWidget *parent)
    : QDialog(parent),
      m_model(new CommandPaletteModel(incidents, this)),
      m_search(new QLineEdit(this)),
      m_list(new QTreeView(this))
{
    setWindowTitle(tr("Command palette"));
    QList<CommandPaletteModel::Action> offered;
    for (QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty() || !action->isEnabled())
            continue;
        m_actions << action;
        offered.append({plainText(action), action->shortcut().toString(QKeySequence::NativeText)});
    }
    m_model->setActions(offered);

    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Type an action, or an incident's number, title, service "
                                    "or commander"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Command palette search"));
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the search field
    m_list->setAccessibleName(tr("Matching actions and incidents"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(CommandPaletteModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CommandPaletteModel::DetailColumn,
                                           QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(640, 420);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setPattern(text);
        selectFirst();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_list, &QTreeView::activated, this, &CommandPalette::choose);
    selectFirst();
}

void CommandPalette::selectFirst()
{
    m_list->setCurrentIndex(m_model->index(0, CommandPaletteModel::NameColumn));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down, Page Up and Page Down move through the list while typing goes on.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QKeyEvent forwarded(QEvent::KeyPress, key, Qt::NoModifier);
            QCoreApplication::sendEvent(m_list, &forwarded);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const bool incident = current.data(CommandPaletteModel::IsIncidentRole).toBool();
    const qint64 key = current.data(CommandPaletteModel::KeyRole).toLongLong();
    accept();
    if (incident)
        Q_EMIT incidentChosen(key);
    else
        m_actions.at(int(key))->trigger();
}

} // namespace sitrep
