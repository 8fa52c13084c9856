#include "teamstatuslabel.h"

#include "common/tonestyle.h"
#include "services/conflictcopyservice.h"

namespace sitrep {

TeamStatusLabel::TeamStatusLabel(QString server, ConflictCopyService &conflicts, QWidget *parent)
    : QLabel(parent),
      m_server(std::move(server)),
      m_conflicts(conflicts),
      m_state(tr("Team: connecting…")),
      m_details {m_server}
{
    setObjectName(QStringLiteral("teamStatus"));
    connect(&m_conflicts, &ConflictCopyService::changed, this, &TeamStatusLabel::countConflicts);
    countConflicts();
}

void TeamStatusLabel::countConflicts()
{
    // A problem reading them is the Team page's to say; here they go uncounted.
    const Result<QList<DocumentConflictCopy>> copies = m_conflicts.copies();
    m_conflictCount = copies ? int(copies.value().size()) : 0;
    render();
}

void TeamStatusLabel::render()
{
    if (m_conflictCount == 0) {
        setText(m_state);
        setToolTip(m_details.join(u'\n'));
        return;
    }
    setText(tr("%1 · %n conflict copy(ies) to settle", nullptr, m_conflictCount).arg(m_state));
    QStringList details = m_details;
    details << tr("Settle them in Settings → Team server, or with sitrepctl team conflicts.");
    setToolTip(details.join(u'\n'));
}

void TeamStatusLabel::show(const TeamSyncState &state, const QDateTime &now)
{
    const QString lastSync = state.lastSync.isValid()
            ? state.lastSync.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
            : tr("never");
    QStringList details {
            m_server,
            tr("Pulled up to change %1; last in step %2.").arg(state.cursor).arg(lastSync)};
    if (state.connected) {
        m_offlineSince = {};
        if (!TeamRoles::canWrite(state.role)) {
            // Live, and nothing this console does reaches the team: said where it is seen.
            m_state = tr("Team: live · read-only (%1)").arg(TeamRoles::displayName(state.role));
            details << TeamRoles::readOnlyReason(state.role);
        } else if (state.standby) {
            // Reading works; writing waits for the primary, so say how fresh and how many.
            m_state = tr("Team: standby, polling every %1 s · %n change(s) waiting", nullptr,
                         state.pending)
                              .arg(TeamSync::standbyPoll.count() / 1000);
            details << tr("Connected to a standby: it cannot notify or take changes. Add the "
                          "primary to the URL with target_session_attrs=read-write.");
        } else {
            m_state = state.pending > 0
                    ? tr("Team: live · %n change(s) waiting", nullptr, state.pending)
                    : tr("Team: live");
        }
        ToneStyle::clear(this);
    } else {
        if (!m_offlineSince.isValid())
            m_offlineSince = state.lastSync.isValid() ? state.lastSync : now;
        const QString since = m_offlineSince.toUTC().toString(QStringLiteral("HH:mm"));
        m_state = state.readOnly
                ? tr("Team: read-only (the server is newer; %n change(s) kept)", nullptr,
                     state.pending)
                : tr("Team: offline since %1 · %n change(s) waiting", nullptr, state.pending)
                          .arg(since);
        // Offline is normal (work goes on from the local file); read-only needs someone.
        if (state.readOnly)
            ToneStyle::text(this, Tone::Danger, true);
        else
            ToneStyle::text(this, Tone::Warning);
        details << state.problem;
    }
    m_details = details;
    render();
}

} // namespace sitrep
