#pragma once

#include "ctlcommands.h"
#include "domain/incident.h"

#include <optional>

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// What every sitrepctl command uses to read its words and print.
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

// Reads the single incident id an "incidents X ID" command takes.
inline std::optional<IncidentId> incidentId(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return std::nullopt;
    bool ok = false;
    const IncidentId id = words.first().toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

} // namespace sitrep::ctl
