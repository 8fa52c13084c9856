#pragma once

#include "channelapi.h"
#include "domain/announcement.h"
#include "domain/channel.h"
#include "mailanswer.h"

#include <functional>

#include <QObject>

namespace sitrep {

// SMTP, for the executive email: sends mail with libcurl on a worker thread, STARTTLS
// required for smtp:// unless the channel is plain to this machine, implicit TLS for smtps://;
// certificates are always verified. The answer comes back on the caller's thread. The
// message's key is its Message-ID.
class MailClient : public QObject, public ChannelApi
{
    Q_OBJECT
public:
    explicit MailClient(QObject *parent = nullptr);

    // The email's subject, plain text and HTML, as the outbox keeps them.
    [[nodiscard]] static QByteArray payload(const Announcement &announcement);
    void deliver(const DeliveryAttempt &attempt, Done done) override;
    // Sent, or refused for good (login denied, 5xx, TLS required but not offered, a bad
    // certificate), or worth retrying (refused connection, timeouts, 4xx).
    [[nodiscard]] static DeliveryOutcome judge(const MailAnswer &answer);

    void send(const Channel &channel, const QString &password, const QByteArray &message,
              std::function<void(MailAnswer)> done);

    // The sending itself, blocking: for the worker.
    [[nodiscard]] static MailAnswer sendNow(const Channel &channel, const QString &password,
                                            const QByteArray &message);
};

} // namespace sitrep
