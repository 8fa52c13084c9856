#pragma once

#include <QString>

namespace sitrep {

// A chat channel (a Slack conversation) opened for one incident.
struct ChatRoom
{
    QString id;
    QString name;
};

} // namespace sitrep
