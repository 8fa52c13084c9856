#pragma once

#include "domain/provideranswer.h"
#include "domain/result.h"
#include "oncallimport.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>

namespace sitrep {

using ProviderFile = ProviderAnswer;

// What the readers of PagerDuty's and Opsgenie's answers share. The JSON is read with yaml-cpp
// (JSON is YAML), so every refusal names the file, the line and the field.
class ProviderFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ProviderFileReader)
public:
    // One object of a file, with where it came from for the words of a refusal.
    struct Found
    {
        QString fileName;
        YAML::Node node;
        QString field;
        QString scheduleId; // the file's, when it is about one schedule and does not say
    };

    explicit ProviderFileReader(const QString &provider) { m_import.provider = provider; }
    virtual ~ProviderFileReader() = default;

    // Every file collected, then the import built. A schedule that no escalation of the files
    // pages keeps Sitrep's default escalation.
    [[nodiscard]] Result<OnCallImport> read(const QList<ProviderFile> &files);

    // A scalar's text, or empty.
    [[nodiscard]] static QString textOf(const YAML::Node &node);
    // node[a][b]…, or an undefined node where any step is missing or not a mapping (yaml-cpp
    // throws when asked for a key of a missing node).
    [[nodiscard]] static YAML::Node path(const YAML::Node &node,
                                         std::initializer_list<const char *> keys);

protected:
    // Takes in what one file holds.
    [[nodiscard]] virtual Result<void> collect(const ProviderFile &file) = 0;
    // The schedules, proved, from everything collected.
    [[nodiscard]] virtual Result<void> build() = 0;

    // The file's one JSON object.
    [[nodiscard]] static Result<YAML::Node> root(const ProviderFile &file, const QString &provider);
    [[nodiscard]] static Error problem(const Found &at, const YAML::Node &node,
                                       const QString &field, const QString &what);
    [[nodiscard]] static Result<qint64> instant(const Found &at, const YAML::Node &node,
                                                const QString &field);
    [[nodiscard]] static Result<qint64> count(const Found &at, const YAML::Node &node,
                                              const QString &field, qint64 least, qint64 most);
    // Lists something that is not carried over, once however often it is met.
    void leaveOut(const QString &what);

    // What both providers' schedules need: a name, an IANA zone, handoffs on whole minutes of
    // the zone's wall clock, and overrides with a person that end after they start.
    [[nodiscard]] static Result<QString> scheduleName(const Found &at, const QString &name);
    [[nodiscard]] static Result<QTimeZone> zone(const Found &at, const YAML::Node &node,
                                                const QString &field);
    [[nodiscard]] static Result<QDateTime> wallClockHandoff(const Found &at, const YAML::Node &node,
                                                            const QString &field,
                                                            const QTimeZone &zone, qint64 ms);
    // A rotation of one person per turn in effect from node[startKey] until node[endKey] (when
    // given and not null), which must come later.
    [[nodiscard]] static Result<Rotation> rotationBetween(const Found &at, const YAML::Node &node,
                                                          const QString &field,
                                                          const char *startKey, const char *endKey);
    // Whether the override is kept: refused in words without a person or with its end first;
    // one over 366 days is listed as not carried over.
    [[nodiscard]] Result<bool> keepOverride(const Found &at, const YAML::Node &node,
                                            const QString &field, const ScheduleOverride &change,
                                            const QString &schedule);

    OnCallImport m_import;
};

} // namespace sitrep
