#pragma once

#include "domain/severitypolicy.h"
#include "itemmodels/tone.h"
#include "services/configdocument.h"

#include <array>

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sitrep {

// The severity policy as a form: each level's name, criteria, response target and update
// cadence in its own fields, checked as typed with the problem beside the level. Saving
// writes only what differs from what Sitrep ships into the documented file, so the rest keeps
// following later releases and the interface's language, and puts it in force at once.
class SeverityLevelsForm : public QWidget
{
    Q_OBJECT
public:
    explicit SeverityLevelsForm(ConfigDocument document, QWidget *parent = nullptr);

    // The first problem in the form in words, or empty when it can be saved.
    [[nodiscard]] QString problem() const;

    void save();
    // Shows the file's levels again, dropping what was typed.
    void revert();
    // Shows what Sitrep ships; Save then removes the file.
    void resetToDefaults();

Q_SIGNALS:
    // After every check of the fields: `problem` is empty when they can be saved.
    void checked(const QString &problem);
    // `problem` is empty when the file was written and is in force.
    void saved(const QString &problem);

private:
    struct LevelFields
    {
        QLineEdit *name = nullptr;
        QPlainTextEdit *criteria = nullptr;
        QComboBox *response = nullptr;
        QLineEdit *within = nullptr;
        QLineEdit *cadence = nullptr;
        QLabel *problem = nullptr;
    };

    // The form as typed: the policy, and each level's problems in words.
    struct Typed
    {
        SeverityPolicy policy;
        std::array<QStringList, 4> problems;
        // The first problem, with its level ("SEV-2: …"), or empty.
        [[nodiscard]] QString first() const;
    };

    QWidget *levelBox(Severity severity);
    void show(const SeverityPolicy &policy);
    [[nodiscard]] SeverityLevel typed(Severity severity, QStringList *problems) const;
    [[nodiscard]] Typed typed() const;
    // Shows each level's problems and the form's state; the form as typed.
    Typed check();
    void showState(const QString &text, Tone tone);

    ConfigDocument m_document;
    // What Sitrep ships, as the interface shows it: what an unchanged field is compared with.
    SeverityPolicy m_shipped;
    std::array<LevelFields, 4> m_levels;
    QLabel *m_notice;
    QLabel *m_state;
    QPushButton *m_save;
    QTimer m_typing;
};

} // namespace sitrep
