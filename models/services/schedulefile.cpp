#include "schedulefile.h"

#include "domain/zonetime.h"
#include "yamlfields.h"

#include <limits>
#include <set>
#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

namespace sitrep {

namespace {

QString textOf(const YAML::Node &node)
{
    return YamlFields::text(node).value_or(QString());
}

std::optional<int> parseWeekday(const QString &text)
{
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        if (text.compare(ScheduleFile::weekdayName(day), Qt::CaseInsensitive) == 0
            || text.compare(QLocale::c().dayName(day, QLocale::ShortFormat), Qt::CaseInsensitive)
                    == 0)
            return day;
    return std::nullopt;
}

class ScheduleReader
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleFile)
public:
    explicit ScheduleReader(QString fileName) : m_fileName(std::move(fileName)) { }

    Result<OnCallSchedule> read(const YAML::Node &document)
    {
        if (!document.IsMap())
            return problem(document, QStringLiteral("schedule"), tr("must be a mapping."));
        if (auto unknown
            = unknownKey(document, {},
                         {"name", "team", "services", "timezone", "rotation", "rotations", "layers",
                          "layering", "overrides", "escalation", "expectations"}))
            return *unknown;
        OnCallSchedule schedule;
        schedule.name = textOf(document["name"]);
        if (schedule.name.isEmpty())
            return problem(document, QStringLiteral("name"), tr("a schedule needs a name."));
        schedule.team = textOf(document["team"]);
        if (const YAML::Node services = document["services"]) {
            if (!services.IsSequence())
                return problem(services, QStringLiteral("services"), tr("must be a list."));
            for (const YAML::Node &service : services)
                schedule.services << textOf(service);
        }
        const QString zone = textOf(document["timezone"]);
        schedule.zone = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
        if (!schedule.zone.isValid())
            return problem(
                    document["timezone"], QStringLiteral("timezone"),
                    tr("\"%1\" is not an IANA time zone (such as Europe/Berlin).").arg(zone));
        m_zone = schedule.zone;

        if (document["rotation"] || document["rotations"]) {
            Result<ScheduleLayer> layer = readLayer(document, {});
            if (!layer)
                return Error {layer.error()};
            schedule.layers << layer.value();
        }
        if (const YAML::Node layers = document["layers"]) {
            if (!layers.IsSequence())
                return problem(layers, QStringLiteral("layers"), tr("must be a list."));
            for (std::size_t i = 0; i < layers.size(); ++i) {
                const QString field = QStringLiteral("layers[%1]").arg(i);
                if (auto unknown = unknownKey(layers[i], field + u'.',
                                              {"name", "rotation", "rotations", "restrictions"}))
                    return *unknown;
                Result<ScheduleLayer> layer = readLayer(layers[i], field + u'.');
                if (!layer)
                    return Error {layer.error()};
                schedule.layers << layer.value();
            }
        }
        if (schedule.layers.isEmpty())
            return problem(document, QStringLiteral("rotation"),
                           tr("a schedule needs a rotation (or layers)."));
        if (const YAML::Node layering = document["layering"]) {
            const QString text = textOf(layering);
            if (text != u"stacked" && text != u"cumulative")
                return problem(layering, QStringLiteral("layering"),
                               tr("must be stacked (a higher layer wins) or cumulative (every "
                                  "layer is on call at once), not \"%1\".")
                                       .arg(text));
            schedule.layering = text == u"cumulative" ? OnCallSchedule::Layering::Cumulative
                                                      : OnCallSchedule::Layering::Stacked;
        }
        if (Result<void> read = readOverrides(document["overrides"], schedule); !read)
            return Error {read.error()};
        if (Result<void> read = readEscalation(document["escalation"], schedule); !read)
            return Error {read.error()};
        if (Result<void> read = readExpectations(document["expectations"], schedule); !read)
            return Error {read.error()};
        return schedule;
    }

private:
    Error problem(const YAML::Node &node, const QString &field, const QString &what) const
    {
        return YamlFields::problem(m_fileName, node, field, what);
    }

    std::optional<Error> unknownKey(const YAML::Node &node, const QString &prefix,
                                    const std::set<std::string> &known) const
    {
        if (!node.IsMap())
            return problem(node, prefix.chopped(prefix.isEmpty() ? 0 : 1),
                           tr("must be a mapping."));
        for (const auto &entry : node) {
            const std::string key = textOf(entry.first).toStdString();
            if (!known.contains(key))
                return problem(entry.first, prefix + QString::fromStdString(key),
                               tr("not a field of on-call schedules."));
        }
        return std::nullopt;
    }

    Result<int> number(const YAML::Node &node, const QString &field, int minimum,
                       int maximum = std::numeric_limits<int>::max()) const
    {
        bool ok = false;
        const int value = textOf(node).toInt(&ok);
        if (!ok || value < minimum)
            return problem(node, field,
                           tr("must be a whole number of at least %1, not \"%2\".")
                                   .arg(minimum)
                                   .arg(textOf(node)));
        if (value > maximum)
            return problem(node, field, tr("must be at most %1, not %2.").arg(maximum).arg(value));
        return value;
    }

    Result<qint64> instant(const YAML::Node &node, const QString &field) const
    {
        if (const std::optional<qint64> at = ScheduleFile::parseInstant(textOf(node), m_zone))
            return *at;
        return problem(node, field,
                       tr("\"%1\" is not an ISO 8601 date and time (such as 2026-04-05T00:00).")
                               .arg(textOf(node)));
    }

    Result<QStringList> people(const YAML::Node &node, const QString &field) const
    {
        if (!node.IsSequence() || node.size() == 0)
            return problem(node, field, tr("must list at least one person."));
        QStringList people;
        for (const YAML::Node &person : node) {
            const QString name = textOf(person);
            if (person.IsNull()) { // ~: a turn with nobody on call
                people << QString();
                continue;
            }
            if (name.isEmpty())
                return problem(person, field, tr("a participant needs a name (or ~ for nobody)."));
            if (people.contains(name))
                return problem(person, field, tr("%1 is listed twice.").arg(name));
            people << name;
        }
        return people;
    }

    Result<ScheduleLayer> readLayer(const YAML::Node &node, const QString &prefix)
    {
        ScheduleLayer layer;
        if (!prefix.isEmpty()) // the top-level `rotation:` is the unnamed bottom layer
            layer.name = textOf(node["name"]);
        if (node["rotation"] && node["rotations"])
            return problem(node["rotations"], prefix + QStringLiteral("rotations"),
                           tr("give either rotation or rotations, not both."));
        if (const YAML::Node rotation = node["rotation"]) {
            Result<Rotation> read = readRotation(rotation, prefix + QStringLiteral("rotation"));
            if (!read)
                return Error {read.error()};
            layer.versions << read.value();
        } else if (const YAML::Node versions = node["rotations"];
                   versions && versions.IsSequence()) {
            for (std::size_t i = 0; i < versions.size(); ++i) {
                const QString field = prefix + QStringLiteral("rotations[%1]").arg(i);
                Result<Rotation> read = readRotation(versions[i], field);
                if (!read)
                    return Error {read.error()};
                if (i > 0 && read.value().effectiveFromMs <= layer.versions.last().effectiveFromMs)
                    return problem(versions[i], field + QStringLiteral(".effective_from"),
                                   tr("a later version needs a later effective_from."));
                layer.versions << read.value();
            }
        } else {
            return problem(node, prefix + QStringLiteral("rotation"), tr("missing."));
        }
        if (const YAML::Node restrictions = node["restrictions"]) {
            if (!restrictions.IsSequence())
                return problem(restrictions, prefix + QStringLiteral("restrictions"),
                               tr("must be a list."));
            for (std::size_t i = 0; i < restrictions.size(); ++i) {
                Result<void> read = readRestriction(
                        restrictions[i], prefix + QStringLiteral("restrictions[%1]").arg(i),
                        layer.restrictions);
                if (!read)
                    return Error {read.error()};
            }
        }
        return layer;
    }

    Result<Rotation> readRotation(const YAML::Node &node, const QString &field)
    {
        if (auto unknown = unknownKey(node, field + u'.',
                                      {"start", "duration", "handoff", "participants", "schedule",
                                       "secondary", "effective_from", "until"}))
            return *unknown;
        Rotation rotation;
        rotation.start = QDate::fromString(textOf(node["start"]), Qt::ISODate);
        if (!rotation.start.isValid())
            return problem(node["start"] ? node["start"] : node, field + QStringLiteral(".start"),
                           tr("needs the first handoff day as a date (such as 2026-03-23)."));
        const std::optional<ShiftLength> length = parseShiftLength(
                node["duration"] ? textOf(node["duration"]) : QStringLiteral("1 week"));
        if (!length)
            return problem(node["duration"], field + QStringLiteral(".duration"),
                           tr("\"%1\" is not a shift length (N hours, N days or N weeks).")
                                   .arg(textOf(node["duration"])));
        rotation.length = *length;
        const auto handoff = ScheduleFile::parseHandoff(
                node["handoff"] ? textOf(node["handoff"]) : QStringLiteral("Monday 09:00"));
        if (!handoff)
            return problem(node["handoff"], field + QStringLiteral(".handoff"),
                           tr("\"%1\" is not a handoff (such as Monday 09:00, or 09:00).")
                                   .arg(textOf(node["handoff"])));
        rotation.handoffWeekday = handoff->first;
        rotation.handoffTime = handoff->second;
        Result<QStringList> participants
                = people(node["participants"] ? node["participants"] : node,
                         field + QStringLiteral(".participants"));
        if (!participants)
            return Error {participants.error()};
        rotation.participants = participants.value();
        if (const YAML::Node table = node["schedule"]) {
            if (!table.IsSequence())
                return problem(table, field + QStringLiteral(".schedule"), tr("must be a list."));
            for (std::size_t i = 0; i < table.size(); ++i) {
                const QString row = field + QStringLiteral(".schedule[%1]").arg(i);
                if (auto unknown
                    = unknownKey(table[i], row + u'.', {"week", "turn", "primary", "secondary"}))
                    return *unknown;
                const YAML::Node turnNode = table[i]["turn"] ? table[i]["turn"] : table[i]["week"];
                Result<int> turn = number(turnNode, row + QStringLiteral(".week"), 1);
                if (!turn)
                    return Error {turn.error()};
                TurnAssignment assignment {turn.value(), textOf(table[i]["primary"]),
                                           textOf(table[i]["secondary"])};
                // primary: ~ is a turn with nobody; a missing primary is a mistake.
                if (assignment.primary.isEmpty() && !table[i]["primary"].IsNull())
                    return problem(table[i], row + QStringLiteral(".primary"), tr("missing."));
                rotation.assignments << assignment;
            }
        }
        if (const YAML::Node secondary = node["secondary"]) {
            const QString text = textOf(secondary);
            if (text != u"next" && text != u"none")
                return problem(
                        secondary, field + QStringLiteral(".secondary"),
                        tr("must be next (the next participant) or none, not \"%1\".").arg(text));
            rotation.nextIsSecondary = text == u"next";
        }
        if (const YAML::Node from = node["effective_from"]) {
            Result<qint64> at = instant(from, field + QStringLiteral(".effective_from"));
            if (!at)
                return Error {at.error()};
            rotation.effectiveFromMs = at.value();
        }
        if (const YAML::Node until = node["until"]) {
            Result<qint64> at = instant(until, field + QStringLiteral(".until"));
            if (!at)
                return Error {at.error()};
            if (at.value() <= rotation.effectiveFromMs)
                return problem(until, field + QStringLiteral(".until"),
                               tr("must be after effective_from."));
            rotation.untilMs = at.value();
        }
        return rotation;
    }

    Result<void> readRestriction(const YAML::Node &node, const QString &field,
                                 QList<Restriction> &restrictions)
    {
        if (auto unknown = unknownKey(node, field + u'.', {"days", "from", "to"}))
            return *unknown;
        const QTime from = QTime::fromString(textOf(node["from"]), u"HH:mm");
        const std::optional<std::pair<int, QTime>> to
                = ScheduleFile::parseHandoff(textOf(node["to"]));
        if (!from.isValid())
            return problem(node, field + QStringLiteral(".from"), tr("needs a time as HH:MM."));
        if (!to)
            return problem(node, field + QStringLiteral(".to"),
                           tr("needs a time as HH:MM, or a weekday and a time (Friday 17:00)."));
        const YAML::Node days = node["days"];
        if (to->first != 0) {
            // A window of the week starts on one day and ends on the day `to` names.
            const std::optional<int> weekday = days && days.IsSequence() && days.size() == 1
                    ? parseWeekday(textOf(days[0]))
                    : std::nullopt;
            if (!weekday)
                return problem(node, field + QStringLiteral(".days"),
                               tr("a window that ends on a weekday starts on one day: list "
                                  "exactly one."));
            restrictions << Restriction::ofWeek(*weekday, from, to->first, to->second);
            return {};
        }
        if (!days) {
            restrictions << Restriction {0, from, to->second};
            return {};
        }
        if (!days.IsSequence() || days.size() == 0)
            return problem(days, field + QStringLiteral(".days"), tr("must list weekdays."));
        for (const YAML::Node &day : days) {
            const std::optional<int> weekday = parseWeekday(textOf(day));
            if (!weekday)
                return problem(day, field + QStringLiteral(".days"),
                               tr("\"%1\" is not a weekday.").arg(textOf(day)));
            restrictions << Restriction {*weekday, from, to->second};
        }
        return {};
    }

    Result<void> readOverrides(const YAML::Node &node, OnCallSchedule &schedule)
    {
        if (!node)
            return {};
        if (!node.IsSequence())
            return problem(node, QStringLiteral("overrides"), tr("must be a list."));
        for (std::size_t i = 0; i < node.size(); ++i) {
            const QString field = QStringLiteral("overrides[%1]").arg(i);
            const YAML::Node entry = node[i];
            if (auto unknown
                = unknownKey(entry, field + u'.', {"kind", "person", "replaces", "from", "to"}))
                return *unknown;
            ScheduleOverride change;
            const std::optional<ScheduleOverride::Kind> kind
                    = parseOverrideKind(textOf(entry["kind"]));
            if (!kind)
                return problem(entry, field + QStringLiteral(".kind"),
                               tr("must be replace, add, remove or cover, not \"%1\".")
                                       .arg(textOf(entry["kind"])));
            change.kind = *kind;
            change.person = textOf(entry["person"]);
            if (change.person.isEmpty())
                return problem(entry, field + QStringLiteral(".person"), tr("missing."));
            change.replaces = textOf(entry["replaces"]);
            if (change.kind == ScheduleOverride::Kind::Replace && change.replaces.isEmpty())
                return problem(entry, field + QStringLiteral(".replaces"),
                               tr("a replace names whom it replaces."));
            Result<qint64> from = instant(entry["from"], field + QStringLiteral(".from"));
            if (!from)
                return Error {from.error()};
            Result<qint64> to = instant(entry["to"], field + QStringLiteral(".to"));
            if (!to)
                return Error {to.error()};
            change.fromMs = from.value();
            change.toMs = to.value();
            if (const QString wrong = change.spanProblem(); !wrong.isEmpty())
                return problem(entry["to"], field + QStringLiteral(".to"), wrong);
            schedule.overrides << change;
        }
        return {};
    }

    Result<void> readEscalation(const YAML::Node &node, OnCallSchedule &schedule)
    {
        if (!node)
            return {};
        if (auto unknown = unknownKey(node, QStringLiteral("escalation."), {"levels", "repeat"}))
            return *unknown;
        EscalationPolicy policy;
        if (node["repeat"]) {
            Result<int> repeat = number(node["repeat"], QStringLiteral("escalation.repeat"), 0,
                                        EscalationPolicy::mostRepeats);
            if (!repeat)
                return Error {repeat.error()};
            policy.repeat = repeat.value();
        }
        const YAML::Node levels = node["levels"];
        if (!levels || !levels.IsSequence() || levels.size() == 0)
            return problem(node, QStringLiteral("escalation.levels"), tr("must list levels."));
        for (std::size_t i = 0; i < levels.size(); ++i) {
            const QString field = QStringLiteral("escalation.levels[%1]").arg(i);
            if (auto unknown
                = unknownKey(levels[i], field + u'.', {"level", "target", "timeout_minutes"}))
                return *unknown;
            EscalationLevel level;
            Result<int> number_ = levels[i]["level"]
                    ? number(levels[i]["level"], field + QStringLiteral(".level"), 1)
                    : Result<int>(int(i) + 1);
            if (!number_)
                return Error {number_.error()};
            level.level = number_.value();
            level.target = textOf(levels[i]["target"]);
            if (level.target.isEmpty())
                return problem(levels[i], field + QStringLiteral(".target"),
                               tr("needs primary, secondary or a person."));
            if (!levels[i]["timeout_minutes"])
                return problem(levels[i], field + QStringLiteral(".timeout_minutes"),
                               tr("missing: give the minutes before the next level is paged."));
            Result<int> timeout = number(levels[i]["timeout_minutes"],
                                         field + QStringLiteral(".timeout_minutes"), 1);
            if (!timeout)
                return Error {timeout.error()};
            level.timeoutMinutes = timeout.value();
            policy.levels << level;
        }
        schedule.escalation = policy;
        return {};
    }

    Result<void> readExpectations(const YAML::Node &node, OnCallSchedule &schedule)
    {
        if (!node)
            return {};
        if (auto unknown = unknownKey(node, QStringLiteral("expectations."),
                                      {"acknowledge_minutes", "respond_minutes"}))
            return *unknown;
        for (auto [key, target] :
             {std::pair {"acknowledge_minutes", &schedule.expectations.acknowledgeMinutes},
              std::pair {"respond_minutes", &schedule.expectations.respondMinutes}}) {
            if (!node[key])
                continue;
            Result<int> minutes = number(
                    node[key], QStringLiteral("expectations.") + QString::fromLatin1(key), 1);
            if (!minutes)
                return Error {minutes.error()};
            *target = minutes.value();
        }
        return {};
    }

    QString m_fileName;
    QTimeZone m_zone;
};

} // namespace

QString ScheduleFile::weekdayName(int weekday)
{
    return QLocale::c().dayName(weekday, QLocale::LongFormat);
}

std::optional<std::pair<int, QTime>> ScheduleFile::parseHandoff(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ');
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    const QTime time = QTime::fromString(parts.last(), u"H:mm");
    if (!time.isValid())
        return std::nullopt;
    if (parts.size() == 1)
        return std::pair {0, time};
    const std::optional<int> weekday = parseWeekday(parts.first());
    if (!weekday)
        return std::nullopt;
    return std::pair {*weekday, time};
}

std::optional<qint64> ScheduleFile::parseInstant(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression offset(QStringLiteral(R"((Z|[+-]\d\d:?\d\d)$)"));
    if (const QDate date = QDate::fromString(text, Qt::ISODate);
        date.isValid() && text.size() == 10)
        return ZoneTime::toUtcMs(zone, date, QTime(0, 0));
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    if (offset.match(text).hasMatch())
        return parsed.toMSecsSinceEpoch();
    return ZoneTime::toUtcMs(zone, parsed.date(), parsed.time());
}

Result<QList<OnCallSchedule>> ScheduleFile::parse(const QByteArray &yaml, const QString &fileName)
{
    const Result<std::vector<YAML::Node>> loaded = YamlFields::loadAll(yaml, fileName);
    if (!loaded)
        return Error {loaded.error()};
    const std::vector<YAML::Node> &documents = loaded.value();
    QList<OnCallSchedule> schedules;
    try {
        for (const YAML::Node &document : documents) {
            if (document.IsNull())
                continue;
            Result<OnCallSchedule> schedule = ScheduleReader(fileName).read(document);
            if (!schedule)
                return Error {schedule.error()};
            schedules << schedule.value();
        }
    } catch (const YAML::Exception &failure) {
        return Error {tr("%1:%2: %3")
                              .arg(fileName)
                              .arg(failure.mark.line + 1)
                              .arg(QString::fromStdString(failure.msg))};
    }
    if (schedules.isEmpty())
        return Error {tr("%1: holds no on-call schedule.").arg(fileName)};
    return schedules;
}

} // namespace sitrep
