#include "escalationstore.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sitrep {

namespace {

QByteArray policyJson(const Escalation &escalation)
{
    QJsonArray levels;
    for (const EscalationLevel &level : escalation.policy.levels)
        levels.append(QJsonObject {{QStringLiteral("level"), level.level},
                                   {QStringLiteral("target"), level.target},
                                   {QStringLiteral("timeout_minutes"), level.timeoutMinutes}});
    return QJsonDocument(QJsonObject {
                                 {QStringLiteral("levels"), levels},
                                 {QStringLiteral("repeat"), escalation.policy.repeat},
                                 {QStringLiteral("acknowledge_minutes"),
                                  escalation.expectations.acknowledgeMinutes},
                                 {QStringLiteral("respond_minutes"),
                                  escalation.expectations.respondMinutes},
                         })
            .toJson(QJsonDocument::Compact);
}

void readPolicy(const QByteArray &json, Escalation &escalation)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    escalation.policy.levels.clear();
    for (const QJsonValue &level : object.value(u"levels").toArray())
        escalation.policy.levels << EscalationLevel {level[u"level"].toInt(),
                                                     level[u"target"].toString(),
                                                     level[u"timeout_minutes"].toInt()};
    escalation.policy.repeat = object.value(u"repeat").toInt();
    escalation.expectations.acknowledgeMinutes = object.value(u"acknowledge_minutes").toInt(5);
    escalation.expectations.respondMinutes = object.value(u"respond_minutes").toInt(15);
}

} // namespace

EscalationStore::EscalationStore(Database &database) : m_database(database) { }

Result<void> EscalationStore::start(const Escalation &escalation)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO escalations (incident_id, schedule, policy,"
                                 " started_at, state) VALUES (?, ?, ?, ?, ?)"));
    query.bindValue(0, escalation.incident);
    query.bindValue(1, escalation.schedule);
    query.bindValue(2, QString::fromUtf8(policyJson(escalation)));
    query.bindValue(3, escalation.startedMs);
    query.bindValue(4, escalationStateKey(escalation.state));
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not start the escalation of incident #%1").arg(escalation.incident),
                query.lastError());
    return {};
}

Result<QList<Escalation>> EscalationStore::select(const QString &where, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT incident_id, schedule, policy, started_at, state,"
                                 " ended_at, ended_by FROM escalations WHERE ")
                  + where + QStringLiteral(" ORDER BY incident_id"));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the escalations"), query.lastError());
    QList<Escalation> escalations;
    while (query.next()) {
        Escalation escalation;
        escalation.incident = query.value(0).toLongLong();
        escalation.schedule = query.value(1).toString();
        readPolicy(query.value(2).toString().toUtf8(), escalation);
        escalation.startedMs = query.value(3).toLongLong();
        escalation.state = parseEscalationState(query.value(4).toString())
                                   .value_or(Escalation::State::Running);
        escalation.endedMs = query.value(5).toLongLong();
        escalation.endedBy = query.value(6).toString();
        escalations << escalation;
    }
    QSqlQuery pages(m_database.connection());
    pages.prepare(QStringLiteral("SELECT step, level, round, target, person, paged_at"
                                 " FROM escalation_pages WHERE incident_id = ? ORDER BY step"));
    for (Escalation &escalation : escalations) {
        pages.bindValue(0, escalation.incident);
        if (!pages.exec())
            return SqlErrors::describe(tr("Could not read the escalations"), pages.lastError());
        while (pages.next())
            escalation.pages << EscalationPage {
                    pages.value(0).toInt(),    pages.value(1).toInt(),
                    pages.value(2).toInt(),    pages.value(3).toString(),
                    pages.value(4).toString(), pages.value(5).toLongLong()};
    }
    return escalations;
}

Result<std::optional<Escalation>> EscalationStore::find(IncidentId incident)
{
    Result<QList<Escalation>> found = select(QStringLiteral("incident_id = ?"), {incident});
    if (!found)
        return Error {found.error()};
    return found.value().isEmpty() ? std::optional<Escalation>()
                                   : std::optional(found.value().first());
}

Result<QList<Escalation>> EscalationStore::running()
{
    return select(QStringLiteral("state = ?"), {escalationStateKey(Escalation::State::Running)});
}

Result<QList<Escalation>> EscalationStore::acknowledgedSince(qint64 sinceMs)
{
    return select(QStringLiteral("state = ? AND started_at >= ?"),
                  {escalationStateKey(Escalation::State::Acknowledged), sinceMs});
}

Result<void> EscalationStore::addPage(IncidentId incident, const EscalationPage &page)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO escalation_pages (incident_id, step, level, round,"
                                 " target, person, paged_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, incident);
    query.bindValue(1, page.step);
    query.bindValue(2, page.level);
    query.bindValue(3, page.round);
    query.bindValue(4, sqlvalues::text(page.target));
    query.bindValue(5, sqlvalues::text(page.person)); // '' for a level passed on
    query.bindValue(6, page.atMs);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not record a page of incident #%1").arg(incident),
                                   query.lastError());
    return {};
}

Result<void> EscalationStore::end(IncidentId incident, Escalation::State state, qint64 atMs,
                                  const QString &by)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE escalations SET state = ?, ended_at = ?, ended_by = ?"
                                 " WHERE incident_id = ? AND state = ?"));
    query.bindValue(0, escalationStateKey(state));
    query.bindValue(1, atMs);
    query.bindValue(2, sqlvalues::text(by));
    query.bindValue(3, incident);
    query.bindValue(4, escalationStateKey(Escalation::State::Running));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not end the escalation of incident #%1").arg(incident),
                                   query.lastError());
    return {};
}

} // namespace sitrep
