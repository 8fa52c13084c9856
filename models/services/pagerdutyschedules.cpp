#include "pagerdutyschedules.h"

#include "domain/zonetime.h"
#include "providerfiles.h"
#include "schedulefile.h"
#include "yamlfields.h"

#include <algorithm>

#include <QHash>
#include <QSet>

namespace sitrep {

namespace {

constexpr qint64 secondsPerDay = 24 * 3600;
constexpr qint64 secondsPerWeek = 7 * secondsPerDay;

class PagerDutyReader : public ProviderFileReader
{
    Q_DECLARE_TR_FUNCTIONS(PagerDutySchedules)
public:
    PagerDutyReader() : ProviderFileReader(QStringLiteral("PagerDuty")) { }

private:
    Result<void> collect(const ProviderFile &file) override
    {
        const Result<YAML::Node> read = ProviderFileReader::root(file, m_import.provider);
        if (!read)
            return Error {read.error()};
        const YAML::Node root = read.value();
        bool known = false;
        const auto each = [&](const char *one, const char *many, QList<Found> &into) {
            if (const YAML::Node node = root[one]) {
                into << Found {file.name, node, QString::fromLatin1(one), file.scheduleId};
                known = true;
            }
            if (const YAML::Node list = root[many]; list && list.IsSequence()) {
                for (std::size_t i = 0; i < list.size(); ++i)
                    into << Found {file.name, list[i],
                                   QStringLiteral("%1[%2]").arg(QLatin1String(many)).arg(i),
                                   file.scheduleId};
                known = true;
            }
        };
        each("schedule", "schedules", m_schedules);
        each("escalation_policy", "escalation_policies", m_policies);
        each("user", "users", m_userNodes);
        each("override", "overrides", m_overrides);
        if (!known)
            return YamlFields::problem(file.name, root, QStringLiteral("schedule"),
                                       tr("not in the file: give PagerDuty's answers for "
                                          "schedules, escalation policies, users or overrides."));
        if (YamlFields::boolean(root["more"]).value_or(false))
            leaveOut(tr("%1 is one page of a longer list (\"more\": true); the "
                        "pages after it were not given.")
                             .arg(file.name));
        return {};
    }

    Result<void> build() override
    {
        for (const Found &user : std::as_const(m_userNodes))
            m_names.insert(textOf(user.node["id"]), textOf(user.node["name"]));
        for (const Found &found : std::as_const(m_schedules)) {
            Result<ImportedSchedule> schedule = readSchedule(found);
            if (!schedule)
                return Error {schedule.error()};
            m_import.schedules << schedule.value();
        }
        for (qsizetype i = 0; i < m_schedules.size(); ++i)
            m_byId.insert(textOf(m_schedules.at(i).node["id"]), &m_import.schedules[i]);
        if (m_import.schedules.isEmpty())
            return Error {tr("The files hold no PagerDuty schedule: save each with GET "
                             "/schedules/{id}?since=…&until=….")};
        if (Result<void> read = readOverrideFiles(); !read)
            return Error {read.error()};
        for (const Found &found : std::as_const(m_policies))
            if (Result<void> read = readPolicy(found); !read)
                return Error {read.error()};
        for (qsizetype i = 0; i < m_import.schedules.size(); ++i) {
            ImportedSchedule &imported = m_import.schedules[i];
            const auto shown = m_shown.value(textOf(m_schedules.at(i).node["id"]));
            if (!imported.providerShifts.isEmpty())
                imported.prove(shown.first, shown.second);
        }
        leaveOut(tr("People's contact methods and notification rules: Sitrep "
                    "pages through its own channels."));
        return {};
    }

private:
    // A person as the schedule names them: the name from the users' answer, else the
    // reference's summary; the id only when neither is given (and then said).
    QString personOf(const YAML::Node &reference)
    {
        const YAML::Node user = reference["user"] ? reference["user"] : reference;
        const QString id = textOf(user["id"]);
        QString name = m_names.value(id);
        if (name.isEmpty())
            name = textOf(user["summary"]).isEmpty() ? textOf(user["name"])
                                                     : textOf(user["summary"]);
        if (name.isEmpty() && !id.isEmpty()) {
            name = id;
            leaveOut(tr("The name of user %1 (not in the files: add the answer of GET /users).")
                             .arg(id));
        }
        return name;
    }

    Result<ImportedSchedule> readSchedule(const Found &at)
    {
        const YAML::Node node = at.node;
        ImportedSchedule imported;
        OnCallSchedule &schedule = imported.schedule;
        Result<QString> name = scheduleName(at,
                                            textOf(node["name"]).isEmpty() ? textOf(node["summary"])
                                                                           : textOf(node["name"]));
        Result<QTimeZone> zone = this->zone(at, node["time_zone"], QStringLiteral("time_zone"));
        if (!name || !zone)
            return Error {!name ? name.error() : zone.error()};
        schedule.name = name.value();
        schedule.zone = zone.value();
        if (const YAML::Node teams = node["teams"]; teams && teams.IsSequence() && teams.size() > 0)
            schedule.team = textOf(teams[0]["summary"]);
        const YAML::Node layers = node["schedule_layers"];
        if (!layers || !layers.IsSequence() || layers.size() == 0)
            return problem(at, node, QStringLiteral("schedule_layers"),
                           tr("missing: the list of schedules has no layers; save each schedule "
                              "with GET /schedules/{id}."));
        // The API lists the top layer first; Sitrep lists layers bottom to top.
        for (std::size_t i = layers.size(); i-- > 0;) {
            Result<ScheduleLayer> layer = readLayer(
                    at, layers[i], QStringLiteral("schedule_layers[%1]").arg(i), schedule.zone);
            if (!layer)
                return Error {layer.error()};
            schedule.layers << layer.value();
        }
        schedule.escalation = {};
        const auto entries = [&](const char *key) {
            return node[key] ? node[key]["rendered_schedule_entries"] : YAML::Node();
        };
        if (Result<void> read = readOverrides(at, entries("overrides_subschedule"),
                                              QStringLiteral("overrides_subschedule"), schedule);
            !read)
            return Error {read.error()};
        const YAML::Node final = entries("final_schedule");
        if (final && final.IsSequence()) {
            qint64 from = std::numeric_limits<qint64>::max();
            qint64 to = std::numeric_limits<qint64>::min();
            for (std::size_t i = 0; i < final.size(); ++i) {
                const QString field
                        = QStringLiteral("final_schedule.rendered_schedule_entries[%1]").arg(i);
                Result<qint64> start
                        = instant(at, final[i]["start"], field + QStringLiteral(".start"));
                Result<qint64> end = instant(at, final[i]["end"], field + QStringLiteral(".end"));
                if (!start || !end)
                    return Error {!start ? start.error() : end.error()};
                from = std::min(from, start.value());
                to = std::max(to, end.value());
                if (final[i]["user"] && !final[i]["user"].IsNull())
                    imported.providerShifts
                            << ProviderShift {start.value(), end.value(), personOf(final[i])};
            }
            if (from < to)
                m_shown.insert(textOf(at.node["id"]), {from, to});
        }
        return imported;
    }

    Result<ScheduleLayer> readLayer(const Found &at, const YAML::Node &node, const QString &field,
                                    const QTimeZone &zone)
    {
        ScheduleLayer layer;
        layer.name = textOf(node["name"]);
        Result<Rotation> between = rotationBetween(at, node, field, "start", "end");
        if (!between)
            return Error {between.error()};
        Rotation rotation = between.value();
        Result<qint64> anchor = instant(at, node["rotation_virtual_start"],
                                        field + QStringLiteral(".rotation_virtual_start"));
        if (!anchor)
            return Error {anchor.error()};
        Result<qint64> turn = count(at, node["rotation_turn_length_seconds"],
                                    field + QStringLiteral(".rotation_turn_length_seconds"), 3600,
                                    366 * secondsPerDay);
        if (!turn)
            return Error {turn.error()};
        Result<QDateTime> handoff = wallClockHandoff(
                at, node["rotation_virtual_start"],
                field + QStringLiteral(".rotation_virtual_start"), zone, anchor.value());
        if (!handoff)
            return Error {handoff.error()};
        QDateTime wallClock = handoff.value();
        // PagerDuty's turns run before a virtual start that is later than the layer's start;
        // Sitrep's begin at their first handoff, so that handoff moves back whole turns.
        const qint64 turnsBefore = anchor.value() > rotation.effectiveFromMs
                ? (anchor.value() - rotation.effectiveFromMs + turn.value() * 1000 - 1)
                        / (turn.value() * 1000)
                : 0;
        wallClock = wallClock.addSecs(-turnsBefore * turn.value());
        rotation.start = wallClock.date();
        rotation.handoffTime = wallClock.time();
        if (turn.value() % secondsPerWeek == 0) {
            rotation.length = {int(turn.value() / secondsPerWeek), ShiftLength::Unit::Weeks};
            rotation.handoffWeekday = rotation.start.dayOfWeek();
        } else if (turn.value() % secondsPerDay == 0) {
            rotation.length = {int(turn.value() / secondsPerDay), ShiftLength::Unit::Days};
            rotation.handoffWeekday = 0;
        } else if (turn.value() % 3600 == 0) {
            rotation.length = {int(turn.value() / 3600), ShiftLength::Unit::Hours};
            rotation.handoffWeekday = 0;
        } else {
            return problem(at, node["rotation_turn_length_seconds"],
                           field + QStringLiteral(".rotation_turn_length_seconds"),
                           tr("turns of %1 seconds are not whole hours, which Sitrep's "
                              "rotations are.")
                                   .arg(turn.value()));
        }
        const YAML::Node users = node["users"];
        if (!users || !users.IsSequence() || users.size() == 0)
            return problem(at, node, field + QStringLiteral(".users"),
                           tr("a layer needs at least one user."));
        QStringList turns;
        for (const YAML::Node &user : users)
            turns << personOf(user);
        std::rotate(turns.begin(), turns.end() - turnsBefore % turns.size(), turns.end());
        rotation.participants = turns;
        rotation.participants.removeDuplicates();
        // PagerDuty lets a person take several turns of one cycle: then the turns are a table.
        if (rotation.participants.size() != turns.size())
            for (qsizetype k = 0; k < turns.size(); ++k)
                rotation.assignments << TurnAssignment {int(k) + 1, turns.at(k), {}};
        layer.versions << rotation;
        const YAML::Node restrictions = node["restrictions"];
        for (std::size_t i = 0;
             restrictions && restrictions.IsSequence() && i < restrictions.size(); ++i) {
            Result<Restriction> restriction = readRestriction(
                    at, restrictions[i], field + QStringLiteral(".restrictions[%1]").arg(i));
            if (!restriction)
                return Error {restriction.error()};
            layer.restrictions << restriction.value();
        }
        return layer;
    }

    Result<Restriction> readRestriction(const Found &at, const YAML::Node &node,
                                        const QString &field)
    {
        const QString type = textOf(node["type"]);
        const bool weekly = type == u"weekly_restriction";
        if (!weekly && type != u"daily_restriction")
            return problem(
                    at, node["type"], field + QStringLiteral(".type"),
                    tr("must be daily_restriction or weekly_restriction, not \"%1\".").arg(type));
        const QTime from = QTime::fromString(textOf(node["start_time_of_day"]), u"HH:mm:ss");
        if (!from.isValid() || from.second() != 0)
            return problem(at, node["start_time_of_day"],
                           field + QStringLiteral(".start_time_of_day"),
                           tr("must be a whole minute as HH:MM:SS, not \"%1\".")
                                   .arg(textOf(node["start_time_of_day"])));
        Result<qint64> duration
                = count(at, node["duration_seconds"], field + QStringLiteral(".duration_seconds"),
                        60, weekly ? secondsPerWeek : secondsPerDay);
        if (!duration)
            return Error {duration.error()};
        if (duration.value() % 60 != 0)
            return problem(at, node["duration_seconds"],
                           field + QStringLiteral(".duration_seconds"),
                           tr("must be whole minutes."));
        const qint64 endSeconds = from.msecsSinceStartOfDay() / 1000 + duration.value();
        const QTime to = QTime(0, 0).addSecs(int(endSeconds % secondsPerDay));
        if (!weekly)
            return Restriction {0, from, to};
        Result<qint64> weekday = count(at, node["start_day_of_week"],
                                       field + QStringLiteral(".start_day_of_week"), 1, 7);
        if (!weekday)
            return Error {weekday.error()};
        const int start = int(weekday.value());
        return Restriction::ofWeek(start, from,
                                   int((start - 1 + endSeconds / secondsPerDay) % 7) + 1, to);
    }

    Result<void> readOverrides(const Found &at, const YAML::Node &list, const QString &field,
                               OnCallSchedule &schedule)
    {
        if (!list || !list.IsSequence())
            return {};
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString entry = field + QStringLiteral("[%1]").arg(i);
            Result<qint64> from = instant(at, list[i]["start"], entry + QStringLiteral(".start"));
            Result<qint64> to = instant(at, list[i]["end"], entry + QStringLiteral(".end"));
            if (!from || !to)
                return Error {!from ? from.error() : to.error()};
            ScheduleOverride change {
                    ScheduleOverride::Kind::Cover, personOf(list[i]), {}, from.value(), to.value()};
            Result<bool> keep = keepOverride(at, list[i], entry, change, schedule.name);
            if (!keep)
                return Error {keep.error()};
            if (!keep.value())
                continue;
            if (!schedule.overrides.contains(change))
                schedule.overrides << change;
        }
        return {};
    }

    // GET /schedules/{id}/overrides does not name its schedule: it belongs to the one it was
    // fetched for, or (saved to a file) to the only one. It lists each override whole, while
    // the schedule's overrides_subschedule is cut at the edges of the shown weeks: the list
    // replaces them.
    Result<void> readOverrideFiles()
    {
        QSet<ImportedSchedule *> listed;
        for (const Found &found : std::as_const(m_overrides)) {
            ImportedSchedule *owner = !found.scheduleId.isEmpty()
                    ? m_byId.value(found.scheduleId)
                    : (m_import.schedules.size() == 1 ? &m_import.schedules.first() : nullptr);
            if (!owner)
                return Error {tr("%1: overrides do not say their schedule; import them with that "
                                 "schedule alone.")
                                      .arg(found.fileName)};
            if (!listed.contains(owner)) {
                owner->schedule.overrides.clear();
                listed.insert(owner);
            }
            YAML::Node list(YAML::NodeType::Sequence);
            list.push_back(found.node);
            if (Result<void> read = readOverrides(found, list, {}, owner->schedule); !read)
                return read;
        }
        return {};
    }

    // The policy becomes the escalation of the first imported schedule its rules page.
    Result<void> readPolicy(const Found &at)
    {
        const QString name = textOf(at.node["name"]);
        const YAML::Node rules = at.node["escalation_rules"];
        ImportedSchedule *owner = nullptr;
        for (std::size_t r = 0; rules && rules.IsSequence() && r < rules.size() && !owner; ++r)
            for (const YAML::Node &target : rules[r]["targets"])
                if (textOf(target["type"]).startsWith(u"schedule"))
                    for (ImportedSchedule &imported : m_import.schedules)
                        if (imported.schedule.name == textOf(target["summary"]) && !owner)
                            owner = &imported;
        if (!owner) {
            m_import.notCarried
                    << tr("Escalation policy \"%1\": it pages none of the imported schedules.")
                               .arg(name);
            return {};
        }
        OnCallSchedule &schedule = owner->schedule;
        if (!schedule.escalation.levels.isEmpty()) {
            leaveOut(tr("Escalation policy \"%1\": schedule \"%2\" already "
                        "escalates by another policy.")
                             .arg(name, schedule.name));
            return {};
        }
        EscalationPolicy policy;
        for (std::size_t r = 0; r < rules.size(); ++r) {
            const QString field = QStringLiteral("escalation_rules[%1]").arg(r);
            Result<qint64> delay
                    = count(at, rules[r]["escalation_delay_in_minutes"],
                            field + QStringLiteral(".escalation_delay_in_minutes"), 1, 7 * 24 * 60);
            if (!delay)
                return Error {delay.error()};
            QStringList targets;
            for (const YAML::Node &target : rules[r]["targets"]) {
                const QString summary = textOf(target["summary"]);
                if (textOf(target["type"]).startsWith(u"user"))
                    targets << personOf(target);
                else if (summary == schedule.name)
                    targets << QStringLiteral("primary");
                else
                    m_import.notCarried
                            << tr("Escalation policy \"%1\", rule %2: its target \"%3\" (Sitrep "
                                  "escalates within one schedule).")
                                       .arg(name)
                                       .arg(r + 1)
                                       .arg(summary);
            }
            if (targets.isEmpty())
                continue;
            policy.levels << EscalationLevel {int(policy.levels.size()) + 1, targets.first(),
                                              int(delay.value())};
            for (const QString &also : targets.mid(1))
                leaveOut(tr("Escalation policy \"%1\", rule %2: %3 beside %4 (a "
                            "Sitrep level pages one target).")
                                 .arg(name)
                                 .arg(r + 1)
                                 .arg(also, targets.first()));
        }
        if (at.node["num_loops"]) {
            Result<qint64> loops = count(at, at.node["num_loops"], QStringLiteral("num_loops"), 0,
                                         EscalationPolicy::mostRepeats);
            if (!loops)
                return Error {loops.error()};
            policy.repeat = int(loops.value());
        }
        schedule.escalation = policy;
        for (const YAML::Node &service : at.node["services"])
            if (const QString service_ = textOf(service["summary"]); !service_.isEmpty())
                schedule.services << service_;
        return {};
    }

    QList<Found> m_schedules;
    QList<Found> m_policies;
    QList<Found> m_userNodes;
    QList<Found> m_overrides;
    QHash<QString, QString> m_names; // the users' answer: id to name
    // By schedule id (two schedules may share a name): the span the final schedule covers.
    QHash<QString, std::pair<qint64, qint64>> m_shown;
    QHash<QString, ImportedSchedule *> m_byId; // into m_import.schedules, filled once
};

} // namespace

Result<OnCallImport> PagerDutySchedules::read(const QList<ProviderFile> &files)
{
    return PagerDutyReader().read(files);
}

} // namespace sitrep
