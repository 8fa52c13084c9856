#pragma once

#include "domain/postmortem.h"
#include "domain/result.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

namespace sitrep {

class PostmortemService;

// One postmortem being written. Every change to the form is an edit of the whole document:
// the stack keeps the document before and after, so undo and redo reach across every field,
// and consecutive keystrokes in one field merge into one step. Edits are saved by themselves
// within `autosaveDelay` of being made (a crash loses at most that much), through the
// service, which refuses a Complete that the rules do not allow.
class PostmortemEditor : public QObject
{
    Q_OBJECT
public:
    static constexpr int autosaveDelay = 400; // ms: at most this much typing is ever lost

    explicit PostmortemEditor(PostmortemService &postmortems, QObject *parent = nullptr);
    ~PostmortemEditor() override;

    // Saves what is pending and opens the incident's postmortem (created for a resolved
    // incident that has none); refused while pending edits cannot be saved. The undo history
    // starts afresh.
    [[nodiscard]] Result<void> load(IncidentId incident);
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] const Postmortem &postmortem() const { return m_postmortem; }
    // The duration the incident's own times give, to compare an edited duration with.
    [[nodiscard]] std::chrono::minutes incidentDuration() const { return m_incidentDuration; }
    [[nodiscard]] QUndoStack &undoStack() { return m_stack; }
    // Today (UTC) by the service's clock: what "overdue" is measured against.
    [[nodiscard]] QDate today() const;

    // Applies `change` to the document as one undoable step named `field`. A change that
    // would leave a Complete postmortem missing something takes it back to In review; a
    // status of Complete is refused (failed()) while something is missing.
    void edit(const QString &field, const std::function<void(Postmortem &)> &change);
    // Writes pending edits now; true when nothing is left unsaved.
    bool saveNow();
    [[nodiscard]] bool hasUnsavedEdits() const { return m_unsaved; }

Q_SIGNALS:
    // The document changed (an edit, undo, redo or load): the form shows it again.
    void changed();
    void saved();
    // An edit refused or a save that failed, in words.
    void failed(const QString &problem);

private:
    friend class PostmortemEdit;
    void apply(const Postmortem &postmortem);
    void onSavedElsewhere(IncidentId incident);

    PostmortemService &m_postmortems;
    Postmortem m_postmortem;
    std::chrono::minutes m_incidentDuration {0};
    bool m_loaded = false;
    bool m_unsaved = false;
    QUndoStack m_stack;
    QTimer m_autosave;
};

} // namespace sitrep
