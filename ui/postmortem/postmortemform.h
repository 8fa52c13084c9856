#pragma once

#include "domain/incident.h"
#include "itemmodels/postmortemeditor.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;
class QToolButton;

namespace sitrep {

class IncidentService;
class PostmortemActionsModel;
class PostmortemFiles;
class PostmortemService;
class RelatedIncidentsEdit;

// The postmortem form: every section of the seed's template, saved by itself as you type,
// undoable across all fields, with what Complete still needs always in view; its files
// (Markdown and PDF, the review invitation, imports) through PostmortemFiles.
class PostmortemForm : public QWidget
{
    Q_OBJECT
public:
    // How a field's text becomes its part of the document, and back.
    template<typename Value> struct TextForm
    {
        Value (*parse)(const QString &);
        QString (*format)(const Value &);
    };

    PostmortemForm(PostmortemService &postmortems, IncidentService &incidents,
                   QWidget *parent = nullptr);
    ~PostmortemForm() override;

    // Opens the incident's postmortem; false (and the reason shown) when it cannot.
    bool load(IncidentId incident);
    [[nodiscard]] PostmortemEditor &editor() { return *m_editor; }
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }

    // Puts the keyboard in the first field, the title.
    void startWriting();

    // Exports, the review invitation and imports of what the form holds.
    [[nodiscard]] PostmortemFiles &files() { return *m_files; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createHeader();
    QWidget *createImpact();
    QWidget *createActionItems();
    // A section heading as in the template ("Root Cause").
    static QLabel *heading(const QString &text);
    QPlainTextEdit *longField(int lines, const QString &placeholder);
    // Binds a line or text edit to one part of the document both ways: edits become undoable
    // steps, and the widget shows the document again after undo, redo and loading, unless it
    // already says the same (so the cursor of the field being typed in never jumps).
    template<typename Edit, typename Value>
    void bind(Edit *edit, const QString &field, Value Postmortem::*member,
              const TextForm<Value> &form);
    void refresh();
    void refreshDurationHint();
    void showProblem(const QString &problem);
    void showNotice(const QString &notice);

    PostmortemService &m_postmortems;
    PostmortemEditor *m_editor;
    PostmortemActionsModel *m_actions;
    PostmortemFiles *m_files;
    QList<std::function<void()>> m_refreshers;
    QAction *m_undo;
    QAction *m_redo;
    QLabel *m_missing;
    QLabel *m_saveState;
    QLineEdit *m_title;
    QLineEdit *m_duration;
    QLineEdit *m_durationReason;
    QLabel *m_durationHint;
    QComboBox *m_status;
    QComboBox *m_severity;
    QDateEdit *m_date;
    QSpinBox *m_users;
    QDoubleSpinBox *m_share;
    QTableView *m_actionTable;
    RelatedIncidentsEdit *m_related;
};

} // namespace sitrep
