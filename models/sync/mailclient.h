#pragma once

#include "domain/channel.h"
#include "domain/delivery.h"

#include <functional>

#include <QObject>

namespace sitrep {

// Sends mail over SMTP with libcurl on a worker thread: STARTTLS required for smtp:// unless
// the channel is plain to this machine, implicit TLS for smtps://; certificates are always
// verified. The answer comes back on the caller's thread.
class MailClient : public QObject
{
    Q_OBJECT
public:
    explicit MailClient(QObject *parent = nullptr);

    void send(const Channel &channel, const QString &password, const QByteArray &message,
              std::function<void(MailAnswer)> done);

    // The sending itself, blocking: for the worker.
    [[nodiscard]] static MailAnswer sendNow(const Channel &channel, const QString &password,
                                            const QByteArray &message);
};

} // namespace sitrep
