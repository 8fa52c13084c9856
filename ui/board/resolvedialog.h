#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sitrep {

// Asks for what fixed the incident (required) and why it happened (optional). When the
// resolution checks have not been verified, it says so and asks why to resolve anyway.
class ResolveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResolveDialog(QWidget *parent = nullptr);
    // The checks are not verified (`state` says where they stand): an override reason is needed.
    void requireOverride(const QString &state);
    void accept() override;

Q_SIGNALS:
    // `overrideReason` is empty unless the checks were overridden.
    void resolutionGiven(const QString &resolution, const QString &rootCause,
                         const QString &overrideReason);

private:
    QPlainTextEdit *m_resolution;
    QLineEdit *m_rootCause;
    QLabel *m_checks;
    QLineEdit *m_override;
    QFormLayout *m_form;
    QLabel *m_problem;
};

} // namespace sitrep
