#pragma once

#include "incident.h"

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QUuid>

namespace sitrep {

// A postmortem in the seed's template: every section of "Postmortem: [Incident Title]".
struct Postmortem
{
    enum class Status { Draft, InReview, Complete };

    struct TimelineEntry
    {
        QTime time; // UTC
        QString text;
        bool operator==(const TimelineEntry &) const = default;
    };
    struct ActionItem
    {
        enum class Status { Planned, InProgress, Done };
        QString action;
        QString owner; // without the "@"
        QDate due;
        Status status = Status::Planned;
        // Kept through edits so that consoles of one team merge items one by one: the item's
        // id, and where it sorts in the list (a fractional key: an item put between two others
        // gets a key between theirs, and no other item moves).
        QUuid uid {};
        QString order {};
        // Past its due date and not done.
        [[nodiscard]] bool isOverdue(const QDate &today) const
        {
            return due.isValid() && due < today && status != Status::Done;
        }
        bool operator==(const ActionItem &) const = default;
    };
    struct Related
    {
        QDate date;
        QString title;
        QString link;
        bool sameRootCause = false; // feeds the repeat-incident metric
        bool operator==(const Related &) const = default;
    };

    IncidentId incident = 0;
    QString title;
    QDate date;
    QStringList authors;
    Status status = Status::Draft;
    Severity severity = Severity::Sev3;
    std::chrono::minutes duration {0};
    QString durationReason; // why the duration differs from the incident's, if edited
    QString summary;
    qint64 usersAffected = 0;
    std::optional<double> activeUsersPercent;
    QString revenueImpact; // "$15,000 estimated"
    QStringList servicesAffected;
    QList<TimelineEntry> timeline;
    QString rootCause;
    QStringList resolution;
    QStringList wentWell;
    QStringList wentWrong;
    QList<ActionItem> actionItems;
    QStringList lessons;
    QList<Related> related;

    bool operator==(const Postmortem &) const = default;
};

// A link to an incident in the cache: its start date and title, "#incident-ID".
[[nodiscard]] Postmortem::Related relatedIncident(const Incident &incident, bool sameRootCause);
[[nodiscard]] QString postmortemStatusText(Postmortem::Status status); // "In review"
[[nodiscard]] std::optional<Postmortem::Status> parsePostmortemStatus(QStringView text);
[[nodiscard]] QString actionStatusText(Postmortem::ActionItem::Status status); // "In Progress"
[[nodiscard]] std::optional<Postmortem::ActionItem::Status> parseActionStatus(QStringView text);

class PostmortemRules
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemRules)
public:
    // What keeps the postmortem from being Complete, in words; empty when nothing does.
    // Complete needs a summary, the impact, the root cause, the resolution, at least one
    // action item, and an owner and a due date on every action item.
    [[nodiscard]] static QStringList missingForComplete(const Postmortem &postmortem);
    // "2 hours 35 minutes", "1 hour", "45 minutes".
    [[nodiscard]] static QString durationText(std::chrono::minutes duration);
    // Nothing for a text that is not a duration, or one longer than a year.
    [[nodiscard]] static std::optional<std::chrono::minutes> parseDuration(QStringView text);
};

} // namespace sitrep
