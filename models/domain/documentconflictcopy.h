#pragma once

#include <QDateTime>
#include <QString>

namespace sitrep {

// A shared document (an on-call schedule, a channel's settings, an SLO definition) that lost
// to one written at the same time on another console, kept beside the winner under a name of
// its own until a person settles which one the team keeps. The same on every console.
struct DocumentConflictCopy
{
    QString kind;        // the document's kind, as the team log names it: schedule, channel, slo
    QString name;        // the copy's own name: "NAME (conflict copy from AUTHOR)"
    QString original;    // the document it lost to
    QString author;      // who wrote the version kept in the copy
    QDateTime writtenAt; // when they wrote it (UTC)

    friend bool operator==(const DocumentConflictCopy &, const DocumentConflictCopy &) = default;
};

} // namespace sitrep
