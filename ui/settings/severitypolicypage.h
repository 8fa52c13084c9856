#pragma once

#include "services/configdocument.h"

#include <QTabWidget>

namespace sitrep {

class DocumentPage;
class SeverityLevelsForm;

// Settings, page Severity policy: the levels as a form, and the same file as text on a second
// tab for those who prefer it (or must mend a hand-edited file). Whichever saves, the other
// shows the saved file.
class SeverityPolicyPage : public QTabWidget
{
    Q_OBJECT
public:
    explicit SeverityPolicyPage(const ConfigDocument &document, QWidget *parent = nullptr);

    [[nodiscard]] SeverityLevelsForm *form() const { return m_form; }
    [[nodiscard]] DocumentPage *file() const { return m_file; }

private:
    SeverityLevelsForm *m_form;
    DocumentPage *m_file;
};

} // namespace sitrep
