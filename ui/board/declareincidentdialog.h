#pragma once

#include "domain/incident.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sitrep {

class IncidentService;

// Declares an incident: title, severity (its criteria, response target and update cadence shown
// beside it), services, commander and impact. Problems are listed in words under the form and
// nothing is declared until there are none.
class DeclareIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    DeclareIncidentDialog(IncidentService &service, const QString &author,
                          QWidget *parent = nullptr);

    [[nodiscard]] IncidentId declaredId() const { return m_declaredId; }

    void accept() override;

Q_SIGNALS:
    void declared(sitrep::IncidentId id);

private:
    void showCriteria();
    void validate();

    IncidentService &m_service;
    QString m_author;
    IncidentId m_declaredId = 0;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QLabel *m_criteria;
    QLineEdit *m_services;
    QLineEdit *m_commander;
    QPlainTextEdit *m_impact;
    QSpinBox *m_affectedUsers;
    QDoubleSpinBox *m_revenue;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace sitrep
