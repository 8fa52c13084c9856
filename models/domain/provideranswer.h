#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace sitrep {

// One answer of another on-call tool's REST API, fetched or saved to a file; the readers of
// the answers take both alike.
struct ProviderAnswer
{
    ProviderAnswer() = default;
    ProviderAnswer(QString name, QByteArray text, QString scheduleId = {})
        : name(std::move(name)), text(std::move(text)), scheduleId(std::move(scheduleId))
    { }

    QString name; // the file, or the request ("GET /v2/schedules/…/timeline"), for refusals
    QByteArray text;
    // The schedule an answer about one schedule belongs to when the answer does not say
    // (PagerDuty's overrides); empty otherwise.
    QString scheduleId;
};

// What an import asks of the provider: where its API is, the key, which schedules (all when
// none is named) and from when the provider's own shifts are compared.
struct ProviderAccount
{
    QUrl url; // empty: the provider's own host
    QString key;
    QStringList schedules;
    qint64 fromMs = 0;
};

} // namespace sitrep
