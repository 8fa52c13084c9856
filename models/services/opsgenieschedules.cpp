#include "opsgenieschedules.h"

#include "domain/rotationturns.h"
#include "domain/zonetime.h"
#include "yamlfields.h"

#include <algorithm>

#include <QHash>

namespace sitrep {

namespace {

std::optional<int> weekdayOf(const QString &name)
{
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        if (name.compare(QLocale::c().dayName(day, QLocale::LongFormat), Qt::CaseInsensitive) == 0)
            return day;
    return std::nullopt;
}

class OpsgenieReader : public ProviderFileReader
{
    Q_DECLARE_TR_FUNCTIONS(OpsgenieSchedules)
public:
    OpsgenieReader() : ProviderFileReader(QStringLiteral("Opsgenie")) { }

private:
    Result<void> collect(const ProviderFile &file) override
    {
        const Result<YAML::Node> read = ProviderFileReader::root(file, m_import.provider);
        if (!read)
            return Error {read.error()};
        const YAML::Node data = read.value()["data"];
        if (data && data.IsSequence()) {
            for (std::size_t i = 0; i < data.size(); ++i)
                if (Result<void> sorted
                    = sort(Found {file.name, data[i], QStringLiteral("data[%1]").arg(i), {}});
                    !sorted)
                    return sorted;
            return {};
        }
        if (data && data.IsMap())
            return sort(Found {file.name, data, QStringLiteral("data"), {}});
        return YamlFields::problem(file.name, read.value(), QStringLiteral("data"),
                                   tr("missing: give Opsgenie's answers for schedules, their "
                                      "timelines and overrides, or escalations."));
    }

    Result<void> build() override
    {
        for (const Found &found : std::as_const(m_schedules)) {
            Result<ImportedSchedule> schedule = readSchedule(found);
            if (!schedule)
                return Error {schedule.error()};
            m_import.schedules << schedule.value();
        }
        if (m_import.schedules.isEmpty())
            return Error {tr("The files hold no Opsgenie schedule: save each with GET "
                             "/v2/schedules/{id}?expand=rotation.")};
        for (const Found &found : std::as_const(m_overrides))
            if (Result<void> read = readOverride(found); !read)
                return Error {read.error()};
        for (const Found &found : std::as_const(m_timelines))
            if (Result<void> read = readTimeline(found); !read)
                return Error {read.error()};
        for (const Found &found : std::as_const(m_escalations))
            if (Result<void> read = readEscalation(found); !read)
                return Error {read.error()};
        leaveOut(tr("Notification rules, contact methods (phone numbers), heartbeat monitors and "
                    "team routing rules: Sitrep pages through its own channels."));
        return {};
    }

private:
    Result<void> sort(const Found &found)
    {
        const YAML::Node &node = found.node;
        if (node["finalTimeline"])
            m_timelines << found;
        else if (node["timezone"] || (node["rotations"] && node["name"] && !node["user"]))
            m_schedules << found;
        else if (node["rules"])
            m_escalations << found;
        else if (node["user"] && node["startDate"])
            m_overrides << found;
        else
            return problem(found, node, QStringLiteral("name"),
                           tr("not an Opsgenie schedule, timeline, override or escalation."));
        return {};
    }

    // The schedule a timeline or an override belongs to: the one its _parent names, or the
    // only one imported.
    ImportedSchedule *parentOf(const Found &at)
    {
        const QString name = textOf(path(at.node, {"_parent", "name"}));
        for (ImportedSchedule &imported : m_import.schedules)
            if (imported.schedule.name == name
                || (name.isEmpty() && m_import.schedules.size() == 1))
                return &imported;
        return nullptr;
    }

    // A participant's name; a team or an escalation kept as a name is listed as `where`'s,
    // unless `where` is empty (the timeline: what it names is compared, not imported).
    QString personOf(const YAML::Node &participant, const QString &where)
    {
        const QString type = textOf(participant["type"]);
        if (type == u"none")
            return {};
        QString name = textOf(participant["username"]);
        if (name.isEmpty())
            name = textOf(participant["name"]);
        if (name.isEmpty())
            name = textOf(participant["id"]);
        if ((type == u"team" || type == u"escalation") && !where.isEmpty())
            leaveOut(tr("%1: the %2 %3 is kept as a name (Sitrep pages people).")
                             .arg(where, type, name));
        return name;
    }

    Result<ImportedSchedule> readSchedule(const Found &at)
    {
        const YAML::Node node = at.node;
        ImportedSchedule imported;
        OnCallSchedule &schedule = imported.schedule;
        Result<QString> name = scheduleName(at, textOf(node["name"]));
        Result<QTimeZone> zone = this->zone(at, node["timezone"], QStringLiteral("timezone"));
        if (!name || !zone)
            return Error {!name ? name.error() : zone.error()};
        schedule.name = name.value();
        schedule.zone = zone.value();
        schedule.team = textOf(path(node, {"ownerTeam", "name"}));
        schedule.layering = OnCallSchedule::Layering::Cumulative;
        schedule.escalation = {};
        if (YamlFields::boolean(node["enabled"]) == false)
            leaveOut(tr("Schedule \"%1\" is disabled in Opsgenie; Sitrep imports it as any other.")
                             .arg(schedule.name));
        const YAML::Node rotations = node["rotations"];
        if (!rotations || !rotations.IsSequence() || rotations.size() == 0)
            return problem(at, node, QStringLiteral("rotations"),
                           tr("missing: save the schedule with ?expand=rotation."));
        for (std::size_t i = 0; i < rotations.size(); ++i) {
            Result<ScheduleLayer> layer = readRotation(
                    at, rotations[i], QStringLiteral("rotations[%1]").arg(i), schedule);
            if (!layer)
                return Error {layer.error()};
            schedule.layers << layer.value();
        }
        return imported;
    }

    Result<ScheduleLayer> readRotation(const Found &at, const YAML::Node &node,
                                       const QString &field, const OnCallSchedule &schedule)
    {
        ScheduleLayer layer;
        layer.name = textOf(node["name"]);
        Result<Rotation> between = rotationBetween(at, node, field, "startDate", "endDate");
        if (!between)
            return Error {between.error()};
        Rotation rotation = between.value();
        Result<QDateTime> handoff
                = wallClockHandoff(at, node["startDate"], field + QStringLiteral(".startDate"),
                                   schedule.zone, rotation.effectiveFromMs);
        if (!handoff)
            return Error {handoff.error()};
        const QDateTime wallClock = handoff.value();
        rotation.start = wallClock.date();
        rotation.handoffTime = wallClock.time();
        const QString type = textOf(node["type"]);
        const std::optional<ShiftLength::Unit> unit = type == u"hourly" ? ShiftLength::Unit::Hours
                : type == u"daily"                                      ? ShiftLength::Unit::Days
                : type == u"weekly" ? std::optional(ShiftLength::Unit::Weeks)
                                    : std::nullopt;
        if (!unit)
            return problem(at, node["type"], field + QStringLiteral(".type"),
                           tr("must be hourly, daily or weekly, not \"%1\".").arg(type));
        Result<qint64> length = node["length"]
                ? count(at, node["length"], field + QStringLiteral(".length"), 1, 8784)
                : Result<qint64>(1);
        if (!length)
            return Error {length.error()};
        rotation.length = {int(length.value()), *unit};
        rotation.handoffWeekday
                = *unit == ShiftLength::Unit::Weeks ? rotation.start.dayOfWeek() : 0;
        const YAML::Node participants = node["participants"];
        if (!participants || !participants.IsSequence() || participants.size() == 0)
            return problem(at, node, field + QStringLiteral(".participants"),
                           tr("a rotation needs at least one participant."));
        const QString where = tr("Rotation \"%1\" of \"%2\"").arg(layer.name, schedule.name);
        QStringList turns;
        for (const YAML::Node &participant : participants)
            turns << personOf(participant, where);
        QStringList named = turns;
        named.removeAll(QString());
        named.removeDuplicates();
        if (named.size() == turns.size() - turns.count(QString())) {
            rotation.participants = turns;
        } else { // someone takes several turns of one cycle: the turns are a table
            rotation.participants = named;
            for (qsizetype k = 0; k < turns.size(); ++k)
                rotation.assignments << TurnAssignment {int(k) + 1, turns.at(k), {}};
        }
        layer.versions << rotation;
        if (Result<void> read = readRestrictions(at, node["timeRestriction"],
                                                 field + QStringLiteral(".timeRestriction"), layer);
            !read)
            return Error {read.error()};
        return layer;
    }

    Result<QTime> timeOf(const Found &at, const YAML::Node &node, const char *hour,
                         const char *minute, const QString &field)
    {
        Result<qint64> h = count(at, path(node, {hour}), field + u'.' + QLatin1String(hour), 0, 24);
        if (!h)
            return Error {h.error()};
        Result<qint64> m
                = count(at, path(node, {minute}), field + u'.' + QLatin1String(minute), 0, 59);
        if (!m)
            return Error {m.error()};
        return QTime(0, 0).addSecs(int((h.value() * 60 + m.value()) % (24 * 60)) * 60);
    }

    Result<void> readRestrictions(const Found &at, const YAML::Node &node, const QString &field,
                                  ScheduleLayer &layer)
    {
        if (!node || node.IsNull())
            return {};
        const QString type = textOf(node["type"]);
        if (type == u"time-of-day") {
            const QString inner = field + QStringLiteral(".restriction");
            const YAML::Node window = path(node, {"restriction"});
            Result<QTime> from = timeOf(at, window, "startHour", "startMin", inner);
            Result<QTime> to = timeOf(at, window, "endHour", "endMin", inner);
            if (!from || !to)
                return Error {!from ? from.error() : to.error()};
            layer.restrictions << Restriction {0, from.value(), to.value()};
            return {};
        }
        if (type != u"weekday-and-time-of-day")
            return problem(
                    at, node["type"], field + QStringLiteral(".type"),
                    tr("must be time-of-day or weekday-and-time-of-day, not \"%1\".").arg(type));
        const YAML::Node windows = node["restrictions"];
        for (std::size_t i = 0; windows && windows.IsSequence() && i < windows.size(); ++i) {
            const QString inner = field + QStringLiteral(".restrictions[%1]").arg(i);
            const std::optional<int> startDay = weekdayOf(textOf(windows[i]["startDay"]));
            const std::optional<int> endDay = weekdayOf(textOf(windows[i]["endDay"]));
            if (!startDay || !endDay)
                return problem(at, windows[i], inner + QStringLiteral(".startDay"),
                               tr("startDay and endDay must be days of the week (monday…)."));
            Result<QTime> from = timeOf(at, windows[i], "startHour", "startMin", inner);
            Result<QTime> to = timeOf(at, windows[i], "endHour", "endMin", inner);
            if (!from || !to)
                return Error {!from ? from.error() : to.error()};
            layer.restrictions << Restriction::ofWeek(*startDay, from.value(), *endDay, to.value());
        }
        return {};
    }

    Result<void> readOverride(const Found &at)
    {
        ImportedSchedule *imported = parentOf(at);
        if (!imported)
            return problem(at, at.node, QStringLiteral("_parent"),
                           tr("names no imported schedule; import overrides with their schedule."));
        OnCallSchedule &schedule = imported->schedule;
        const QString person = personOf(at.node["user"], schedule.name);
        Result<qint64> from = instant(at, at.node["startDate"], QStringLiteral("startDate"));
        Result<qint64> to = instant(at, at.node["endDate"], QStringLiteral("endDate"));
        if (!from || !to)
            return Error {!from ? from.error() : to.error()};
        Result<bool> keep = keepOverride(
                at, at.node, QStringLiteral("user"),
                {ScheduleOverride::Kind::Cover, person, {}, from.value(), to.value()},
                schedule.name);
        if (!keep)
            return Error {keep.error()};
        if (!keep.value())
            return {};
        const YAML::Node rotations = at.node["rotations"];
        if (!rotations || !rotations.IsSequence() || rotations.size() == 0) {
            schedule.overrides << ScheduleOverride {
                    ScheduleOverride::Kind::Cover, person, {}, from.value(), to.value()};
            return {};
        }
        for (const YAML::Node &rotation : rotations) {
            const QString name = textOf(rotation["name"]);
            const auto layer = std::find_if(schedule.layers.cbegin(), schedule.layers.cend(),
                                            [&](const ScheduleLayer &l) { return l.name == name; });
            if (layer == schedule.layers.cend())
                return problem(at, rotation, QStringLiteral("rotations"),
                               tr("\"%1\" is not a rotation of \"%2\".").arg(name, schedule.name));
            replaceInRotation(schedule, layer->versions.first(), person, from.value(), to.value());
        }
        return {};
    }

    // An override of one rotation: `person` replaces whoever that rotation has in each of its
    // turns within the override, and is added where the turn is nobody's.
    static void replaceInRotation(OnCallSchedule &schedule, const Rotation &rotation,
                                  const QString &person, qint64 fromMs, qint64 toMs)
    {
        const RotationTurns turns(rotation, schedule.zone);
        const qint64 begin = std::max(fromMs, rotation.effectiveFromMs);
        const qint64 end = std::min(toMs, rotation.untilMs);
        qint64 index = turns.indexAt(begin).value_or(0);
        for (qint64 start = turns.handoffMs(index); start < end; start = turns.handoffMs(++index)) {
            const RotationTurn turn = turns.turn(index);
            const qint64 pieceFrom = std::max(begin, turn.startMs);
            const qint64 pieceTo = std::min(end, turn.endMs);
            if (pieceFrom >= pieceTo)
                continue;
            schedule.overrides << (turn.primary.isEmpty()
                                           ? ScheduleOverride {ScheduleOverride::Kind::Add,
                                                               person,
                                                               {},
                                                               pieceFrom,
                                                               pieceTo}
                                           : ScheduleOverride {ScheduleOverride::Kind::Replace,
                                                               person, turn.primary, pieceFrom,
                                                               pieceTo});
        }
    }

    Result<void> readTimeline(const Found &at)
    {
        ImportedSchedule *imported = parentOf(at);
        if (!imported)
            return problem(at, at.node, QStringLiteral("_parent"),
                           tr("names no imported schedule; import the timeline with its "
                              "schedule."));
        Result<qint64> from = instant(at, at.node["startDate"], QStringLiteral("startDate"));
        Result<qint64> to = instant(at, at.node["endDate"], QStringLiteral("endDate"));
        if (!from || !to)
            return Error {!from ? from.error() : to.error()};
        const YAML::Node rotations = path(at.node, {"finalTimeline", "rotations"});
        for (std::size_t r = 0; rotations && rotations.IsSequence() && r < rotations.size(); ++r) {
            const YAML::Node periods = rotations[r]["periods"];
            for (std::size_t p = 0; periods && periods.IsSequence() && p < periods.size(); ++p) {
                const QString field
                        = QStringLiteral("finalTimeline.rotations[%1].periods[%2]").arg(r).arg(p);
                Result<qint64> start = instant(at, periods[p]["startDate"],
                                               field + QStringLiteral(".startDate"));
                Result<qint64> end
                        = instant(at, periods[p]["endDate"], field + QStringLiteral(".endDate"));
                if (!start || !end)
                    return Error {!start ? start.error() : end.error()};
                const QString person = personOf(periods[p]["recipient"], {});
                if (!person.isEmpty())
                    imported->providerShifts << ProviderShift {start.value(), end.value(), person};
            }
        }
        if (from.value() < to.value())
            imported->prove(from.value(), to.value());
        return {};
    }

    Result<void> readEscalation(const Found &at)
    {
        const QString name = textOf(at.node["name"]);
        const YAML::Node rules = at.node["rules"];
        struct Rule
        {
            qint64 delayMinutes = 0;
            QString target;
        };
        ImportedSchedule *owner = nullptr;
        for (std::size_t r = 0; rules.IsSequence() && r < rules.size() && !owner; ++r)
            if (textOf(path(rules[r], {"recipient", "type"})) == u"schedule")
                for (ImportedSchedule &imported : m_import.schedules)
                    if (imported.schedule.name == textOf(path(rules[r], {"recipient", "name"})))
                        owner = &imported;
        if (!owner) {
            leaveOut(
                    tr("Escalation \"%1\": it notifies none of the imported schedules.").arg(name));
            return {};
        }
        OnCallSchedule &schedule = owner->schedule;
        QList<Rule> levels;
        for (std::size_t r = 0; r < rules.size(); ++r) {
            const QString field = QStringLiteral("rules[%1]").arg(r);
            const YAML::Node rule = rules[r];
            Result<qint64> amount = count(at, path(rule, {"delay", "timeAmount"}),
                                          field + QStringLiteral(".delay.timeAmount"), 0, 10080);
            if (!amount)
                return Error {amount.error()};
            const QString unit = textOf(path(rule, {"delay", "timeUnit"}));
            const qint64 perUnit = unit == u"hours" ? 60 : unit == u"days" ? 1440 : 1;
            const QString where = tr("Escalation \"%1\", rule %2").arg(name).arg(r + 1);
            const QString recipientType = textOf(path(rule, {"recipient", "type"}));
            const QString notifyType = textOf(rule["notifyType"]);
            QString target;
            if (recipientType == u"user")
                target = personOf(rule["recipient"], where);
            else if (recipientType == u"schedule"
                     && textOf(path(rule, {"recipient", "name"})) == schedule.name
                     && (notifyType.isEmpty() || notifyType == u"default"))
                target = QStringLiteral("primary");
            if (textOf(rule["condition"]) == u"if-not-closed")
                leaveOut(tr("%1: \"if-not-closed\" (Sitrep stops escalating when someone "
                            "acknowledges).")
                                 .arg(where));
            if (target.isEmpty()) {
                leaveOut(tr("%1: %2 %3 with notifyType %4 (Sitrep escalates to a person or "
                            "the schedule's on-call person).")
                                 .arg(where, recipientType,
                                      textOf(path(rule, {"recipient", "name"})), notifyType));
                continue;
            }
            const qint64 delay = amount.value() * perUnit;
            const auto same = std::find_if(levels.cbegin(), levels.cend(),
                                           [&](const Rule &l) { return l.delayMinutes == delay; });
            if (same != levels.cend()) {
                leaveOut(tr("%1: %2 beside %3 (a Sitrep level pages one target).")
                                 .arg(where, target, same->target));
                continue;
            }
            levels << Rule {delay, target};
        }
        std::sort(levels.begin(), levels.end(),
                  [](const Rule &a, const Rule &b) { return a.delayMinutes < b.delayMinutes; });
        if (levels.isEmpty())
            return {};
        if (levels.first().delayMinutes > 0)
            leaveOut(tr("Escalation \"%1\": its first rule waits %2 minutes (Sitrep pages the "
                        "first level when the incident is declared).")
                             .arg(name)
                             .arg(levels.first().delayMinutes));
        const YAML::Node repeat = path(at.node, {"repeat"});
        Result<qint64> wait = path(repeat, {"waitInterval"})
                ? count(at, repeat["waitInterval"], QStringLiteral("repeat.waitInterval"), 0, 10080)
                : Result<qint64>(0);
        Result<qint64> rounds = path(repeat, {"count"})
                ? count(at, repeat["count"], QStringLiteral("repeat.count"), 0,
                        EscalationPolicy::mostRepeats)
                : Result<qint64>(0);
        if (!wait || !rounds)
            return Error {!wait ? wait.error() : rounds.error()};
        for (const char *flag : {"resetRecipientStates", "closeAlertAfterAll"})
            if (YamlFields::boolean(path(repeat, {flag})).value_or(false))
                leaveOut(tr("Escalation \"%1\": repeat.%2.").arg(name, QLatin1String(flag)));
        EscalationPolicy policy;
        for (qsizetype i = 0; i < levels.size(); ++i) {
            // Opsgenie counts each delay from the alert; a Sitrep level waits for the next.
            const qint64 waits = i + 1 < levels.size()
                    ? levels.at(i + 1).delayMinutes - levels.at(i).delayMinutes
                    : (wait.value() > 0 ? wait.value() : schedule.expectations.acknowledgeMinutes);
            policy.levels << EscalationLevel {int(i) + 1, levels.at(i).target, int(waits)};
        }
        policy.repeat = int(rounds.value());
        if (!schedule.escalation.levels.isEmpty()) {
            leaveOut(tr("Escalation \"%1\": schedule \"%2\" already escalates by another.")
                             .arg(name, schedule.name));
            return {};
        }
        schedule.escalation = policy;
        return {};
    }

    QList<Found> m_schedules;
    QList<Found> m_timelines;
    QList<Found> m_overrides;
    QList<Found> m_escalations;
};

} // namespace

Result<OnCallImport> OpsgenieSchedules::read(const QList<ProviderFile> &files)
{
    return OpsgenieReader().read(files);
}

} // namespace sitrep
