#include "channelstore.h"

#include "database.h"
#include "sqlerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sitrep {

namespace {

QString settingsJson(const Channel &channel)
{
    QJsonObject settings;
    if (!channel.slackChannel.isEmpty())
        settings.insert(QStringLiteral("channel"), channel.slackChannel);
    if (!channel.apiUrl.isEmpty())
        settings.insert(QStringLiteral("api_url"), channel.apiUrl.toString());
    if (!channel.bodyTemplate.isEmpty())
        settings.insert(QStringLiteral("template"), channel.bodyTemplate);
    if (channel.severities) {
        QJsonArray codes;
        for (Severity severity : *channel.severities)
            codes.append(severityCode(severity));
        settings.insert(QStringLiteral("severities"), codes);
    }
    settings.insert(QStringLiteral("timeout_seconds"), qint64(channel.timeout.count()));
    if (!channel.pageId.isEmpty())
        settings.insert(QStringLiteral("page_id"), channel.pageId);
    if (!channel.components.isEmpty()) {
        QJsonObject components;
        for (auto it = channel.components.begin(); it != channel.components.end(); ++it)
            components.insert(it.key(), it.value());
        settings.insert(QStringLiteral("components"), components);
    }
    if (!channel.componentStatus.isEmpty()) {
        QJsonObject statuses;
        for (auto it = channel.componentStatus.begin(); it != channel.componentStatus.end(); ++it)
            statuses.insert(severityCode(it.key()), it.value());
        settings.insert(QStringLiteral("component_status"), statuses);
    }
    if (!channel.smtpUrl.isEmpty())
        settings.insert(QStringLiteral("smtp_url"), channel.smtpUrl.toString());
    if (!channel.from.isEmpty())
        settings.insert(QStringLiteral("from"), channel.from);
    if (!channel.to.isEmpty())
        settings.insert(QStringLiteral("to"), QJsonArray::fromStringList(channel.to));
    if (!channel.username.isEmpty())
        settings.insert(QStringLiteral("username"), channel.username);
    if (!channel.requireTls)
        settings.insert(QStringLiteral("tls"), QStringLiteral("none"));
    if (!channel.caFile.isEmpty())
        settings.insert(QStringLiteral("ca_file"), channel.caFile);
    if (!channel.folder.isEmpty())
        settings.insert(QStringLiteral("folder"), channel.folder);
    if (channel.incidentChannels)
        settings.insert(QStringLiteral("incident_channels"), true);
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

Channel readChannel(const QSqlQuery &query)
{
    Channel channel;
    channel.name = query.value(0).toString();
    channel.kind = parseChannelKind(query.value(1).toString()).value_or(Channel::Kind::Webhook);
    channel.role = parseChannelRole(query.value(2).toString()).value_or(Channel::Role::Other);
    const QJsonObject settings = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    channel.slackChannel = settings.value(u"channel").toString();
    channel.apiUrl = QUrl(settings.value(u"api_url").toString());
    channel.bodyTemplate = settings.value(u"template").toString();
    if (settings.contains(u"severities")) {
        QList<Severity> severities;
        for (const QJsonValue &code : settings.value(u"severities").toArray())
            if (const auto severity = parseSeverity(code.toString()))
                severities << *severity;
        channel.severities = severities;
    }
    channel.timeout = std::chrono::seconds(settings.value(u"timeout_seconds").toInteger(10));
    channel.pageId = settings.value(u"page_id").toString();
    const QJsonObject components = settings.value(u"components").toObject();
    for (auto it = components.begin(); it != components.end(); ++it)
        channel.components.insert(it.key(), it.value().toString());
    const QJsonObject statuses = settings.value(u"component_status").toObject();
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        if (const auto severity = parseSeverity(it.key()))
            channel.componentStatus.insert(*severity, it.value().toString());
    channel.smtpUrl = QUrl(settings.value(u"smtp_url").toString());
    channel.from = settings.value(u"from").toString();
    for (const QJsonValue &address : settings.value(u"to").toArray())
        channel.to << address.toString();
    channel.username = settings.value(u"username").toString();
    channel.requireTls = settings.value(u"tls").toString() != u"none";
    channel.caFile = settings.value(u"ca_file").toString();
    channel.folder = settings.value(u"folder").toString();
    channel.incidentChannels = settings.value(u"incident_channels").toBool();
    return channel;
}

constexpr auto selectChannels = "SELECT name, kind, role, settings FROM channels";

} // namespace

ChannelStore::ChannelStore(Database &database) : m_database(database) { }

Result<QList<Channel>> ChannelStore::list()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QString::fromUtf8(selectChannels) + QStringLiteral(" ORDER BY name")))
        return SqlErrors::describe(tr("Could not read the channels"), query.lastError());
    QList<Channel> channels;
    while (query.next())
        channels.append(readChannel(query));
    return channels;
}

Result<std::optional<Channel>> ChannelStore::find(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromUtf8(selectChannels) + QStringLiteral(" WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read channel %1").arg(name), query.lastError());
    if (!query.next())
        return std::optional<Channel>();
    return std::optional<Channel>(readChannel(query));
}

Result<void> ChannelStore::save(const Channel &channel)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO channels (name, kind, role, settings) VALUES"
                                 " (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                                 " kind = excluded.kind, role = excluded.role,"
                                 " settings = excluded.settings"));
    query.addBindValue(channel.name);
    query.addBindValue(channelKindKey(channel.kind));
    query.addBindValue(channelRoleKey(channel.role));
    query.addBindValue(settingsJson(channel));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save channel %1").arg(channel.name),
                                   query.lastError());
    return {};
}

Result<bool> ChannelStore::remove(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM channels WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not remove channel %1").arg(name), query.lastError());
    return query.numRowsAffected() > 0;
}

} // namespace sitrep
