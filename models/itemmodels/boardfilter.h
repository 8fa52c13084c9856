#pragma once

#include "domain/incident.h"

#include <QString>

namespace sitrep {

// What the board shows: a free-text search and the severities, statuses and open/resolved
// scope to keep. The default shows every open incident.
struct BoardFilter
{
    enum class Scope { Open, Resolved, All };

    QString text;                 // matched case-insensitively against title,
                                  // commander, services and "#id"
    unsigned severities = 0b1111; // bit n-1 set: SEV-n shown
    unsigned statuses = 0b1111;   // bit per IncidentStatus
    Scope scope = Scope::Open;

    [[nodiscard]] bool showsSeverity(Severity severity) const
    {
        return severities & (1u << (static_cast<int>(severity) - 1));
    }
    [[nodiscard]] bool showsStatus(IncidentStatus status) const
    {
        return statuses & (1u << static_cast<int>(status));
    }
    // The text as incidentSearchText() holds it: trimmed, lower case, UTF-8.
    [[nodiscard]] QByteArray searchKey() const { return text.trimmed().toLower().toUtf8(); }
    // An incident's severity and status as a bit each in one word (the severity's in the low
    // byte, the status's in the high one). The board keeps a word per row, so that a keystroke
    // over a million rows reads them in order rather than a million incidents scattered over
    // the heap.
    [[nodiscard]] static quint16 factsOf(const BoardIncident &incident);
    // `facts` is the incident's factsOf(); `searchKey` is this filter's searchKey(), computed
    // once per filter rather than per row.
    [[nodiscard]] bool accepts(quint16 facts, QByteArrayView searchText,
                               QByteArrayView searchKey) const;
    // True if everything this filter accepts, `wider` accepts too: then only the rows shown
    // now need checking again.
    [[nodiscard]] bool narrows(const BoardFilter &wider) const;

    // The scope as the settings file keeps it ("open", "resolved", "all"), and back: anything
    // else reads as the board's default, Open.
    [[nodiscard]] static QString scopeKey(Scope scope);
    [[nodiscard]] static Scope scopeFromKey(QStringView key);

    bool operator==(const BoardFilter &) const = default;
};

} // namespace sitrep
