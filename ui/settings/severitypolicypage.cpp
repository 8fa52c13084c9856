#include "severitypolicypage.h"

#include "documentpage.h"
#include "severitylevelsform.h"

#include <QLayout>

namespace sitrep {

SeverityPolicyPage::SeverityPolicyPage(const ConfigDocument &document, QWidget *parent)
    : QTabWidget(parent),
      m_form(new SeverityLevelsForm(document, this)),
      m_file(new DocumentPage(
              document,
              tr("The same policy in the documented JSON format. Your file overrides what it "
                 "names; the rest stays as shipped."),
              this))
{
    setObjectName(QStringLiteral("severityPolicyTabs"));
    setAccessibleName(tr("Severity policy"));
    // Inside a tab's frame, not against it.
    for (QWidget *tab : {static_cast<QWidget *>(m_form), static_cast<QWidget *>(m_file)})
        tab->layout()->setContentsMargins(8, 8, 8, 8);
    addTab(m_form, tr("Levels"));
    addTab(m_file, tr("File", "the severity policy's file, as text"));
    connect(m_form, &SeverityLevelsForm::saved, m_file, [this](const QString &problem) {
        if (problem.isEmpty())
            m_file->revert();
    });
    connect(m_file, &DocumentPage::saved, m_form, [this](const QString &problem) {
        if (problem.isEmpty())
            m_form->revert();
    });
}

} // namespace sitrep
