#include "reviewleadspage.h"

#include "common/tonestyle.h"
#include "services/postmortemservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sitrep {

ReviewLeadsPage::ReviewLeadsPage(PostmortemService &postmortems, QWidget *parent)
    : QWidget(parent),
      m_postmortems(postmortems),
      m_list(new QListWidget(this)),
      m_new(new QLineEdit(this)),
      m_status(new QLabel(this))
{
    auto *about = new QLabel(tr("Invited to every postmortem review besides the incident's "
                                "responders. Those with an e-mail address get the calendar "
                                "invitation. Changes apply to reviews scheduled from now on."),
                             this);
    about->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("reviewLeads"));
    m_list->setAccessibleName(tr("Review leads"));
    m_new->setObjectName(QStringLiteral("newLead"));
    m_new->setAccessibleName(tr("New review lead"));
    m_new->setPlaceholderText(tr("cto@example.com or a name"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addLead"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeLead"));
    m_status->setObjectName(QStringLiteral("leadsStatus"));
    m_status->setWordWrap(true);

    auto *adding = new QHBoxLayout;
    adding->addWidget(m_new, 1);
    adding->addWidget(add);
    adding->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(about);
    layout->addWidget(m_list, 1);
    layout->addLayout(adding);
    layout->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, &ReviewLeadsPage::add);
    connect(m_new, &QLineEdit::returnPressed, this, &ReviewLeadsPage::add);
    connect(remove, &QPushButton::clicked, this, &ReviewLeadsPage::removeSelected);
    // Changed elsewhere (sitrepctl, the team): shown at once.
    connect(&m_postmortems, &PostmortemService::leadsChanged, this, &ReviewLeadsPage::reload);
    reload();
}

QString ReviewLeadsPage::problemWith(const QString &lead, const QStringList &leads)
{
    const QString trimmed = lead.trimmed();
    if (trimmed.isEmpty())
        return tr("Type an e-mail address or a name first.");
    // The leads travel as one comma-separated list (sitrepctl postmortem leads --set).
    if (trimmed.contains(u','))
        return tr("One lead at a time: \"%1\" has a comma.").arg(trimmed);
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (trimmed.contains(u'@') && !address.match(trimmed).hasMatch())
        return tr("\"%1\" is not an e-mail address.").arg(trimmed);
    if (leads.contains(trimmed, Qt::CaseInsensitive))
        return tr("%1 is a lead already.").arg(trimmed);
    return {};
}

QStringList ReviewLeadsPage::leads() const
{
    QStringList leads;
    for (int row = 0; row < m_list->count(); ++row)
        leads << m_list->item(row)->text();
    return leads;
}

void ReviewLeadsPage::reload()
{
    const Result<QStringList> leads = m_postmortems.leads();
    if (!leads) {
        ToneStyle::text(m_status, Tone::Danger, true);
        m_status->setText(leads.error());
        return;
    }
    m_list->clear();
    m_list->addItems(leads.value());
}

void ReviewLeadsPage::add()
{
    const QString lead = m_new->text().trimmed();
    if (const QString problem = problemWith(lead, leads()); !problem.isEmpty()) {
        ToneStyle::text(m_status, Tone::Danger, true);
        m_status->setText(problem);
        return;
    }
    save(leads() << lead, tr("%1 is invited to every new review.").arg(lead));
    m_new->clear();
}

void ReviewLeadsPage::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString lead = item->text();
    QStringList remaining = leads();
    remaining.removeAll(lead);
    save(remaining, tr("%1 is no longer invited to new reviews.").arg(lead));
}

void ReviewLeadsPage::save(const QStringList &leads, const QString &done)
{
    const Result<void> saved = m_postmortems.setLeads(leads);
    ToneStyle::text(m_status, saved ? Tone::Success : Tone::Danger, !saved);
    m_status->setText(saved ? done : saved.error());
    // The list follows leadsChanged, sent once the change is committed: nothing to reload here.
}

} // namespace sitrep
