#include "boardfilterbar.h"

#include "common/severitystyle.h"
#include "common/tonestyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace sitrep {

BoardFilterBar::BoardFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setAccessibleName(tr("Search incidents"));
    m_search->setPlaceholderText(tr("Search title, commander, service or #id"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    layout->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, this, &BoardFilterBar::emitFilter);

    for (Severity severity : allSeverities) {
        auto *button = new QToolButton(this);
        button->setText(severityCode(severity));
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolTip(tr("Show %1 incidents").arg(severityCode(severity)));
        // Checked: the badge itself; unchecked: the severity's colour as text on the window.
        ToneStyle::sheet(button, [severity](ColourScheme scheme) {
            return QStringLiteral("QToolButton { font-weight: bold; padding: 3px 8px;"
                                  " border: 2px solid %1; border-radius: 4px; color: %1; }"
                                  " QToolButton:checked { background: %2; color: %3;"
                                  " border-color: %2; }")
                    .arg(SeverityStyle::foreground(severity, scheme).name(),
                         SeverityStyle::background(severity).name(), SeverityStyle::text().name());
        });
        connect(button, &QToolButton::toggled, this, &BoardFilterBar::emitFilter);
        m_severityButtons << button;
        layout->addWidget(button);
    }

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->addItem(tr("Any status"), -1);
    for (IncidentStatus status : allStatuses)
        m_status->addItem(statusDisplayName(status), static_cast<int>(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, &BoardFilterBar::emitFilter);
    layout->addWidget(m_status);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("boardScope"));
    m_scope->addItem(tr("Open incidents"), static_cast<int>(BoardFilter::Scope::Open));
    m_scope->addItem(tr("Resolved incidents"), static_cast<int>(BoardFilter::Scope::Resolved));
    m_scope->addItem(tr("All incidents"), static_cast<int>(BoardFilter::Scope::All));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BoardFilterBar::emitFilter);
    connect(m_scope, &QComboBox::activated, this, [this] {
        Q_EMIT scopeChosen(static_cast<BoardFilter::Scope>(m_scope->currentData().toInt()));
    });
    layout->addWidget(m_scope);
}

void BoardFilterBar::setScope(BoardFilter::Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(scope)));
}

BoardFilter BoardFilterBar::filter() const
{
    BoardFilter filter;
    filter.text = m_search->text();
    filter.severities = 0;
    for (int i = 0; i < m_severityButtons.size(); ++i) {
        if (m_severityButtons.at(i)->isChecked())
            filter.severities |= 1u << i;
    }
    const int status = m_status->currentData().toInt();
    filter.statuses = status < 0 ? 0b1111u : 1u << status;
    filter.scope = static_cast<BoardFilter::Scope>(m_scope->currentData().toInt());
    return filter;
}

void BoardFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BoardFilterBar::emitFilter()
{
    Q_EMIT filterChanged(filter());
}

} // namespace sitrep
