#pragma once

#include "itemmodels/tone.h"
#include "services/configdocument.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace sitrep {

// A Settings page that edits one configuration file as text: checked as it is typed (the
// problem in words with its line, the line marked), saved whole and put in force at once,
// reverted to the file, or reset to what Sitrep ships.
class DocumentPage : public QWidget
{
    Q_OBJECT
public:
    DocumentPage(ConfigDocument document, const QString &intro, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] QString problem() const;
    [[nodiscard]] const ConfigDocument &document() const { return m_document; }
    // Room under the buttons for what a page adds (the detection rules' preview).
    [[nodiscard]] QVBoxLayout *extras() const { return m_extras; }

    void save();
    void revert();
    void resetToDefaults();

Q_SIGNALS:
    // After every check of the text: `problem` is empty when it can be saved.
    void checked(const QString &problem);
    // `problem` is empty when the file was written and is in force.
    void saved(const QString &problem);

private:
    void check();
    // The problem, or `fine` in its tone when there is none.
    void showState(const QString &problem, const QString &fine, Tone fineTone);
    void showProblem(const QString &problem);
    void markLine(int line);

    ConfigDocument m_document;
    QPlainTextEdit *m_editor;
    QLabel *m_state;
    QPushButton *m_save;
    QVBoxLayout *m_extras;
    QTimer m_typing;
};

} // namespace sitrep
