#include "mailclient.h"

#include "mailmessage.h"
#include "tlsproblem.h"

#include <curl/curl.h>
#include <mutex>

#include <QDateTime>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

namespace {

struct Upload
{
    const QByteArray &data;
    qsizetype sent = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->sent);
    const size_t chunk = std::min(room, left);
    memcpy(buffer, upload->data.constData() + upload->sent, chunk);
    upload->sent += qsizetype(chunk);
    return chunk;
}

} // namespace

MailClient::MailClient(QObject *parent) : QObject(parent)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray MailClient::payload(const Announcement &announcement)
{
    const AnnouncementText::EmailText mail = AnnouncementText::email(announcement);
    return QJsonDocument(QJsonObject {{QStringLiteral("subject"), mail.subject},
                                      {QStringLiteral("text"), mail.text},
                                      {QStringLiteral("html"), mail.html}})
            .toJson(QJsonDocument::Compact);
}

void MailClient::deliver(const DeliveryAttempt &attempt, Done done)
{
    if (const QString problem = TlsProblem::caFileProblem(attempt.channel.caFile);
        !problem.isEmpty())
        return done(DeliveryOutcome::givenUp(problem));
    const QJsonObject parts = QJsonDocument::fromJson(attempt.message.payload).object();
    const QByteArray composed = MailMessage::compose(
            attempt.channel.from, attempt.channel.to, parts.value(u"subject").toString(),
            parts.value(u"text").toString(), parts.value(u"html").toString(),
            attempt.at.isValid() ? attempt.at : QDateTime::currentDateTimeUtc(),
            attempt.message.key);
    send(attempt.channel, attempt.secret, composed,
         [done = std::move(done)](const MailAnswer &answer) { done(judge(answer)); });
}

DeliveryOutcome MailClient::judge(const MailAnswer &answer)
{
    using Verdict = DeliveryOutcome::Verdict;
    DeliveryOutcome outcome;
    if (answer.curlCode == 0) {
        outcome.verdict = Verdict::Delivered;
        outcome.answer = tr("SMTP %1: accepted").arg(answer.smtpCode);
        return outcome;
    }
    // libcurl's codes: 67 login denied, 64 TLS required but not offered, 35/58/60 TLS and
    // certificate failures; 5xx replies are permanent in SMTP, 4xx temporary.
    const bool permanent = answer.curlCode == 67 || answer.curlCode == 64 || answer.curlCode == 35
            || answer.curlCode == 58 || answer.curlCode == 60
            || (answer.smtpCode >= 500 && answer.smtpCode < 600);
    outcome.verdict = permanent ? Verdict::GiveUp : Verdict::Retry;
    outcome.answer = answer.smtpCode > 0 ? tr("SMTP %1: %2").arg(answer.smtpCode).arg(answer.error)
                                         : answer.error;
    if (permanent)
        outcome.answer += tr(" (will not heal by retrying: check the server, the login and "
                             "the addresses)");
    return outcome;
}

void MailClient::send(const Channel &channel, const QString &password, const QByteArray &message,
                      std::function<void(MailAnswer)> done)
{
    auto *watcher = new QFutureWatcher<MailAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
            [channel, password, message] { return sendNow(channel, password, message); }));
}

MailAnswer MailClient::sendNow(const Channel &channel, const QString &password,
                               const QByteArray &message)
{
    MailAnswer answer;
    CURL *curl = curl_easy_init();
    if (!curl) {
        answer.curlCode = CURLE_FAILED_INIT;
        answer.error = tr("libcurl could not start");
        return answer;
    }
    char error[CURL_ERROR_SIZE] = {};
    const QByteArray url = channel.smtpUrl.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray from = "<" + channel.from.toUtf8() + ">";
    curl_slist *recipients = nullptr;
    for (const QString &address : channel.to)
        recipients = curl_slist_append(recipients, ("<" + address.toUtf8() + ">").constData());
    const QByteArray user = channel.username.toUtf8();
    const QByteArray secret = password.toUtf8();
    Upload upload {message};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(channel.timeout.count()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(channel.timeout.count()));
    // smtps:// is TLS from the start; smtp:// must upgrade with STARTTLS unless the channel is
    // plain to this machine (ChannelRules allows that only for loopback).
    if (channel.smtpUrl.scheme() == u"smtp" && channel.requireTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    // Verification stays on; a private CA is trusted besides the system's (whose folder,
    // CURLOPT_CAPATH, libcurl still reads).
    const QByteArray caFile = QFile::encodeName(channel.caFile);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData());
    }
    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    answer.curlCode = int(code);
    answer.smtpCode = reply;
    if (code != CURLE_OK)
        answer.error = QString::fromUtf8(error[0] ? error : curl_easy_strerror(code));
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    return answer;
}

} // namespace sitrep
