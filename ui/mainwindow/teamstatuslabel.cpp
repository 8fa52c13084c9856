#include "teamstatuslabel.h"

#include "common/tonestyle.h"

namespace sitrep {

TeamStatusLabel::TeamStatusLabel(QString server, QWidget *parent)
    : QLabel(parent), m_server(std::move(server))
{
    setObjectName(QStringLiteral("teamStatus"));
    setText(tr("Team: connecting…"));
    setToolTip(m_server);
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
            setText(tr("Team: live · read-only (%1)").arg(TeamRoles::displayName(state.role)));
            details << TeamRoles::readOnlyReason(state.role);
        } else if (state.standby) {
            // Reading works; writing waits for the primary, so say how fresh and how many.
            setText(tr("Team: standby, polling every %1 s · %n change(s) waiting", nullptr,
                       state.pending)
                            .arg(TeamSync::standbyPoll.count() / 1000));
            details << tr("Connected to a standby: it cannot notify or take changes. Add the "
                          "primary to the URL with target_session_attrs=read-write.");
        } else {
            setText(state.pending > 0
                            ? tr("Team: live · %n change(s) waiting", nullptr, state.pending)
                            : tr("Team: live"));
        }
        ToneStyle::clear(this);
    } else {
        if (!m_offlineSince.isValid())
            m_offlineSince = state.lastSync.isValid() ? state.lastSync : now;
        const QString since = m_offlineSince.toUTC().toString(QStringLiteral("HH:mm"));
        setText(state.readOnly ? tr("Team: read-only (the server is newer; %n change(s) kept)",
                                    nullptr, state.pending)
                               : tr("Team: offline since %1 · %n change(s) waiting", nullptr,
                                    state.pending)
                                         .arg(since));
        // Offline is normal (work goes on from the local file); read-only needs someone.
        if (state.readOnly)
            ToneStyle::text(this, Tone::Danger, true);
        else
            ToneStyle::text(this, Tone::Warning);
        details << state.problem;
    }
    setToolTip(details.join(u'\n'));
}

} // namespace sitrep
