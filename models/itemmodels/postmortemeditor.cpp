#include "postmortemeditor.h"

#include "services/incidentservice.h"
#include "services/postmortemservice.h"

#include <QUndoCommand>

namespace sitrep {

// One step: the whole document before and after, so undoing it needs no knowledge of what
// was edited. Keystrokes in the same field merge.
class PostmortemEdit : public QUndoCommand
{
public:
    PostmortemEdit(PostmortemEditor &editor, QString field, Postmortem before, Postmortem after)
        : QUndoCommand(field),
          m_editor(editor),
          m_field(std::move(field)),
          m_before(std::move(before)),
          m_after(std::move(after))
    { }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const PostmortemEdit *>(other);
        if (edit->m_field != m_field)
            return false;
        m_after = edit->m_after;
        return true;
    }
    void redo() override { m_editor.apply(m_after); }
    void undo() override { m_editor.apply(m_before); }

private:
    PostmortemEditor &m_editor;
    QString m_field;
    Postmortem m_before;
    Postmortem m_after;
};

PostmortemEditor::PostmortemEditor(PostmortemService &postmortems, QObject *parent)
    : QObject(parent), m_postmortems(postmortems)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, &PostmortemEditor::saveNow);
    connect(&m_postmortems, &PostmortemService::postmortemSaved, this,
            &PostmortemEditor::onSavedElsewhere);
}

PostmortemEditor::~PostmortemEditor()
{
    saveNow();
}

Result<void> PostmortemEditor::load(IncidentId incident)
{
    // Edits that could not be saved keep their postmortem open: opening another would lose
    // them.
    if (!saveNow())
        return Error {tr("The open postmortem has edits that could not be saved, so it stays "
                         "open; try again once the problem shown is solved.")};
    const Result<StoredPostmortem> stored = m_postmortems.open(incident);
    if (!stored)
        return Error {stored.error()};
    m_stack.clear();
    m_loaded = true;
    m_incidentDuration
            = m_postmortems.incidentDuration(incident).value_or(stored.value().postmortem.duration);
    m_postmortem = stored.value().postmortem;
    Q_EMIT changed();
    return {};
}

QDate PostmortemEditor::today() const
{
    return m_postmortems.today();
}

void PostmortemEditor::edit(const QString &field, const std::function<void(Postmortem &)> &change)
{
    if (!m_loaded)
        return;
    Postmortem after = m_postmortem;
    change(after);
    if (after == m_postmortem)
        return;
    const QStringList missing = PostmortemRules::missingForComplete(after);
    if (after.status == Postmortem::Status::Complete && !missing.isEmpty()) {
        if (m_postmortem.status != Postmortem::Status::Complete) {
            Q_EMIT failed(tr("The postmortem cannot be Complete yet; it needs %1.")
                                  .arg(missing.join(QStringLiteral(", "))));
            Q_EMIT changed(); // the status field shows the status it kept
            return;
        }
        after.status = Postmortem::Status::InReview;
        Q_EMIT failed(tr("Back to In review: the postmortem now needs %1.")
                              .arg(missing.join(QStringLiteral(", "))));
    }
    m_stack.push(new PostmortemEdit(*this, field, m_postmortem, after));
}

void PostmortemEditor::apply(const Postmortem &postmortem)
{
    m_postmortem = postmortem;
    m_unsaved = true;
    // Not restarted by further typing: the first unsaved keystroke is saved within the delay.
    if (!m_autosave.isActive())
        m_autosave.start();
    Q_EMIT changed();
}

bool PostmortemEditor::saveNow()
{
    m_autosave.stop();
    if (!m_unsaved || !m_loaded)
        return true;
    const Result<void> written = m_postmortems.save(m_postmortem);
    if (!written) {
        // Kept unsaved and tried again with the next edit; the user is told now.
        Q_EMIT failed(written.error());
        return false;
    }
    m_unsaved = false;
    Q_EMIT saved();
    return true;
}

void PostmortemEditor::onSavedElsewhere(IncidentId incident)
{
    // The tracker edits action items in place; the form follows unless it holds edits of its
    // own (its own save included: they are unsaved until it returns), which win.
    if (!m_loaded || incident != m_postmortem.incident || m_unsaved)
        return;
    const Result<StoredPostmortem> stored = m_postmortems.open(incident);
    if (stored && stored.value().postmortem != m_postmortem) {
        // Undo must never quietly take back an edit made in another view.
        m_stack.clear();
        m_postmortem = stored.value().postmortem;
        Q_EMIT changed();
    }
}

} // namespace sitrep
