#include "alertmanagerclient.h"

#include "alertmanageralerts.h"
#include "endpointclient.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

AlertmanagerClient::AlertmanagerClient(EndpointClient &client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

void AlertmanagerClient::fetchAlerts(const Endpoint &endpoint, const QString &secret,
                                     std::function<void(Result<QList<Alert>>)> done)
{
    const QString name = endpoint.name;
    m_client.get(
            endpoint, secret, QStringLiteral("/api/v2/alerts"),
            [this, name, done = std::move(done)](Result<QByteArray> body) {
                if (!body)
                    return done(Error {body.error()});
                auto *watcher = new QFutureWatcher<Result<QList<Alert>>>(this);
                connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done, name] {
                    watcher->deleteLater();
                    Result<QList<Alert>> alerts = watcher->future().takeResult();
                    if (!alerts)
                        return done(Error {
                                tr("%1 sent a malformed reply: %2").arg(name, alerts.error())});
                    done(std::move(alerts));
                });
                watcher->setFuture(QtConcurrent::run([bytes = std::move(body).value()] {
                    return AlertmanagerAlerts::parse(bytes);
                }));
            });
}

void AlertmanagerClient::createSilence(const Endpoint &endpoint, const QString &secret,
                                       const Silence &silence,
                                       std::function<void(Result<QString>)> done)
{
    QJsonArray matchers;
    for (auto it = silence.matchers.begin(); it != silence.matchers.end(); ++it)
        matchers.append(QJsonObject {{QStringLiteral("name"), it.key()},
                                     {QStringLiteral("value"), it.value()},
                                     {QStringLiteral("isRegex"), false},
                                     {QStringLiteral("isEqual"), true}});
    const QJsonObject body {
            {QStringLiteral("matchers"), matchers},
            {QStringLiteral("startsAt"), silence.startsAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("endsAt"), silence.endsAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("createdBy"), silence.createdBy},
            {QStringLiteral("comment"), silence.comment},
    };
    m_client.send(endpoint, secret, "POST", QStringLiteral("/api/v2/silences"),
                  QJsonDocument(body).toJson(QJsonDocument::Compact),
                  [done = std::move(done)](Result<QByteArray> reply) {
                      if (!reply)
                          return done(Error {reply.error()});
                      const QString id = QJsonDocument::fromJson(reply.value())
                                                 .object()
                                                 .value(u"silenceID")
                                                 .toString();
                      if (id.isEmpty())
                          return done(Error {tr("Alertmanager did not say which silence it "
                                                "created.")});
                      done(id);
                  });
}

void AlertmanagerClient::expireSilence(const Endpoint &endpoint, const QString &secret,
                                       const QString &id, std::function<void(Result<void>)> done)
{
    m_client.send(endpoint, secret, "DELETE",
                  QStringLiteral("/api/v2/silence/")
                          + QString::fromUtf8(QUrl::toPercentEncoding(id)),
                  {}, [done = std::move(done)](Result<QByteArray> reply) {
                      done(reply ? Result<void>() : Result<void>(Error {reply.error()}));
                  });
}

} // namespace sitrep
