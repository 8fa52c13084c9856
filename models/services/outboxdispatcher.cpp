#include "outboxdispatcher.h"

#include "domain/statuspagehtml.h"
#include "storage/channelstore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/outboxstore.h"
#include "storage/transaction.h"
#include "sync/chatclient.h"
#include "sync/mailclient.h"
#include "sync/secretstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrlQuery>

namespace sitrep {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Slack's history holds the message if an earlier attempt reached it before timing out.
QString tsOfEarlierAttempt(const QByteArray &history, const QString &key)
{
    const QJsonObject reply = QJsonDocument::fromJson(history).object();
    for (const QJsonValue &message : reply.value(u"messages").toArray()) {
        const QJsonObject metadata = message.toObject().value(u"metadata").toObject();
        if (metadata.value(u"event_payload").toObject().value(u"outbox_key").toString() == key)
            return message.toObject().value(u"ts").toString();
    }
    return {};
}

} // namespace

OutboxDispatcher::OutboxDispatcher(Database &database, ChatClient &client, MailClient &mail,
                                   SecretStore &secrets, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_client(client),
      m_mail(mail),
      m_rooms(database, client),
      m_secrets(secrets),
      m_clock(clock)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &OutboxDispatcher::dispatchDue);
    connect(&m_secrets, &SecretStore::secretRead, this,
            [this](const QString &key, const QString &secret, const QString &error) {
                if (!m_reading.remove(key))
                    return;
                if (error.isEmpty())
                    m_cached.insert(key, secret);
                else
                    m_secretErrors.insert(key, error);
                dispatchDue();
            });
}

void OutboxDispatcher::start()
{
    m_timer.start();
    kick();
}

void OutboxDispatcher::stop()
{
    m_timer.stop();
}

void OutboxDispatcher::kick()
{
    QTimer::singleShot(0, this, &OutboxDispatcher::dispatchDue);
}

void OutboxDispatcher::flush(std::chrono::seconds timeout, std::function<void(FlushReport)> done)
{
    m_flush = Flush {m_clock.now().addSecs(timeout.count()), {}, std::move(done)};
    m_timer.start();
    dispatchDue();
}

QString OutboxDispatcher::changeUndelivered(qint64 id, const QString &deliveredRefusal,
                                            const std::function<void(OutboxMessage &)> &change)
{
    OutboxStore store(m_database);
    Result<std::optional<OutboxMessage>> found = store.find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return tr("There is no outbox message %1.").arg(id);
    OutboxMessage message = *found.value();
    if (message.state == OutboxMessage::State::Delivered)
        return deliveredRefusal;
    change(message);
    if (auto saved = store.update(message); !saved)
        return saved.error();
    Q_EMIT messageChanged(message);
    return {};
}

QString OutboxDispatcher::retryNow(qint64 id)
{
    const QString problem = changeUndelivered(id, tr("Message %1 was already delivered.").arg(id),
                                              [this](OutboxMessage &message) {
                                                  message.state = OutboxMessage::State::Pending;
                                                  message.nextAttemptAt = m_clock.now();
                                              });
    if (problem.isEmpty())
        kick();
    return problem;
}

QString OutboxDispatcher::cancel(qint64 id)
{
    return changeUndelivered(
            id, tr("Message %1 was already delivered; it cannot be called back.").arg(id),
            [](OutboxMessage &message) { message.state = OutboxMessage::State::Cancelled; });
}

void OutboxDispatcher::dispatchDue()
{
    const Result<QList<OutboxMessage>> due = OutboxStore(m_database).due(m_clock.now());
    if (!due) {
        qWarning("%s", qPrintable(due.error()));
        return;
    }
    for (const OutboxMessage &message : due.value())
        if (!m_inFlight.contains(message.channel))
            send(message);
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
    checkFlush();
}

void OutboxDispatcher::send(OutboxMessage message)
{
    const Result<std::optional<Channel>> channel = ChannelStore(m_database).find(message.channel);
    if (!channel)
        return fail(message, channel.error());
    if (!channel.value())
        return fail(message, tr("channel %1 has been removed").arg(message.channel));
    if (!channel.value()->needsSecret())
        return deliverWith(message, *channel.value(), {});
    const QString key = channel.value()->secretKey();
    if (const auto error = m_secretErrors.constFind(key); error != m_secretErrors.cend()) {
        const QString why = *error;
        m_secretErrors.erase(error); // read it again next time
        DeliveryOutcome outcome;
        outcome.answer = tr("the keychain did not give the channel's secret: %1").arg(why);
        m_inFlight.insert(message.channel);
        return finish(message, outcome);
    }
    const auto cached = m_cached.constFind(key);
    if (cached == m_cached.cend()) {
        if (!m_reading.contains(key)) {
            m_reading.insert(key);
            m_secrets.read(key);
        }
        return; // sent once the secret is read
    }
    deliverWith(message, *channel.value(), *cached);
}

void OutboxDispatcher::deliverWith(OutboxMessage message, const Channel &channel,
                                   const QString &secret)
{
    m_inFlight.insert(message.channel);
    if (!message.firstAttemptAt.isValid())
        message.firstAttemptAt = m_clock.now();
    attempt(message, channel, secret,
            [this, message](const DeliveryOutcome &outcome) { finish(message, outcome); });
}

void OutboxDispatcher::attempt(const OutboxMessage &message, const Channel &channel,
                               const QString &secret, Done done)
{
    switch (channel.kind) {
    case Channel::Kind::Email:
        return mail(message, channel, secret, std::move(done));
    case Channel::Kind::StaticPage:
        return publishPage(channel, secret, std::move(done));
    default:
        return post(message, channel, secret, std::move(done));
    }
}

void OutboxDispatcher::mail(const OutboxMessage &message, const Channel &channel,
                            const QString &password, Done done)
{
    const QJsonObject parts = QJsonDocument::fromJson(message.payload).object();
    const QByteArray composed
            = MailMessage::compose(channel.from, channel.to, parts.value(u"subject").toString(),
                                   parts.value(u"text").toString(), parts.value(u"html").toString(),
                                   m_clock.now(), message.key);
    m_mail.send(channel, password, composed, [done = std::move(done)](MailAnswer answer) {
        done(DeliveryRules::judgeMail(answer));
    });
}

void OutboxDispatcher::publishPage(const Channel &channel, const QString &url, Done done)
{
    const auto givenUp = [&done](const QString &why) {
        DeliveryOutcome outcome;
        outcome.verdict = DeliveryOutcome::Verdict::GiveUp;
        outcome.answer = why;
        done(outcome);
    };
    const Result<QByteArray> page = statusPage(m_database, m_clock.now());
    if (!page)
        return givenUp(page.error());
    if (channel.folder.isEmpty()) {
        if (!ChannelRules::isSafeUrl(QUrl(url.trimmed())))
            return givenUp(tr("the channel's URL is not https (http only to this machine)"));
        return m_client.send("PUT", QUrl(url.trimmed()), page.value(), "text/html; charset=utf-8",
                             {}, channel.timeout, [done = std::move(done)](HttpAnswer answer) {
                                 done(DeliveryRules::judge(Channel::Kind::StaticPage, answer));
                             });
    }
    // Written whole or not at all: a reader never sees half a page.
    QSaveFile file(QDir(channel.folder).filePath(QStringLiteral("index.html")));
    if (!QDir().mkpath(channel.folder) || !file.open(QIODevice::WriteOnly)
        || file.write(page.value()) != page.value().size() || !file.commit())
        return givenUp(tr("could not write %1: %2").arg(file.fileName(), file.errorString()));
    DeliveryOutcome written;
    written.verdict = DeliveryOutcome::Verdict::Delivered;
    written.answer = tr("written to %1").arg(file.fileName());
    done(written);
}

Result<QByteArray> OutboxDispatcher::statusPage(Database &database, const QDateTime &now)
{
    const Result<QList<Incident>> incidents = IncidentStore(database).openOrResolvedSince(
            now.addDays(-StatusPageHtml::historyDays));
    if (!incidents)
        return Error {incidents.error()};
    return StatusPageHtml::render(tr("Service status"), incidents.value(), now);
}

OutboxDispatcher::Request OutboxDispatcher::requestFor(const Channel &channel,
                                                       const QString &secret,
                                                       const OutboxMessage &message,
                                                       const QString &threadTs)
{
    Request request {"POST", QUrl(secret.trimmed()), message.payload, {}};
    if (channel.kind == Channel::Kind::SlackApi) {
        request.url = channel.slackMethod(QStringLiteral("chat.postMessage"));
        request.headers.append({"Authorization", "Bearer " + secret.toUtf8()});
        QJsonObject body = QJsonDocument::fromJson(message.payload).object();
        if (!threadTs.isEmpty())
            body.insert(QStringLiteral("thread_ts"), threadTs);
        // Lets a retry after a timeout find the message if Slack took it after all.
        body.insert(QStringLiteral("metadata"),
                    QJsonObject {{QStringLiteral("event_type"), QStringLiteral("sitrep_message")},
                                 {QStringLiteral("event_payload"),
                                  QJsonObject {{QStringLiteral("outbox_key"), message.key}}}});
        request.body = compact(body);
    } else if (channel.kind == Channel::Kind::Webhook) {
        request.headers.append({"Idempotency-Key", message.key.toUtf8()});
    } else if (channel.kind == Channel::Kind::PagerDuty) {
        // The routing key is a secret: it joins the body only on its way out.
        request.url = channel.pagerDutyEventsUrl();
        QJsonObject body = QJsonDocument::fromJson(message.payload).object();
        // The first line; a second one is the REST API token for acknowledgements.
        body.insert(QStringLiteral("routing_key"), secret.trimmed().section(u'\n', 0, 0).trimmed());
        request.body = compact(body);
    } else if (channel.kind == Channel::Kind::Statuspage) {
        // The first message creates the page's incident; later ones change it.
        QUrl url = channel.statuspageApiUrl();
        QString path = url.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        path += QStringLiteral("pages/%1/incidents").arg(channel.pageId);
        if (!threadTs.isEmpty())
            path += u'/' + threadTs;
        url.setPath(path);
        request.url = url;
        request.verb = threadTs.isEmpty() ? "POST" : "PATCH";
        request.headers = {{"Authorization", "OAuth " + secret.toUtf8()}};
    }
    return request;
}

void OutboxDispatcher::post(const OutboxMessage &message, const Channel &channel,
                            const QString &secret, Done done)
{
    if (channel.kind == Channel::Kind::SlackApi && channel.incidentChannels
        && message.kind == Announcement::Kind::Declared && message.incident > 0) {
        Channel main = channel;
        main.incidentChannels = false;
        return m_rooms.open(
                message, channel, secret, [this, message, main, secret, done](QString problem) {
                    if (problem.isEmpty())
                        return post(message, main, secret, done);
                    DeliveryOutcome failed;
                    failed.answer
                            = tr("could not open the incident's Slack channel: %1").arg(problem);
                    done(failed);
                });
    }
    const bool referenced
            = channel.kind == Channel::Kind::SlackApi || channel.kind == Channel::Kind::Statuspage;
    const Result<QString> thread = referenced
            ? OutboxStore(m_database).thread(channel.name, message.incident)
            : Result<QString>(QString());
    const Request request
            = requestFor(channel, secret, message, thread ? thread.value() : QString());
    if (!ChannelRules::isSafeUrl(request.url)) {
        DeliveryOutcome unsafe;
        unsafe.verdict = DeliveryOutcome::Verdict::GiveUp;
        unsafe.answer = tr("the channel's URL is not https (http only to this machine)");
        return done(unsafe);
    }

    const auto deliver = [this, request, channel, done]() {
        m_client.send(request.verb, request.url, request.body, "application/json; charset=utf-8",
                      request.headers, channel.timeout,
                      [done, kind = channel.kind](HttpAnswer answer) {
                          done(DeliveryRules::judge(kind, answer));
                      });
    };
    // An earlier attempt may have reached Slack even though its answer never came back.
    if (channel.kind != Channel::Kind::SlackApi || message.attempts == 0)
        return deliver();
    QUrl history = channel.slackMethod(QStringLiteral("conversations.history"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("channel"), channel.slackChannel);
    query.addQueryItem(QStringLiteral("oldest"),
                       QString::number(message.firstAttemptAt.toSecsSinceEpoch() - 60));
    query.addQueryItem(QStringLiteral("include_all_metadata"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    history.setQuery(query);
    m_client.get(history, {{"Authorization", "Bearer " + secret.toUtf8()}}, channel.timeout,
                 [message, deliver, done](HttpAnswer answer) {
                     const QString ts = answer.status == 200
                             ? tsOfEarlierAttempt(answer.body, message.key)
                             : QString();
                     if (ts.isEmpty())
                         return deliver();
                     DeliveryOutcome found;
                     found.verdict = DeliveryOutcome::Verdict::Delivered;
                     found.threadTs = ts;
                     found.answer = tr("Slack had taken it before the timeout (ts %1)").arg(ts);
                     done(found);
                 });
}

void OutboxDispatcher::finish(OutboxMessage message, const DeliveryOutcome &outcome)
{
    const QDateTime now = m_clock.now();
    ++message.attempts;
    message.lastAnswer = outcome.answer;
    switch (outcome.verdict) {
    case DeliveryOutcome::Verdict::Delivered:
        message.state = OutboxMessage::State::Delivered;
        message.deliveredAt = now;
        message.threadTs = outcome.threadTs;
        break;
    case DeliveryOutcome::Verdict::Retry:
        message.nextAttemptAt
                = now.addMSecs(DeliveryRules::backoff(message.attempts, outcome.retryAfter,
                                                      m_jitter.generateDouble())
                                       .count());
        break;
    case DeliveryOutcome::Verdict::GiveUp:
        message.state = OutboxMessage::State::Failed;
        break;
    }
    {
        Transaction transaction(m_database);
        OutboxStore store(m_database);
        Result<void> saved = transaction.begun();
        if (saved)
            saved = store.update(message);
        if (saved && !message.threadTs.isEmpty() && message.incident > 0)
            saved = store.saveThread(message.channel, message.incident, message.threadTs);
        if (saved)
            saved = transaction.commit();
        if (!saved)
            qWarning("%s", qPrintable(saved.error()));
    }
    if (m_flush) {
        if (message.state == OutboxMessage::State::Delivered)
            ++m_flush->report.delivered;
        else if (message.state == OutboxMessage::State::Failed)
            ++m_flush->report.failed;
    }
    m_inFlight.remove(message.channel);
    Q_EMIT messageChanged(message);
    dispatchDue(); // the channel's next message, if due
}

void OutboxDispatcher::fail(OutboxMessage message, const QString &why)
{
    DeliveryOutcome outcome;
    outcome.verdict = DeliveryOutcome::Verdict::GiveUp;
    outcome.answer = why;
    m_inFlight.insert(message.channel);
    finish(message, outcome);
}

void OutboxDispatcher::checkFlush()
{
    if (!m_flush || !m_inFlight.isEmpty() || !m_reading.isEmpty())
        return;
    OutboxStore store(m_database);
    const Result<QDateTime> next = store.nextDue();
    if (next && next.value().isValid() && next.value() <= m_flush->until)
        return; // a retry falls due before the flush ends: wait for it
    Flush finished = std::move(*m_flush);
    m_flush.reset();
    const Result<int> pending = store.count(OutboxMessage::State::Pending);
    finished.report.pending = pending ? pending.value() : 0;
    finished.done(finished.report);
}

} // namespace sitrep
