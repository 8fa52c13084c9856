#include "alertsview.h"

#include "common/refreshwhenshown.h"
#include "common/tonestyle.h"
#include "domain/durationtext.h"
#include "itemmodels/alertfiltermodel.h"
#include "itemmodels/alerttablemodel.h"
#include "services/alertservice.h"
#include "services/incidentservice.h"
#include "services/monitoringservice.h"

#include <algorithm>

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep {

AlertsView::AlertsView(WorkspaceServices services, const QString &author, QWidget *parent)
    : QWidget(parent), m_services(services), m_author(author)
{
    m_model = new AlertTableModel(services.monitoring.alerts(), services.incidents.clock(), this);
    m_proxy = new AlertFilterModel(*m_model, this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("alertFilter"));
    m_filter->setAccessibleName(tr("Filter alerts"));
    m_filter->setPlaceholderText(tr("Filter alerts by name, label, state or incident"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AlertFilterModel::setNeedle);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Newest first, as the model keeps them, until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(AlertTableModel::LabelsColumn,
                                                      QHeaderView::Stretch);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    m_table->horizontalHeader()->resizeSection(AlertTableModel::NameColumn, em * 16);
    m_table->horizontalHeader()->resizeSection(AlertTableModel::FingerprintColumn, em * 11);

    const auto button = [this](const QString &text, const QString &name, Qt::Key key,
                               void (AlertsView::*slot)()) {
        auto *pushButton = new QPushButton(text, this);
        pushButton->setObjectName(name);
        connect(pushButton, &QPushButton::clicked, this, slot);
        // Keyboard-first: one letter while the table has focus.
        auto *action = new QAction(text, m_table);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        return pushButton;
    };
    auto *silence = button(tr("Silence… (S)"), QStringLiteral("silenceAlerts"), Qt::Key_S,
                           &AlertsView::silenceSelected);
    auto *attach = button(tr("Attach to incident… (A)"), QStringLiteral("attachAlerts"), Qt::Key_A,
                          &AlertsView::attachSelected);
    auto *open = button(tr("Open incident (O)"), QStringLiteral("openIncidentForAlerts"), Qt::Key_O,
                        &AlertsView::openIncidentForSelected);
    auto *expire = button(tr("Expire silence (E)"), QStringLiteral("expireSilences"), Qt::Key_E,
                          &AlertsView::expireSilencesOfSelected);

    m_summary = new QLabel(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("alertsProblem"));
    m_problem->setWordWrap(true);
    ToneStyle::text(m_problem, Tone::Danger, true);
    m_problem->hide();

    m_rule = new QLineEdit(this);
    m_rule->setObjectName(QStringLiteral("groupingRule"));
    m_rule->setAccessibleName(tr("Group alerts by labels"));
    m_rule->setText(services.monitoring.alerts().routing().groupBy.join(QStringLiteral(", ")));
    m_ruleResult = new QLabel(this);
    m_ruleResult->setObjectName(QStringLiteral("groupingRuleResult"));
    connect(m_rule, &QLineEdit::textChanged, this, &AlertsView::tryGroupingRule);
    m_ruleRetry = new RefreshWhenShown(this, [this] { tryGroupingRule(); });

    auto *useRule = new QPushButton(tr("Use this rule"), this);
    useRule->setObjectName(QStringLiteral("useGroupingRule"));
    useRule->setToolTip(tr("New alerts are grouped by these labels from now on; incidents "
                           "already open keep their alerts."));
    connect(useRule, &QPushButton::clicked, this, [this] {
        if (ruleLabels().isEmpty())
            return report(tr("Name at least one label to group by."), {});
        AlertRouting routing = m_services.monitoring.alerts().routing();
        routing.groupBy = ruleLabels();
        m_services.monitoring.alerts().setRouting(routing);
        tryGroupingRule();
        Q_EMIT groupingChosen(routing.groupBy);
        report({},
               tr("Alerts are grouped by %1 from now on.")
                       .arg(routing.groupBy.join(QStringLiteral(", "))));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(silence);
    top->addWidget(attach);
    top->addWidget(open);
    top->addWidget(expire);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(new QLabel(tr("Try grouping by:"), this));
    bottom->addWidget(m_rule);
    bottom->addWidget(m_ruleResult);
    bottom->addWidget(useRule);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("alertsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_connect = new QPushButton(tr("Connect…"), this);
    m_connect->setObjectName(QStringLiteral("connectAlertmanager"));
    m_connect->setToolTip(tr("Add an Alertmanager in Settings → Monitoring endpoints."));
    connect(m_connect, &QPushButton::clicked, this, &AlertsView::connectRequested);
    layout->addStretch(1);
    layout->addWidget(m_empty);
    layout->addWidget(m_connect, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    layout->addLayout(bottom);

    // The rule is tried again only when the set of alerts changes, not when rows change in
    // place, and only while the inbox is on screen.
    connect(m_model, &KeyedTableModel::rowSetChanged, this, [this] {
        m_summary->setText(m_model->summary());
        m_ruleRetry->request();
        showWhatFillsIt();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { m_summary->setText(m_model->summary()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertsView::showWhatFillsIt);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlertsView::showWhatFillsIt);
    m_summary->setText(m_model->summary());
    showWhatFillsIt();
    // The cached alerts are read, and the grouping rule tried on them, when the inbox is first
    // looked at: a storm's cache costs the console's start nothing.
    auto *firstRead = new RefreshWhenShown(this, [this] {
        if (const QString problem = m_model->reload(); !problem.isEmpty())
            report(problem, {});
    });
    firstRead->request();
    m_ruleRetry->request();
}

void AlertsView::showWhatFillsIt()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_connect->setVisible(false);
    if (!empty)
        return;
    const Result<QList<Endpoint>> endpoints = m_services.monitoring.endpoints();
    const bool connected = endpoints
            && std::any_of(endpoints.value().cbegin(), endpoints.value().cend(),
                           [](const Endpoint &endpoint) {
                               return endpoint.kind == Endpoint::Kind::Alertmanager;
                           });
    m_empty->setText(connected ? tr("No alerts: the connected Alertmanager reports none firing.")
                               : tr("No Alertmanager connected.\nConnect one (here or with "
                                    "\"sitrepctl endpoint add alertmanager NAME --url URL\"): its "
                                    "alerts appear here, and each new group of firing alerts opens "
                                    "an incident."));
    m_connect->setVisible(!connected);
}

QStringList AlertsView::selectedFingerprints() const
{
    // The inbox selects whole rows, and the selection model keeps its ranges apart: each range's
    // rows are read from the alerts themselves. Through selectedRows() and a QVariant per row,
    // 50,000 selected alerts took 31 ms (bench_alerts).
    QStringList fingerprints;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const int alertRow = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            fingerprints << m_model->alertAt(alertRow).alert.fingerprint;
        }
    }
    return fingerprints;
}

QStringList AlertsView::ruleLabels() const
{
    QStringList labels;
    for (const QString &label : m_rule->text().split(u',')) {
        if (!label.trimmed().isEmpty())
            labels << label.trimmed();
    }
    return labels;
}

void AlertsView::tryGroupingRule()
{
    // Counted on a worker; an answer for an older rule or alert set is dropped.
    const int asked = ++m_ruleAsked;
    m_services.monitoring.alerts().countGroups(
            this, ruleLabels(), [this, asked](Result<GroupCounts> counts) {
                if (asked != m_ruleAsked)
                    return;
                if (!counts)
                    m_ruleResult->setText(counts.error());
                else
                    m_ruleResult->setText(tr("this rule would give %n incident(s) instead of %1",
                                             nullptr, counts.value().tried)
                                                  .arg(counts.value().now));
                Q_EMIT groupingRuleTried();
            });
}

bool AlertsView::groupingRuleShown() const
{
    return !m_ruleResult->text().isEmpty();
}

void AlertsView::report(const QString &problem, const QString &success)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty() && !success.isEmpty())
        Q_EMIT statusMessage(success);
}

void AlertsView::silenceSelected()
{
    QSet<QString> groups;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        groups.insert(index.data(AlertTableModel::GroupKeyRole).toString());
    if (groups.isEmpty())
        return report(tr("Select the alerts to silence."), {});
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Silence %n alert group(s)", nullptr, int(groups.size())));
    auto *duration = new QLineEdit(QStringLiteral("2h"), &dialog);
    auto *comment = new QLineEdit(&dialog);
    comment->setPlaceholderText(tr("Why, for whoever sees the silence"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Duration"), duration);
    form->addRow(tr("Comment"), comment);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto length = parseDurationText(duration->text());
    if (!length)
        return report(tr("\"%1\" is not a duration such as 30m or 2h.").arg(duration->text()), {});
    for (const QString &group : std::as_const(groups)) {
        m_services.monitoring.silenceGroup(group, *length, comment->text(), m_author,
                                           [this, group](const QString &problem) {
                                               report(problem, tr("Silenced %1").arg(group));
                                           });
    }
}

QString AlertsView::attachSelectedTo(IncidentId incident)
{
    const Result<void> attached
            = m_services.monitoring.alerts().attach(selectedFingerprints(), incident, m_author);
    report(attached ? QString() : attached.error(),
           tr("Alerts attached to incident #%1").arg(incident));
    return attached ? QString() : attached.error();
}

void AlertsView::attachSelected()
{
    if (selectedFingerprints().isEmpty())
        return report(tr("Select the alerts to attach."), {});
    bool ok = false;
    const int incident = QInputDialog::getInt(this, tr("Attach alerts"), tr("Incident number:"), 1,
                                              1, std::numeric_limits<int>::max(), 1, &ok);
    if (ok)
        attachSelectedTo(incident);
}

void AlertsView::expireSilencesOfSelected()
{
    QSet<QString> ours;
    if (const Result<QList<Silence>> silences = m_services.monitoring.alerts().silences()) {
        for (const Silence &silence : silences.value()) {
            if (silence.state != u"expired")
                ours.insert(silence.id);
        }
    }
    QSet<QString> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const int row = m_model->rowOf(index.data(AlertTableModel::FingerprintRole).toString());
        for (const QString &id : m_model->alertAt(row).alert.silencedBy) {
            if (ours.contains(id))
                ids.insert(id);
        }
    }
    if (ids.isEmpty())
        return report(tr("Select alerts silenced from Sitrep to expire their silences."), {});
    for (const QString &id : std::as_const(ids)) {
        m_services.monitoring.expireSilence(id, [this, id](const QString &problem) {
            report(problem,
                   tr("Silence %1 expired; the alerts fire again at the next poll.").arg(id));
        });
    }
}

void AlertsView::openIncidentForSelected()
{
    const Result<Incident> opened
            = m_services.monitoring.alerts().openIncident(selectedFingerprints(), m_author);
    report(opened ? QString() : opened.error(), {});
    if (opened)
        Q_EMIT openIncident(opened.value().id);
}

} // namespace sitrep
