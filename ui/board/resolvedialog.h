#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sitrep {

// Asks for what fixed the incident (required) and why it happened (optional).
class ResolveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResolveDialog(QWidget *parent = nullptr);
    void accept() override;

Q_SIGNALS:
    void resolutionGiven(const QString &resolution, const QString &rootCause);

private:
    QPlainTextEdit *m_resolution;
    QLineEdit *m_rootCause;
    QLabel *m_problem;
};

} // namespace sitrep
