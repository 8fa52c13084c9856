#include "providerfiles.h"

#include "domain/zonetime.h"
#include "schedulefile.h"
#include "yamlfields.h"

namespace sitrep {

Result<OnCallImport> ProviderFileReader::read(const QList<ProviderFile> &files)
{
    try {
        for (const ProviderFile &file : files)
            if (Result<void> collected = collect(file); !collected)
                return Error {collected.error()};
        if (Result<void> built = build(); !built)
            return Error {built.error()};
    } catch (const YAML::Exception &failure) { // a shape the readers did not foresee
        return Error {tr("%1's answer could not be read: %2")
                              .arg(m_import.provider, QString::fromStdString(failure.msg))};
    }
    for (ImportedSchedule &imported : m_import.schedules)
        if (imported.schedule.escalation.levels.isEmpty())
            imported.schedule.escalation = EscalationPolicy::seedDefault();
    return m_import;
}

QString ProviderFileReader::textOf(const YAML::Node &node)
{
    return YamlFields::text(node).value_or(QString());
}

YAML::Node ProviderFileReader::path(const YAML::Node &node,
                                    std::initializer_list<const char *> keys)
{
    // Node's assignment writes into the document; reset() only moves the handle, and a const
    // node's operator[] never adds the key it is asked for.
    YAML::Node at(node);
    for (const char *key : keys) {
        if (!at.IsDefined() || !at.IsMap())
            return YAML::Node(YAML::NodeType::Undefined);
        const YAML::Node current(at);
        const YAML::Node next = current[key];
        if (!next.IsDefined()) // a missing key's node is invalid, and reset() refuses it
            return YAML::Node(YAML::NodeType::Undefined);
        at.reset(next);
    }
    return at;
}

Result<YAML::Node> ProviderFileReader::root(const ProviderFile &file, const QString &provider)
{
    const Result<std::vector<YAML::Node>> loaded = YamlFields::loadAll(file.text, file.name);
    if (!loaded)
        return Error {loaded.error()};
    if (loaded.value().size() != 1 || !loaded.value().front().IsMap())
        return Error {
                tr("%1: not an answer of %2's REST API (a JSON object).").arg(file.name, provider)};
    return loaded.value().front();
}

Error ProviderFileReader::problem(const Found &at, const YAML::Node &node, const QString &field,
                                  const QString &what)
{
    return YamlFields::problem(at.fileName, node, at.field + u'.' + field, what);
}

Result<qint64> ProviderFileReader::instant(const Found &at, const YAML::Node &node,
                                           const QString &field)
{
    const QString text = textOf(node);
    if (const std::optional<qint64> ms = ScheduleFile::parseInstant(text, QTimeZone::utc()))
        return *ms;
    return problem(at, node, field, tr("\"%1\" is not an ISO 8601 date and time.").arg(text));
}

Result<qint64> ProviderFileReader::count(const Found &at, const YAML::Node &node,
                                         const QString &field, qint64 least, qint64 most)
{
    bool ok = false;
    const qint64 value = textOf(node).toLongLong(&ok);
    if (!ok || value < least || value > most)
        return problem(at, node, field,
                       tr("must be a whole number from %1 to %2, not \"%3\".")
                               .arg(least)
                               .arg(most)
                               .arg(textOf(node)));
    return value;
}

void ProviderFileReader::leaveOut(const QString &what)
{
    if (!m_import.notCarried.contains(what))
        m_import.notCarried << what;
}

Result<QString> ProviderFileReader::scheduleName(const Found &at, const QString &name)
{
    if (name.isEmpty())
        return problem(at, at.node, QStringLiteral("name"), tr("a schedule needs a name."));
    return name;
}

Result<QTimeZone> ProviderFileReader::zone(const Found &at, const YAML::Node &node,
                                           const QString &field)
{
    const QString name = textOf(node);
    const QTimeZone zone(name.toUtf8());
    if (!zone.isValid())
        return problem(at, node, field, tr("\"%1\" is not an IANA time zone.").arg(name));
    return zone;
}

Result<QDateTime> ProviderFileReader::wallClockHandoff(const Found &at, const YAML::Node &node,
                                                       const QString &field, const QTimeZone &zone,
                                                       qint64 ms)
{
    const QDateTime wallClock = ZoneTime::wallClock(zone, ms);
    if (wallClock.time().second() != 0)
        return problem(at, node, field,
                       tr("hands off at a second past the minute; Sitrep's handoffs are whole "
                          "minutes."));
    return wallClock;
}

Result<Rotation> ProviderFileReader::rotationBetween(const Found &at, const YAML::Node &node,
                                                     const QString &field, const char *startKey,
                                                     const char *endKey)
{
    Rotation rotation;
    rotation.nextIsSecondary = false;
    const QString startField = field + u'.' + QLatin1String(startKey);
    Result<qint64> start = instant(at, node[startKey], startField);
    if (!start)
        return Error {start.error()};
    rotation.effectiveFromMs = start.value();
    if (!node[endKey] || node[endKey].IsNull())
        return rotation;
    const QString endField = field + u'.' + QLatin1String(endKey);
    Result<qint64> end = instant(at, node[endKey], endField);
    if (!end)
        return Error {end.error()};
    if (end.value() <= start.value())
        return problem(at, node[endKey], endField,
                       tr("must be after %1.").arg(QLatin1String(startKey)));
    rotation.untilMs = end.value();
    return rotation;
}

Result<bool> ProviderFileReader::keepOverride(const Found &at, const YAML::Node &node,
                                              const QString &field, const ScheduleOverride &change,
                                              const QString &schedule)
{
    if (change.person.isEmpty() || change.toMs <= change.fromMs)
        return problem(at, node, field, tr("an override needs a user and an end after its start."));
    if (!change.lastsTooLong())
        return true;
    leaveOut(tr("The override of %1 in \"%2\" from %3: it lasts over 366 days; change the "
                "rotation instead.")
                     .arg(change.person, schedule,
                          QDateTime::fromMSecsSinceEpoch(change.fromMs, Qt::UTC)
                                  .toString(Qt::ISODate)));
    return false;
}

} // namespace sitrep
