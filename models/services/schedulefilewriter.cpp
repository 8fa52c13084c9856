#include "schedulefilewriter.h"

#include "schedulefile.h"

#include <yaml-cpp/yaml.h>

namespace sitrep {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// A person's name, or ~ for a turn with nobody.
void writePerson(YAML::Emitter &out, const QString &person)
{
    if (person.isEmpty())
        out << YAML::Null;
    else
        out << utf8(person);
}

std::string instantText(qint64 ms, const QTimeZone &zone)
{
    return utf8(QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate));
}

void writeRotation(YAML::Emitter &out, const Rotation &rotation, const QTimeZone &zone)
{
    out << YAML::BeginMap;
    if (rotation.effectiveFromMs != std::numeric_limits<qint64>::min())
        out << YAML::Key << "effective_from" << YAML::Value
            << instantText(rotation.effectiveFromMs, zone);
    out << YAML::Key << "start" << YAML::Value << utf8(rotation.start.toString(Qt::ISODate));
    out << YAML::Key << "duration" << YAML::Value << utf8(shiftLengthText(rotation.length));
    const QString time = rotation.handoffTime.toString(u"HH:mm");
    out << YAML::Key << "handoff" << YAML::Value
        << utf8(rotation.handoffWeekday >= 1 && rotation.length.unit == ShiftLength::Unit::Weeks
                        ? ScheduleFile::weekdayName(rotation.handoffWeekday) + u' ' + time
                        : time);
    out << YAML::Key << "participants" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &person : rotation.participants)
        writePerson(out, person);
    out << YAML::EndSeq;
    if (!rotation.nextIsSecondary)
        out << YAML::Key << "secondary" << YAML::Value << "none";
    if (rotation.untilMs != std::numeric_limits<qint64>::max())
        out << YAML::Key << "until" << YAML::Value << instantText(rotation.untilMs, zone);
    if (!rotation.assignments.isEmpty()) {
        out << YAML::Key << "schedule" << YAML::Value << YAML::BeginSeq;
        for (const TurnAssignment &row : rotation.assignments) {
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "week" << YAML::Value << row.turn
                << YAML::Key << "primary" << YAML::Value;
            writePerson(out, row.primary);
            if (!row.secondary.isEmpty())
                out << YAML::Key << "secondary" << YAML::Value << utf8(row.secondary);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

void writeVersions(YAML::Emitter &out, const ScheduleLayer &layer, const QTimeZone &zone)
{
    if (layer.versions.size() == 1) {
        out << YAML::Key << "rotation" << YAML::Value;
        writeRotation(out, layer.versions.first(), zone);
        return;
    }
    out << YAML::Key << "rotations" << YAML::Value << YAML::BeginSeq;
    for (const Rotation &rotation : layer.versions)
        writeRotation(out, rotation, zone);
    out << YAML::EndSeq;
}

void writeRestrictions(YAML::Emitter &out, const QList<Restriction> &restrictions)
{
    if (restrictions.isEmpty())
        return;
    out << YAML::Key << "restrictions" << YAML::Value << YAML::BeginSeq;
    for (const Restriction &restriction : restrictions) {
        out << YAML::Flow << YAML::BeginMap;
        if (restriction.weekday != 0)
            out << YAML::Key << "days" << YAML::Value << YAML::Flow << YAML::BeginSeq
                << utf8(ScheduleFile::weekdayName(restriction.weekday)) << YAML::EndSeq;
        const QString to = restriction.to.toString(u"HH:mm");
        out << YAML::Key << "from" << YAML::Value << utf8(restriction.from.toString(u"HH:mm"))
            << YAML::Key << "to" << YAML::Value
            << utf8(restriction.laterDays > 0
                            ? ScheduleFile::weekdayName(restriction.endWeekday()) + u' ' + to
                            : to)
            << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace

QByteArray ScheduleFileWriter::write(const OnCallSchedule &schedule)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << utf8(schedule.name);
    if (!schedule.team.isEmpty())
        out << YAML::Key << "team" << YAML::Value << utf8(schedule.team);
    if (!schedule.services.isEmpty()) {
        out << YAML::Key << "services" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &service : schedule.services)
            out << utf8(service);
        out << YAML::EndSeq;
    }
    out << YAML::Key << "timezone" << YAML::Value << schedule.zone.id().toStdString();
    if (schedule.layering == OnCallSchedule::Layering::Cumulative)
        out << YAML::Key << "layering" << YAML::Value << "cumulative";
    QList<ScheduleLayer> layers = schedule.layers;
    // The bottom layer without a name or restrictions is the seed's plain `rotation:`.
    if (!layers.isEmpty() && layers.first().name.isEmpty() && layers.first().restrictions.isEmpty())
        writeVersions(out, layers.takeFirst(), schedule.zone);
    if (!layers.isEmpty()) {
        out << YAML::Key << "layers" << YAML::Value << YAML::BeginSeq;
        for (const ScheduleLayer &layer : layers) {
            out << YAML::BeginMap;
            if (!layer.name.isEmpty())
                out << YAML::Key << "name" << YAML::Value << utf8(layer.name);
            writeVersions(out, layer, schedule.zone);
            writeRestrictions(out, layer.restrictions);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!schedule.overrides.isEmpty()) {
        out << YAML::Key << "overrides" << YAML::Value << YAML::BeginSeq;
        for (const ScheduleOverride &change : schedule.overrides) {
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "kind" << YAML::Value
                << utf8(overrideKindKey(change.kind)) << YAML::Key << "person" << YAML::Value
                << utf8(change.person);
            if (!change.replaces.isEmpty())
                out << YAML::Key << "replaces" << YAML::Value << utf8(change.replaces);
            out << YAML::Key << "from" << YAML::Value << instantText(change.fromMs, schedule.zone)
                << YAML::Key << "to" << YAML::Value << instantText(change.toMs, schedule.zone)
                << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::Key << "escalation" << YAML::Value << YAML::BeginMap << YAML::Key << "levels"
        << YAML::Value << YAML::BeginSeq;
    for (const EscalationLevel &level : schedule.escalation.levels)
        out << YAML::Flow << YAML::BeginMap << YAML::Key << "level" << YAML::Value << level.level
            << YAML::Key << "target" << YAML::Value << utf8(level.target) << YAML::Key
            << "timeout_minutes" << YAML::Value << level.timeoutMinutes << YAML::EndMap;
    out << YAML::EndSeq << YAML::Key << "repeat" << YAML::Value << schedule.escalation.repeat
        << YAML::EndMap;
    out << YAML::Key << "expectations" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key
        << "acknowledge_minutes" << YAML::Value << schedule.expectations.acknowledgeMinutes
        << YAML::Key << "respond_minutes" << YAML::Value << schedule.expectations.respondMinutes
        << YAML::EndMap;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace sitrep
