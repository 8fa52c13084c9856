#pragma once

#include "ctlcommands.h"
#include "domain/endpoint.h"
#include "domain/incident.h"

#include <cmath>
#include <optional>

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

// What every sitrepctl command uses to read its words and print.
namespace sitrep {
class AppContext;
}

namespace sitrep::ctl {

// The options every command may take after its words.
struct CommandLine
{
    QCommandLineParser parser;
    QString error;

    bool parse(const QString &command, const QStringList &arguments)
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        if (!parser.parse(QStringList {command} + arguments)) {
            error = parser.errorText();
            return false;
        }
        return true;
    }
};

inline QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), CtlCommands::tr("Print JSON for machines.")};
}

inline QCommandLineOption outputOption()
{
    return {QStringLiteral("output"), CtlCommands::tr("The file to write."),
            QStringLiteral("FILE")};
}

// Writes the file whole or not at all; the problem in words, empty when written.
inline QString writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return CtlCommands::tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

inline QString printable(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("-");
}

inline QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

// A number for JSON: null when there is none or it is NaN or infinite (JSON has neither).
inline QJsonValue jsonNumber(std::optional<double> value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue();
}

// --at 2026-03-09T02:10:00Z; a time without an offset is UTC.
inline std::optional<QDateTime> parseAt(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toUTC();
}

// An instant as ISO 8601 UTC ("2026-04-06T07:00:00Z").
inline QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// A date (the day's start, UTC) or a full ISO 8601 time.
inline std::optional<QDateTime> parseDay(const QString &text)
{
    // QDate reads the date off the front of a date-time too: only a bare date is a day.
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    return parseAt(text);
}

// Reads the --at option into `at` (left alone when the option is not given); the problem in
// words, if any.
inline QString readAt(const QCommandLineParser &parser, const QCommandLineOption &option,
                      QDateTime *at)
{
    if (!parser.isSet(option))
        return {};
    const auto parsed = parseAt(parser.value(option));
    if (!parsed)
        return CtlCommands::tr("--at must be an ISO 8601 time such as "
                               "2026-03-09T02:10:00Z, not \"%1\".")
                .arg(parser.value(option));
    *at = *parsed;
    return {};
}

// Reads the single incident an "incidents X ID" command takes (a number, the team's in team
// mode, #P-3f2a or a uid) as its local id. The error is empty when the words name no incident
// at all (a usage problem), and says so when no such incident is here.
inline Result<IncidentId> incidentId(AppContext &context, const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return Error {QString()};
    const Result<std::optional<IncidentId>> id = context.incidents().resolve(words.first());
    if (!id)
        return Error {id.error()};
    if (!id.value())
        return Error {QString()};
    return *id.value();
}

// What people call the incident after a "#" (12, P-3f2a in team mode; its own id in solo).
inline QString incidentReference(AppContext &context, IncidentId id)
{
    const Result<Incident> incident = context.incidents().incident(id);
    return incident ? incident.value().reference() : QString::number(id);
}

// The secret piped to standard input (--secret-stdin): straight into the keychain, never on
// a command line or in a log. Nothing if it cannot be read.
inline std::optional<QString> secretFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(input.readAll()).trimmed();
}

// Reads --url/--prometheus URL or --endpoint NAME into an endpoint of `kind`: a URL makes a
// one-off endpoint without a secret, a name reads the configured one.
Result<Endpoint> chosenEndpoint(AppContext &context, const QCommandLineParser &parser,
                                const QCommandLineOption &url, const QCommandLineOption &name,
                                Endpoint::Kind kind, const QString &command);

} // namespace sitrep::ctl
