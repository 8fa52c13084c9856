#pragma once

#include "incident.h"
#include "severity.h"

#include <array>
#include <chrono>

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace sitrep {

// How fast someone must respond: immediately, within a time, or by the next business day.
struct ResponseTarget
{
    enum class Kind { Immediate, Within, NextBusinessDay };
    Kind kind = Kind::Immediate;
    std::chrono::minutes within {0};

    bool operator==(const ResponseTarget &) const = default;
};

struct SeverityLevel
{
    Severity severity = Severity::Sev1;
    QString name;         // "Critical"
    QStringList criteria; // "Complete service outage", ...
    ResponseTarget response;
    std::chrono::minutes updateCadence {0};

    bool operator==(const SeverityLevel &) const = default;
};

// The four severity levels with their criteria, response targets and update cadences. The
// defaults come from resources/policy/severity-levels.json; a user file may override them.
class SeverityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SeverityPolicy)
public:
    SeverityPolicy();

    [[nodiscard]] const SeverityLevel &level(Severity severity) const;
    void setLevel(const SeverityLevel &level);

    // When stakeholders are owed the next update: the last update plus the cadence, or the
    // detection plus the cadence before any update (a board row holds no detection time: its
    // start then). Invalid for resolved incidents, which owe no more updates.
    [[nodiscard]] QDateTime nextUpdateDue(const Incident &incident) const;
    [[nodiscard]] QDateTime nextUpdateDue(const BoardIncident &incident) const;
    template<typename Row>
    [[nodiscard]] bool isUpdateOverdue(const Row &incident, const QDateTime &now) const
    {
        const QDateTime due = nextUpdateDue(incident);
        return due.isValid() && now > due;
    }

    // When a response is due after detection. "Next business day" is the same time on the
    // next weekday (Monday to Friday) after detection, counted in UTC.
    [[nodiscard]] QDateTime responseDeadline(const Incident &incident) const;

    // Human text for a response target and a cadence ("Immediate", "< 15 min", "Every hour").
    [[nodiscard]] static QString responseText(const ResponseTarget &target);
    [[nodiscard]] static QString cadenceText(std::chrono::minutes cadence);
    // Names and criteria shipped with Sitrep have translations; a user's own text is shown as
    // written.
    [[nodiscard]] static QString translatedText(const QString &text);
    // The policy as the interface shows it: names and criteria in its language.
    [[nodiscard]] SeverityPolicy translated() const;

    bool operator==(const SeverityPolicy &) const = default;

private:
    [[nodiscard]] QDateTime updateDue(const BoardIncident &incident,
                                      const QDateTime &firstHeard) const;
    std::array<SeverityLevel, 4> m_levels;
};

} // namespace sitrep
