#include "providerapi.h"

#include "apiurl.h"
#include "domain/channel.h"
#include "domain/deliveryrules.h"
#include "httpverdict.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace sitrep {

void ProviderApi::begin(const ProviderAccount &account, const QUrl &defaultUrl,
                        const QByteArray &authorization, ChatClient::Headers extra)
{
    m_account = account;
    m_account.url = ApiUrl::base(account.url, defaultUrl.toString());
    m_headers = std::move(extra);
    m_headers.append({"Authorization", authorization + account.key.toUtf8()});
}

QString ProviderApi::instant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

void ProviderApi::get(const QString &path, const QUrlQuery &query, Got got)
{
    if (!ChannelRules::isSafeUrl(m_account.url))
        return got(Error {tr("%1's API URL must use https (http only to this machine), since the "
                             "key travels with every request: %2")
                                  .arg(m_provider, m_account.url.toString())});
    getOnce(path, query, 0, std::move(got));
}

void ProviderApi::getOnce(const QString &path, const QUrlQuery &query, int retries, Got got)
{
    QUrl url = ApiUrl::below(m_account.url, path);
    url.setQuery(query);
    const QString request = QStringLiteral("GET /") + path;
    ChatClient::Reach reach(timeout);
    reach.mostBytes = mostBytes;
    m_client.get(
            url, m_headers, reach,
            [this, path, query, retries, request, got = std::move(got)](const HttpAnswer &answer) {
                if (answer.status == 429) {
                    const auto wait = DeliveryRules::retryAfter(answer.retryAfter,
                                                                QDateTime::currentDateTimeUtc())
                                              .value_or(std::chrono::seconds(5));
                    if (retries >= mostRetries || wait > longestWait)
                        return got(Error {
                                tr("%1 limits how often it is asked (HTTP 429 on %2) and asks to "
                                   "wait %n second(s); try the import again later.",
                                   nullptr, int(wait.count()))
                                        .arg(m_provider, request)});
                    QTimer::singleShot(wait, this,
                                       [=, this] { getOnce(path, query, retries + 1, got); });
                    return;
                }
                if (answer.status < 200 || answer.status > 299)
                    return got(Error {heard(request, answer)});
                if (answer.body.size() >= mostBytes)
                    return got(Error {tr("%1's answer to %2 is larger than %3 MiB; import fewer "
                                         "schedules at a time with --schedule NAME.")
                                              .arg(m_provider, request)
                                              .arg(mostBytes / (1024 * 1024))});
                QJsonParseError parsed {};
                const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parsed);
                if (!document.isObject())
                    return got(Error {
                            tr("%1's answer to %2 is not a JSON object%3.")
                                    .arg(m_provider, request,
                                         parsed.error == QJsonParseError::NoError
                                                 ? QString()
                                                 : QStringLiteral(": ") + parsed.errorString())});
                got(answer.body);
            });
}

QString ProviderApi::heard(const QString &request, const HttpAnswer &answer) const
{
    if (answer.status == 0)
        return tr("%1 did not answer %2: %3")
                .arg(m_provider, request,
                     answer.timedOut
                             ? tr("no answer within %n second(s)", nullptr, int(timeout.count()))
                             : answer.networkError);
    const QString said = HttpVerdict::excerpt(answer.body);
    if (answer.status == 401 || answer.status == 403)
        return tr("%1 refused the key (HTTP %2 on %3): %4. Check that it is an API key with "
                  "read access.")
                .arg(m_provider)
                .arg(answer.status)
                .arg(request, said);
    if (answer.status == 404)
        return tr("%1 does not know %2 (HTTP 404): %3").arg(m_provider, request, said);
    return tr("%1 answered %2 with HTTP %3: %4")
            .arg(m_provider, request)
            .arg(answer.status)
            .arg(said);
}

void ProviderApi::getPages(const QString &path, const QUrlQuery &query, const QString &key, Got got)
{
    getPage(path, query, key, 0, {}, std::move(got));
}

void ProviderApi::getPage(const QString &path, QUrlQuery query, const QString &key, int offset,
                          QJsonArray items, Got got)
{
    QUrlQuery page = query;
    page.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    page.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    get(path, page,
        [=, this, items = std::move(items), got = std::move(got)](Result<QByteArray> body) mutable {
            if (!body)
                return got(std::move(body));
            const QJsonObject answer = QJsonDocument::fromJson(body.value()).object();
            const QJsonArray these = answer.value(key).toArray();
            for (const QJsonValue &item : these)
                items.append(item);
            const bool more = answer.value(QStringLiteral("more")).toBool();
            const int pages = offset / pageSize + 1;
            // A page that brings nothing cannot be followed by more: stop rather than loop.
            if (!more || these.isEmpty() || pages >= mostPages)
                return got(QJsonDocument(QJsonObject {{key, items}, {QStringLiteral("more"), more}})
                                   .toJson(QJsonDocument::Compact));
            getPage(path, query, key, offset + int(these.size()), std::move(items), std::move(got));
        });
}

void ProviderApi::getAll(QList<Step> steps, Answers answers, Done done)
{
    if (steps.isEmpty())
        return done(std::move(answers));
    const Step step = steps.takeFirst();
    Got next = [=, this, steps = std::move(steps), answers = std::move(answers),
                done = std::move(done)](Result<QByteArray> body) mutable {
        if (!body)
            return done(Error {body.error()});
        QString request = QStringLiteral("GET /") + step.path;
        if (!step.query.isEmpty())
            request += u'?' + step.query.toString();
        answers.append({request, body.value(), step.scheduleId});
        getAll(std::move(steps), std::move(answers), std::move(done));
    };
    if (step.pagedKey.isEmpty())
        get(step.path, step.query, std::move(next));
    else
        getPages(step.path, step.query, step.pagedKey, std::move(next));
}

Result<QList<std::pair<QString, QString>>> ProviderApi::chosen(const QByteArray &list,
                                                               const QString &key) const
{
    QList<std::pair<QString, QString>> all;
    const QJsonArray items = QJsonDocument::fromJson(list).object().value(key).toArray();
    for (const QJsonValue &item : items)
        all.append(
                {item[QStringLiteral("id")].toString(), item[QStringLiteral("name")].toString()});
    if (all.isEmpty())
        return Error {tr("%1 lists no schedules for this key.").arg(m_provider)};
    if (m_account.schedules.isEmpty())
        return all;
    QList<std::pair<QString, QString>> named;
    QStringList names;
    for (const auto &[id, name] : all)
        names << name;
    for (const QString &wanted : m_account.schedules) {
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const auto &schedule) {
            return schedule.second.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (found == all.cend())
            return Error {tr("%1 has no schedule named \"%2\"; it has: %3.")
                                  .arg(m_provider, wanted, names.join(u", "))};
        if (!named.contains(*found))
            named << *found;
    }
    return named;
}

} // namespace sitrep
