#include "postmortemsview.h"

#include "actionitemdelegate.h"
#include "itemmodels/actionitemcolumns.h"
#include "itemmodels/actiontrackermodel.h"
#include "itemmodels/postmortemsduemodel.h"
#include "postmortemform.h"
#include "services/postmortemservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep {

PostmortemsView::PostmortemsView(PostmortemService &postmortems, IncidentService &incidents,
                                 QWidget *parent)
    : QWidget(parent),
      m_postmortems(postmortems),
      m_dueModel(new PostmortemsDueModel(postmortems, this)),
      m_trackerModel(new ActionTrackerModel(postmortems, this)),
      m_form(new PostmortemForm(postmortems, incidents, this))
{
    m_pages = new QTabWidget;
    m_pages->setAccessibleName(tr("Postmortem pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(createWritingPage(), tr("Postmortems due"));
    m_pages->addTab(createTrackerPage(), tr("Action items"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connect(m_pages, &QTabWidget::currentChanged, this, &PostmortemsView::updateTrackerLive);
    updateTrackerLive();

    connect(m_form, &PostmortemForm::statusMessage, this, &PostmortemsView::statusMessage);
    connect(m_dueModel, &PostmortemsDueModel::failed, this, &PostmortemsView::statusMessage);
    connect(m_trackerModel, &ActionTrackerModel::failed, this, &PostmortemsView::statusMessage);
    connect(&m_postmortems, &PostmortemService::leadsChanged, this, &PostmortemsView::reloadLeads);
    reloadLeads();
    refillOwners();
    if (m_dueModel->rowCount() > 0)
        m_due->selectRow(0);
}

QWidget *PostmortemsView::createWritingPage()
{
    m_due = new QTableView;
    m_due->setObjectName(QStringLiteral("postmortemsDue"));
    m_due->setAccessibleName(tr("Postmortems due"));
    m_due->setModel(m_dueModel);
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_due->setSelectionMode(QAbstractItemView::SingleSelection);
    m_due->verticalHeader()->hide();
    m_due->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_due->horizontalHeader()->setSectionResizeMode(PostmortemsDueModel::Title,
                                                    QHeaderView::Stretch);
    m_due->setWordWrap(false);
    // Enter on a postmortem due: write it.
    connect(m_due, &QTableView::activated, m_form, &PostmortemForm::startWriting);
    connect(m_due->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_form->load(current.data(PostmortemsDueModel::IncidentIdRole).toLongLong());
            });
    // The list reloads after every save; the open postmortem stays selected.
    connect(m_dueModel, &QAbstractItemModel::modelReset, this, [this] {
        // The first postmortem to arrive in an empty tab opens by itself.
        if (!m_form->editor().isLoaded() && m_dueModel->rowCount() > 0)
            return m_due->selectRow(0);
        const int row = m_dueModel->rowOf(m_form->editor().postmortem().incident);
        if (row >= 0) {
            const QSignalBlocker blocker(m_due->selectionModel());
            m_due->selectRow(row);
        }
    });

    auto *leadsRow = new QHBoxLayout;
    m_leads = new QLabel;
    m_leads->setObjectName(QStringLiteral("leads"));
    m_leads->setWordWrap(true);
    m_leads->setToolTip(tr("Invited to every review besides the incident's responders. "
                           "People with an e-mail address get the calendar invitation."));
    auto *changeLeads = new QPushButton(tr("Change…"));
    changeLeads->setObjectName(QStringLiteral("changeLeads"));
    changeLeads->setAccessibleName(tr("Change the review leads"));
    connect(changeLeads, &QPushButton::clicked, this, &PostmortemsView::leadsSettingsRequested);
    leadsRow->addWidget(m_leads, 1);
    leadsRow->addWidget(changeLeads);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_due, 1);
    leftLayout->addLayout(leadsRow);

    // Until a postmortem is chosen, the right side says where they come from.
    auto *empty = new QLabel(tr("No postmortem open. Resolving an incident opens its postmortem "
                                "in the list on the left; the board's Postmortem button opens "
                                "the one of any resolved incident."));
    empty->setObjectName(QStringLiteral("noPostmortem"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(24);
    auto *right = new QStackedWidget;
    right->addWidget(empty);
    right->addWidget(m_form);
    connect(&m_form->editor(), &PostmortemEditor::changed, right,
            [right, this] { right->setCurrentWidget(m_form); });

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 900});
    return splitter;
}

QWidget *PostmortemsView::createTrackerPage()
{
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    connect(m_owner, &QComboBox::activated, this,
            [this] { m_trackerModel->setOwner(m_owner->currentData().toString()); });
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Every status"), -1);
    using S = Postmortem::ActionItem::Status;
    for (S status : {S::Planned, S::InProgress, S::Done})
        m_status->addItem(ActionItemColumns::statusLabel(status), int(status));
    connect(m_status, &QComboBox::activated, this, [this] {
        const int status = m_status->currentData().toInt();
        m_trackerModel->setStatus(status < 0 ? std::nullopt : std::optional(S(status)));
    });
    m_overdue = new QCheckBox(tr("Overdue only"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    connect(m_overdue, &QCheckBox::toggled, m_trackerModel, &ActionTrackerModel::setOverdueOnly);
    connect(m_trackerModel, &QAbstractItemModel::modelReset, this, &PostmortemsView::refillOwners);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Owner:")));
    filters->addWidget(m_owner);
    filters->addWidget(new QLabel(tr("Status:")));
    filters->addWidget(m_status);
    filters->addWidget(m_overdue);
    filters->addStretch();

    m_tracker = new QTableView;
    m_tracker->setObjectName(QStringLiteral("actionTracker"));
    m_tracker->setModel(m_trackerModel);
    m_tracker->setItemDelegate(new ActionItemDelegate(m_tracker));
    m_tracker->verticalHeader()->hide();
    m_tracker->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tracker->horizontalHeader()->setSectionResizeMode(ActionTrackerModel::PostmortemColumn + 1,
                                                        QHeaderView::Stretch);
    m_tracker->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::SelectedClicked);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_tracker, 1);
    return page;
}

void PostmortemsView::refillOwners()
{
    const QString chosen = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    for (const QString &owner : m_trackerModel->owners())
        m_owner->addItem(u'@' + owner, owner);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(chosen)));
}

void PostmortemsView::openPostmortem(IncidentId incident)
{
    m_pages->setCurrentIndex(0);
    const int row = m_dueModel->rowOf(incident);
    if (row >= 0)
        m_due->selectRow(row);
    else
        m_form->load(incident);
}

void PostmortemsView::focusDueList()
{
    m_pages->setCurrentIndex(0);
    m_due->setFocus(Qt::ShortcutFocusReason);
}

void PostmortemsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTrackerLive();
}

void PostmortemsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTrackerLive();
}

void PostmortemsView::updateTrackerLive()
{
    m_trackerModel->setLive(isVisible() && m_pages->currentIndex() == 1);
}

void PostmortemsView::showTracker()
{
    m_pages->setCurrentIndex(1);
}

void PostmortemsView::reloadLeads()
{
    const Result<QStringList> leads = m_postmortems.leads();
    if (!leads) {
        Q_EMIT statusMessage(leads.error());
        return;
    }
    m_leads->setText(leads.value().isEmpty()
                             ? tr("No leads at every review: only the incident's responders "
                                  "are invited.")
                             : tr("Leads at every review: %1")
                                       .arg(leads.value().join(QStringLiteral(", "))));
}

} // namespace sitrep
