#include "relatedincidentsedit.h"

#include "itemmodels/postmortemeditor.h"
#include "services/incidentservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep {

RelatedIncidentsEdit::RelatedIncidentsEdit(PostmortemEditor &editor, IncidentService &incidents,
                                           QWidget *parent)
    : QWidget(parent), m_editor(editor), m_incidents(incidents)
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("related"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6);
    m_list->setToolTip(tr("Tick the incidents with the same root cause: they count as "
                          "repeat incidents."));
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        const bool same = item->checkState() == Qt::Checked;
        m_editor.edit(tr("Same root cause"), [row, same](Postmortem &p) {
            if (row >= 0 && row < p.related.size())
                p.related[row].sameRootCause = same;
        });
    });
    m_picker = new QComboBox;
    m_picker->setObjectName(QStringLiteral("incidentPicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(30);
    auto *add = new QPushButton(tr("Add related"));
    add->setObjectName(QStringLiteral("addRelated"));
    connect(add, &QPushButton::clicked, this, &RelatedIncidentsEdit::addPicked);
    auto *remove = new QPushButton(tr("Remove"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0)
            m_editor.edit(tr("Remove related incident"),
                          [row](Postmortem &p) { p.related.removeAt(row); });
    });
    // A title changed or an incident declared elsewhere shows up in the picker.
    connect(&m_incidents, &IncidentService::incidentChanged, this,
            &RelatedIncidentsEdit::fillPicker);
    connect(&m_incidents, &IncidentService::incidentDeclared, this,
            &RelatedIncidentsEdit::fillPicker);

    auto *row = new QHBoxLayout;
    row->addWidget(m_picker, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
}

void RelatedIncidentsEdit::refresh()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Postmortem::Related &related : m_editor.postmortem().related) {
        const QString text = related.sameRootCause ? tr("%1: %2 (same root cause)") : tr("%1: %2");
        auto *item = new QListWidgetItem(
                text.arg(related.date.toString(Qt::ISODate), related.title), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(related.sameRootCause ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(related.sameRootCause ? tr("Same root cause: a repeat incident")
                                               : tr("Related, with another root cause"));
    }
}

void RelatedIncidentsEdit::fillPicker()
{
    if (!m_editor.isLoaded())
        return;
    const Result<QList<Incident>> latest = m_incidents.latestIncidents(pickable);
    m_picker->clear();
    if (!latest) {
        Q_EMIT problem(latest.error());
        return;
    }
    for (const Incident &incident : latest.value())
        if (incident.id != m_editor.postmortem().incident)
            m_picker->addItem(tr("%1 %2 — %3")
                                      .arg(incident.label(),
                                           incident.startedAt.toUTC().date().toString(Qt::ISODate),
                                           incident.title),
                              incident.id);
}

void RelatedIncidentsEdit::addPicked()
{
    const Result<Incident> incident = m_incidents.incident(m_picker->currentData().toLongLong());
    if (!incident) {
        Q_EMIT problem(incident.error());
        return;
    }
    const Postmortem::Related related = relatedIncident(incident.value(), false);
    m_editor.edit(tr("Add related incident"), [related](Postmortem &p) {
        if (!p.related.contains(related))
            p.related.append(related);
    });
}

} // namespace sitrep
