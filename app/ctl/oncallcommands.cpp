// sitrepctl oncall: schedules imported, exported and listed; who is on call; shifts; the
// iCalendar export and the hours report.
#include "oncallcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "domain/durationtext.h"

namespace sitrep {

using namespace ctl;

namespace {

QJsonObject shiftJson(const OnCallShift &shift)
{
    return {
            {QStringLiteral("primary"), shift.primary.isEmpty() ? QJsonValue() : shift.primary},
            {QStringLiteral("secondary"),
             shift.secondary.isEmpty() ? QJsonValue() : shift.secondary},
            {QStringLiteral("added"), QJsonArray::fromStringList(shift.added)},
            {QStringLiteral("shift_start"), isoUtc(shift.startMs)},
            {QStringLiteral("shift_end"), isoUtc(shift.endMs)},
            {QStringLiteral("overridden"), shift.overridden},
    };
}

QString shiftText(const OnCallShift &shift)
{
    QString people = shift.primary.isEmpty() ? CtlCommands::tr("nobody") : shift.primary;
    if (!shift.added.isEmpty())
        people += QStringLiteral(", ") + shift.added.join(u", ");
    return CtlCommands::tr("%1 – %2  %3 (secondary: %4)%5")
            .arg(isoUtc(shift.startMs), isoUtc(shift.endMs), people,
                 shift.secondary.isEmpty() ? QStringLiteral("-") : shift.secondary,
                 shift.overridden ? CtlCommands::tr("  [override]") : QString());
}

double hours(qint64 ms)
{
    return double(ms) / 3'600'000.0;
}

// --from and --to as a range; the problem in words, if any.
QString readRange(const QCommandLineParser &parser, qint64 *fromMs, qint64 *toMs)
{
    for (const auto &[name, target] : {std::pair {"from", fromMs}, {"to", toMs}}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            return CtlCommands::tr("--%1 is needed.").arg(option);
        const auto parsed = parseDay(parser.value(option));
        if (!parsed)
            return CtlCommands::tr("--%1 must be a date such as 2026-03-01, not \"%2\".")
                    .arg(option, parser.value(option));
        *target = parsed->toMSecsSinceEpoch();
    }
    if (*fromMs >= *toMs)
        return CtlCommands::tr("--from must be before --to.");
    return {};
}

QCommandLineOption rangeOption(const char *name, const QString &description)
{
    return {QString::fromLatin1(name), description, QStringLiteral("DATE")};
}

QCommandLineOption scheduleOption()
{
    return {QStringLiteral("schedule"), CtlCommands::tr("The schedule's name."),
            QStringLiteral("NAME")};
}

// The one word `command` takes (a file, a name) into `word`; the problem in words, if any.
QString readOneWord(const QString &command, const QStringList &arguments, const QString &needs,
                    QString *word)
{
    CommandLine line;
    if (!line.parse(command, arguments))
        return line.error;
    if (line.parser.positionalArguments().size() != 1)
        return needs;
    *word = line.parser.positionalArguments().first();
    return {};
}

} // namespace

int OnCallCommands::importSchedule(AppContext &context, const QStringList &arguments)
{
    QString file;
    if (const QString problem = readOneWord(QStringLiteral("oncall import"), arguments,
                                            tr("oncall import takes one schedule file."), &file);
        !problem.isEmpty())
        return fail(problem, BadArguments);
    const Result<QStringList> names = context.oncall().importFile(file);
    if (!names)
        return fail(names.error());
    m_out << tr("Imported the on-call schedule %1.").arg(names.value().join(u", ")) << Qt::endl;
    return Done;
}

int OnCallCommands::exportSchedule(AppContext &context, const QStringList &arguments)
{
    QString name;
    if (const QString problem = readOneWord(QStringLiteral("oncall export"), arguments,
                                            tr("oncall export takes the schedule's name."), &name);
        !problem.isEmpty())
        return fail(problem, BadArguments);
    const Result<QByteArray> yaml = context.oncall().exportYaml(name);
    if (!yaml)
        return fail(yaml.error());
    m_out << QString::fromUtf8(yaml.value());
    m_out.flush();
    return Done;
}

int OnCallCommands::listSchedules(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("oncall list"), arguments))
        return fail(line.error, BadArguments);
    const OnCallService &oncall = context.oncall();
    const qint64 now = oncall.nowMs();
    QJsonArray list;
    QString text;
    for (const OnCallSchedule &schedule : oncall.schedules()) {
        const std::optional<OnCallShift> shift = OnCallShifts::at(schedule, now);
        const ScheduleCoverage coverage = OnCallShifts::coverage(
                OnCallShifts::compute(schedule, now, now + OnCallShifts::defaultHorizonMs), now,
                now + OnCallShifts::defaultHorizonMs);
        QJsonArray gaps;
        for (const TimeSpan &gap : coverage.gaps)
            gaps.append(QJsonObject {{QStringLiteral("start"), isoUtc(gap.startMs)},
                                     {QStringLiteral("end"), isoUtc(gap.endMs)}});
        list.append(QJsonObject {
                {QStringLiteral("name"), schedule.name},
                {QStringLiteral("team"), schedule.team},
                {QStringLiteral("timezone"), QString::fromUtf8(schedule.zone.id())},
                {QStringLiteral("layers"), schedule.layers.size()},
                {QStringLiteral("people"), QJsonArray::fromStringList(schedule.people())},
                {QStringLiteral("now"), shift ? QJsonValue(shiftJson(*shift)) : QJsonValue()},
                {QStringLiteral("gaps_next_30_days"), gaps},
        });
        text += tr("%1 (%2, %3): %4; %n gap(s) in the next 30 days\n", nullptr,
                   int(coverage.gaps.size()))
                        .arg(schedule.name, schedule.team.isEmpty() ? tr("no team") : schedule.team,
                             QString::fromUtf8(schedule.zone.id()),
                             shift ? tr("%1 on call until %2")
                                             .arg(shift->primary.isEmpty() ? tr("nobody")
                                                                           : shift->primary,
                                                  isoUtc(shift->endMs))
                                   : tr("nobody on call"));
    }
    if (line.parser.isSet(QStringLiteral("json")))
        m_out << json(list);
    else
        m_out << (text.isEmpty() ? tr("No on-call schedules; import one with sitrepctl oncall "
                                      "import FILE.\n")
                                 : text);
    m_out.flush();
    return Done;
}

int OnCallCommands::whoIsOnCall(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption schedule = scheduleOption();
    const QCommandLineOption at(QStringLiteral("at"), tr("The time to ask about (default: now)."),
                                QStringLiteral("ISO8601"));
    line.parser.addOptions({schedule, at, jsonOption()});
    if (!line.parse(QStringLiteral("oncall who"), arguments))
        return fail(line.error, BadArguments);
    if (!line.parser.isSet(schedule))
        return fail(tr("--schedule is needed."), BadArguments);
    QDateTime when = QDateTime::fromMSecsSinceEpoch(context.oncall().nowMs(), Qt::UTC);
    if (const QString problem = readAt(line.parser, at, &when); !problem.isEmpty())
        return fail(problem, BadArguments);
    const Result<std::optional<OnCallShift>> shift
            = context.oncall().who(line.parser.value(schedule), when.toMSecsSinceEpoch());
    if (!shift)
        return fail(shift.error());
    if (line.parser.isSet(QStringLiteral("json"))) {
        m_out << json(shift.value() ? shiftJson(*shift.value())
                                    : QJsonObject {{QStringLiteral("primary"), QJsonValue()},
                                                   {QStringLiteral("secondary"), QJsonValue()},
                                                   {QStringLiteral("shift_start"), QJsonValue()},
                                                   {QStringLiteral("shift_end"), QJsonValue()}});
    } else {
        m_out << (shift.value() ? shiftText(*shift.value()) : tr("Nobody is on call then."))
              << Qt::endl;
    }
    m_out.flush();
    return Done;
}

int OnCallCommands::listShifts(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption schedule = scheduleOption();
    line.parser.addOptions({schedule, rangeOption("from", tr("The start.")),
                            rangeOption("to", tr("The end, not included.")), jsonOption()});
    if (!line.parse(QStringLiteral("oncall shifts"), arguments))
        return fail(line.error, BadArguments);
    if (!line.parser.isSet(schedule))
        return fail(tr("--schedule is needed."), BadArguments);
    qint64 from = 0;
    qint64 to = 0;
    if (const QString problem = readRange(line.parser, &from, &to); !problem.isEmpty())
        return fail(problem, BadArguments);
    const Result<QList<OnCallShift>> shifts
            = context.oncall().shifts(line.parser.value(schedule), from, to);
    if (!shifts)
        return fail(shifts.error());
    if (line.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const OnCallShift &shift : shifts.value())
            list.append(shiftJson(shift));
        m_out << json(list);
    } else {
        for (const OnCallShift &shift : shifts.value())
            m_out << shiftText(shift) << '\n';
    }
    m_out.flush();
    return Done;
}

int OnCallCommands::exportCalendar(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption schedule = scheduleOption();
    const QCommandLineOption person(QStringLiteral("person"), tr("Only this person's shifts."),
                                    QStringLiteral("P"));
    line.parser.addOptions({schedule, person, rangeOption("from", tr("The first day.")),
                            rangeOption("to", tr("The end, not included."))});
    if (!line.parse(QStringLiteral("oncall ics"), arguments))
        return fail(line.error, BadArguments);
    if (!line.parser.isSet(schedule))
        return fail(tr("--schedule is needed."), BadArguments);
    qint64 from = 0;
    qint64 to = 0;
    if (const QString problem = readRange(line.parser, &from, &to); !problem.isEmpty())
        return fail(problem, BadArguments);
    const Result<QByteArray> ics = context.oncall().calendar(line.parser.value(schedule),
                                                             line.parser.value(person), from, to);
    if (!ics)
        return fail(ics.error());
    // Bytes as they are: the CRLF line ends belong to the format.
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly)
        || output.write(ics.value()) != ics.value().size())
        return fail(tr("Could not write the calendar: %1").arg(output.errorString()));
    return Done;
}

int OnCallCommands::reportOnCallHours(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOptions({rangeOption("from", tr("The first day.")),
                            rangeOption("to", tr("The end, not included.")), jsonOption()});
    if (!line.parse(QStringLiteral("oncall report"), arguments))
        return fail(line.error, BadArguments);
    qint64 from = 0;
    qint64 to = 0;
    if (const QString problem = readRange(line.parser, &from, &to); !problem.isEmpty())
        return fail(problem, BadArguments);
    const OnCallHoursReport report = context.oncall().hours(from, to);
    if (line.parser.isSet(QStringLiteral("json"))) {
        QJsonArray people;
        for (const OnCallHours &row : report.people)
            people.append(QJsonObject {
                    {QStringLiteral("person"), row.person},
                    {QStringLiteral("hours"), hours(row.totalMs)},
                    {QStringLiteral("night_hours"), hours(row.nightMs)},
                    {QStringLiteral("weekend_hours"), hours(row.weekendMs)},
                    {QStringLiteral("secondary_hours"), hours(row.secondaryMs)},
            });
        m_out << json(QJsonObject {{QStringLiteral("from"), isoUtc(from)},
                                   {QStringLiteral("to"), isoUtc(to)},
                                   {QStringLiteral("people"), people},
                                   {QStringLiteral("balance"), report.balance}});
    } else {
        m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(tr("PERSON"), -30)
                         .arg(tr("HOURS"), 8)
                         .arg(tr("NIGHTS"), 8)
                         .arg(tr("WEEKENDS"), 8)
                         .arg(tr("SECONDARY"), 9);
        for (const OnCallHours &row : report.people)
            m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                             .arg(row.person, -30)
                             .arg(hours(row.totalMs), 8, 'f', 1)
                             .arg(hours(row.nightMs), 8, 'f', 1)
                             .arg(hours(row.weekendMs), 8, 'f', 1)
                             .arg(hours(row.secondaryMs), 9, 'f', 1);
        m_out << tr("Balance: %1 (1 is an even load).").arg(report.balance, 0, 'f', 2) << Qt::endl;
    }
    m_out.flush();
    return Done;
}

void OnCallCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("oncall"),
                      {{QStringLiteral("import"), handler(&OnCallCommands::importSchedule)},
                       {QStringLiteral("export"), handler(&OnCallCommands::exportSchedule)},
                       {QStringLiteral("list"), handler(&OnCallCommands::listSchedules)},
                       {QStringLiteral("who"), handler(&OnCallCommands::whoIsOnCall)},
                       {QStringLiteral("shifts"), handler(&OnCallCommands::listShifts)},
                       {QStringLiteral("ics"), handler(&OnCallCommands::exportCalendar)},
                       {QStringLiteral("report"), handler(&OnCallCommands::reportOnCallHours)}});
}

} // namespace sitrep
