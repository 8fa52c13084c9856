#include "announcements.h"

#include "storage/channelstore.h"
#include "storage/outboxstore.h"
#include "sync/channelapis.h"

#include <QUuid>

namespace sitrep {

Result<int> Announcements::queue(Database &database, const Announcement &announcement)
{
    const Result<QList<Channel>> channels = ChannelStore(database).list();
    if (!channels)
        return Error {channels.error()};
    OutboxStore outbox(database);
    int queued = 0;
    for (const Channel &channel : channels.value()) {
        if (!AnnouncementRouting::routes(channel, announcement))
            continue;
        OutboxMessage message;
        message.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        message.channel = channel.name;
        message.incident = announcement.incident.id;
        message.kind = announcement.kind;
        message.text = AnnouncementText::headline(announcement);
        message.payload = ChannelApis::payload(channel, announcement);
        message.createdAt = announcement.at;
        if (auto queuedId = outbox.enqueue(message); !queuedId)
            return Error {queuedId.error()};
        ++queued;
    }
    return queued;
}

Result<QList<std::pair<QString, QString>>> Announcements::preview(Database &database,
                                                                  const Announcement &announcement)
{
    const Result<QList<Channel>> channels = ChannelStore(database).list();
    if (!channels)
        return Error {channels.error()};
    QList<std::pair<QString, QString>> previews;
    for (const Channel &channel : channels.value())
        if (AnnouncementRouting::routes(channel, announcement))
            previews.append({channel.name, AnnouncementText::plainText(announcement)});
    return previews;
}

} // namespace sitrep
