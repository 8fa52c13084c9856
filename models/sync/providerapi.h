#pragma once

#include "chatclient.h"
#include "domain/provideranswer.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace sitrep {

// Reads another on-call tool's REST API with its key, one GET at a time (the providers limit
// requests per minute, and an import is a few dozen): a 429 waits out its Retry-After (up to a
// minute, three times in a row), any other failure ends the whole fetch in words that name the
// request. Only https (http only to this machine), since the key travels with every request.
class ProviderApi : public QObject
{
    Q_OBJECT
public:
    using Answers = QList<ProviderAnswer>;
    using Done = std::function<void(Result<Answers>)>;

    static constexpr int mostRetries = 3;
    static constexpr std::chrono::seconds longestWait {60};
    static constexpr std::chrono::seconds timeout {30};
    // A schedule's four weeks of shifts or a page of users is far less; more is refused whole.
    static constexpr qint64 mostBytes = 32LL * 1024 * 1024;

    // Every answer an import needs for the account's schedules, or why there are none.
    virtual void fetch(const ProviderAccount &account, Done done) = 0;

protected:
    ProviderApi(ChatClient &client, QString provider, QObject *parent = nullptr)
        : QObject(parent), m_client(client), m_provider(std::move(provider))
    { }

    using Got = std::function<void(Result<QByteArray>)>;
    // One GET below the account's URL: the body of a 2xx answer that is a JSON object.
    void get(const QString &path, const QUrlQuery &query, Got got);
    // A list paginated with offset and limit until "more" is false (PagerDuty's): every page's
    // `key` array in one answer, whose "more" stays true only when the list is longer than
    // mostPages pages.
    void getPages(const QString &path, const QUrlQuery &query, const QString &key, Got got);
    static constexpr int pageSize = 100;
    static constexpr int mostPages = 50;

    // One request of a fetch: its path and query, and whether (under which key) it is paged.
    struct Step
    {
        QString path;
        QUrlQuery query;
        QString pagedKey;
        QString scheduleId;
    };
    // The steps one after the other into `answers`; the first failure ends them.
    void getAll(QList<Step> steps, Answers answers, Done done);

    // The account the fetch runs for, set by fetch(); the key's header for every request.
    void begin(const ProviderAccount &account, const QUrl &defaultUrl,
               const QByteArray &authorization, ChatClient::Headers extra = {});
    // The schedules of the list answer's `key` array (id and name each) the account names, or
    // every one when it names none; refused in words when a named one is not there.
    [[nodiscard]] Result<QList<std::pair<QString, QString>>> chosen(const QByteArray &list,
                                                                    const QString &key) const;
    [[nodiscard]] static QString instant(qint64 ms);
    [[nodiscard]] const ProviderAccount &account() const { return m_account; }
    [[nodiscard]] const QString &provider() const { return m_provider; }

private:
    void getOnce(const QString &path, const QUrlQuery &query, int retries, Got got);
    void getPage(const QString &path, QUrlQuery query, const QString &key, int offset,
                 QJsonArray items, Got got);
    [[nodiscard]] QString heard(const QString &request, const HttpAnswer &answer) const;

    ChatClient &m_client;
    QString m_provider;
    ProviderAccount m_account;
    ChatClient::Headers m_headers;
};

} // namespace sitrep
