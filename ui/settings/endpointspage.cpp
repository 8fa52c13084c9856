#include "endpointspage.h"

#include "common/tonestyle.h"
#include "domain/clock.h"
#include "domain/durationtext.h"
#include "services/monitoringservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitrep {

EndpointsPage::EndpointsPage(MonitoringService &monitoring, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_monitoring(monitoring), m_clock(clock)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("endpointsTable"));
    m_table->setAccessibleName(tr("Monitoring endpoints"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("URL"), tr("Health")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, &EndpointsPage::removeSelected);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Alertmanager"), static_cast<int>(Endpoint::Kind::Alertmanager));
    m_kind->addItem(tr("Prometheus"), static_cast<int>(Endpoint::Kind::Prometheus));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("endpointName"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("endpointUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://alertmanager.example:9093"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("endpointAuth"));
    m_auth->addItem(tr("None"), static_cast<int>(Endpoint::Auth::None));
    m_auth->addItem(tr("Basic (username and password)"), static_cast<int>(Endpoint::Auth::Basic));
    m_auth->addItem(tr("Bearer token"), static_cast<int>(Endpoint::Auth::Bearer));
    m_username = new QLineEdit(this);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("endpointSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Kept in the system keychain only"));
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("Optional: a PEM file of extra CA certificates"));
    m_poll = new QSpinBox(this);
    m_poll->setRange(1, 3600);
    m_poll->setValue(15);
    m_poll->setSuffix(tr(" s"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 300);
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));
    const auto updateAuth = [this] {
        const auto auth = static_cast<Endpoint::Auth>(m_auth->currentData().toInt());
        m_username->setEnabled(auth == Endpoint::Auth::Basic);
        m_secret->setEnabled(auth != Endpoint::Auth::None);
    };
    connect(m_auth, &QComboBox::currentIndexChanged, this, updateAuth);
    updateAuth();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("endpointProblem"));
    m_problem->setWordWrap(true);
    ToneStyle::text(m_problem, Tone::Danger, true);
    m_problem->hide();
    m_save = new QPushButton(tr("Save endpoint"), this);
    m_save->setObjectName(QStringLiteral("saveEndpoint"));
    connect(m_save, &QPushButton::clicked, this, &EndpointsPage::save);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Base URL"), m_url);
    form->addRow(tr("Authentication"), m_auth);
    form->addRow(tr("Username"), m_username);
    form->addRow(tr("Token or password"), m_secret);
    form->addRow(tr("CA file"), m_caFile);
    form->addRow(tr("Poll every"), m_poll);
    form->addRow(tr("Request timeout"), m_timeout);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addWidget(remove, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tableRow);
    layout->addWidget(
            new QLabel(tr("Add or change an endpoint (the same name changes it):"), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(&monitoring, &MonitoringService::healthChanged, this, &EndpointsPage::refresh);
    refresh();
}

void EndpointsPage::refresh()
{
    const Result<QList<Endpoint>> endpoints = m_monitoring.endpoints();
    if (!endpoints)
        return showProblem(endpoints.error());
    m_table->setRowCount(int(endpoints.value().size()));
    const QDateTime now = m_clock.now();
    for (int row = 0; row < endpoints.value().size(); ++row) {
        const Endpoint &endpoint = endpoints.value().at(row);
        const Result<EndpointHealth> health = m_monitoring.health(endpoint.name);
        const QStringList cells {
                endpoint.name, endpointKindKey(endpoint.kind), endpoint.url.toString(),
                health ? health.value().describe(now, endpoint.pollInterval) : health.error()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void EndpointsPage::save()
{
    Endpoint endpoint;
    endpoint.kind = static_cast<Endpoint::Kind>(m_kind->currentData().toInt());
    endpoint.name = m_name->text().trimmed();
    endpoint.url = QUrl(m_url->text().trimmed());
    endpoint.auth = static_cast<Endpoint::Auth>(m_auth->currentData().toInt());
    endpoint.username = m_username->text().trimmed();
    endpoint.caFile = m_caFile->text().trimmed();
    endpoint.pollInterval = std::chrono::seconds(m_poll->value());
    endpoint.timeout = std::chrono::seconds(m_timeout->value());
    m_save->setEnabled(false);
    m_monitoring.addEndpoint(endpoint, m_secret->text(), [this](const QString &problem) {
        m_save->setEnabled(true);
        showProblem(problem);
        if (problem.isEmpty()) {
            m_secret->clear(); // not kept in the form once it is in the keychain
            refresh();
        }
        Q_EMIT finishedSaving(problem);
    });
}

void EndpointsPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_monitoring.removeEndpoint(m_table->item(row, 0)->text(), [this](const QString &problem) {
        showProblem(problem);
        refresh();
    });
}

void EndpointsPage::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace sitrep
