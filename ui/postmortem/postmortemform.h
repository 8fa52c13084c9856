#pragma once

#include "domain/incident.h"
#include "itemmodels/postmortemeditor.h"
#include "services/postmortempdf.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableView;
class QToolButton;

namespace sitrep {

class IncidentService;
class PostmortemActionsModel;
class PostmortemService;

// The postmortem form: every section of the seed's template, saved by itself as you type,
// undoable across all fields, with what Complete still needs always in view. Exports to
// Markdown and PDF and writes the review invitation.
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

    // Opens the incident's postmortem; false (and the reason shown) when it cannot.
    bool load(IncidentId incident);
    [[nodiscard]] PostmortemEditor &editor() { return *m_editor; }
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }

    // Each returns the problem in words, empty when the file was written.
    [[nodiscard]] QString exportMarkdown(const QString &file);
    // Typeset on a worker (it takes longer than a frame); pdfWritten() tells how it went.
    void exportPdf(const QString &file, PostmortemPdf::Paper paper);
    [[nodiscard]] QString saveInvite(const QString &file);
    // Replaces the form's content with a Markdown postmortem in the template's shape, as one
    // undoable step; what could not be placed is shown. Returns the problem, empty when read.
    [[nodiscard]] QString importMarkdown(const QString &file);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The problem in words, empty when the PDF was written.
    void pdfWritten(const QString &file, const QString &problem);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createHeader();
    QWidget *createImpact();
    QWidget *createActionItems();
    QWidget *createRelated();
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
    void refreshRelated();
    void fillIncidentPicker();
    void addRelated();
    void chooseExport(const QString &kind);
    void showProblem(const QString &problem);
    void reportWritten(const QString &file, const QString &problem);

    PostmortemService &m_postmortems;
    IncidentService &m_incidents;
    PostmortemEditor *m_editor;
    PostmortemActionsModel *m_actions;
    QList<std::function<void()>> m_refreshers;
    QAction *m_undo;
    QAction *m_redo;
    QLabel *m_missing;
    QLabel *m_saveState;
    QLineEdit *m_duration;
    QLineEdit *m_durationReason;
    QLabel *m_durationHint;
    QComboBox *m_status;
    QComboBox *m_severity;
    QDateEdit *m_date;
    QSpinBox *m_users;
    QDoubleSpinBox *m_share;
    QTableView *m_actionTable;
    QListWidget *m_related;
    QComboBox *m_incidentPicker;
};

} // namespace sitrep
