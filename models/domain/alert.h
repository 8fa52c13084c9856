#pragma once

#include "result.h"
#include "severity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace sitrep {

using Labels = QMap<QString, QString>; // sorted by name, as Alertmanager's fingerprints are

// One alert as Alertmanager's API v2 reports it (GET /api/v2/alerts, "gettableAlert").
struct Alert
{
    enum class State { Active, Suppressed, Unprocessed };

    QString fingerprint;
    Labels labels;
    Labels annotations;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    State state = State::Active;
    QStringList silencedBy;
    QStringList inhibitedBy;
    QString generatorUrl;

    [[nodiscard]] bool isSilenced() const { return !silencedBy.isEmpty(); }
    [[nodiscard]] bool isInhibited() const { return !inhibitedBy.isEmpty(); }
    // Alertmanager keeps an alert with a past endsAt for a while after it resolved.
    [[nodiscard]] bool hasEnded(const QDateTime &now) const
    {
        return endsAt.isValid() && endsAt <= now;
    }
    bool operator==(const Alert &) const = default;
};

// An alert as the cache keeps it: which group and incident it belongs to, which endpoint
// reported it last, and when Sitrep first saw it and saw it resolve.
struct CachedAlert
{
    Alert alert;
    QString groupKey;
    QString endpoint;
    qint64 incidentId = 0;
    QDateTime firstSeen;
    QDateTime resolvedAt;

    [[nodiscard]] bool isResolved() const { return resolvedAt.isValid(); }
    bool operator==(const CachedAlert &) const = default;
};

// Alerts whose grouping labels agree; the group opens one incident.
struct AlertGroup
{
    QString key;
    Labels labels; // the grouping labels and the values the key was built from
    qint64 incidentId = 0;
    QDateTime createdAt;
};

// A silence created from the console (Alertmanager's POST /api/v2/silences).
struct Silence
{
    QString id;
    QString endpoint;
    Labels matchers; // equality matchers
    QDateTime startsAt;
    QDateTime endsAt;
    QString createdBy;
    QString comment;
    QString state = QStringLiteral("active"); // active, expired, pending
};

[[nodiscard]] QString alertStateKey(Alert::State state); // "active", "suppressed", "unprocessed"
[[nodiscard]] std::optional<Alert::State> parseAlertState(QStringView key);

// Labels as the cache keeps them: a JSON object of strings.
class AlertJson
{
public:
    [[nodiscard]] static QByteArray labelsToJson(const Labels &labels);
    [[nodiscard]] static Labels labelsFromJson(const QByteArray &json);

private:
    [[nodiscard]] static Labels plainLabelsFromJson(const QByteArray &json);
};

} // namespace sitrep
