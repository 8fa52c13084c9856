#include "teamdocumentstore.h"

#include "database.h"
#include "postmortemstore.h"
#include "sqlerrors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sitrep {

namespace {

struct KindTable
{
    TeamDocumentStore::Kind kind;
    const char *key;
    const char *table; // fixed here, never from input
};

constexpr KindTable kinds[] = {
        {TeamDocumentStore::Kind::Schedule, "schedule", "oncall_schedules"},
        {TeamDocumentStore::Kind::Channel, "channel", "channels"},
        {TeamDocumentStore::Kind::Slo, "slo", "slos"},
        {TeamDocumentStore::Kind::Leads, "leads", "review_leads"},
};

// When this console last saved a row is its own business, not the team's.
bool isLocal(const QString &column)
{
    return column == QLatin1String("updated_at");
}

} // namespace

QString TeamDocumentStore::kindKey(Kind kind)
{
    for (const KindTable &known : kinds) {
        if (known.kind == kind)
            return QString::fromLatin1(known.key);
    }
    Q_UNREACHABLE();
}

QString TeamDocumentStore::tableOf(Kind kind)
{
    for (const KindTable &known : kinds) {
        if (known.kind == kind)
            return QString::fromLatin1(known.table);
    }
    Q_UNREACHABLE();
}

std::optional<TeamDocumentStore::Kind> TeamDocumentStore::parseKind(const QString &key)
{
    for (const KindTable &known : kinds) {
        if (key == QLatin1String(known.key))
            return known.kind;
    }
    return std::nullopt;
}

TeamDocumentStore::TeamDocumentStore(Database &database) : m_database(database) { }

Result<QStringList> TeamDocumentStore::columns(const QString &table)
{
    const QSqlRecord record = m_database.connection().record(table);
    if (record.isEmpty())
        return Error {tr("Could not read the columns of %1").arg(table)};
    QStringList names;
    for (int i = 0; i < record.count(); ++i) {
        if (!isLocal(record.fieldName(i)))
            names << record.fieldName(i);
    }
    return names;
}

Result<QJsonValue> TeamDocumentStore::read(Kind kind, const QString &name)
{
    if (kind == Kind::Leads)
        return readLeads();
    const QString table = tableOf(kind);
    const Result<QStringList> names = columns(table);
    if (!names)
        return Error {names.error()};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE name = ?")
                          .arg(names.value().join(QStringLiteral(", ")), table));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read %1").arg(name), query.lastError());
    if (!query.next())
        return QJsonValue(QJsonValue::Null);
    QJsonObject row;
    for (qsizetype i = 0; i < names.value().size(); ++i)
        row.insert(names.value().at(i), QJsonValue::fromVariant(query.value(int(i))));
    return QJsonValue(row);
}

Result<QStringList> TeamDocumentStore::names(Kind kind)
{
    if (kind == Kind::Leads)
        return QStringList {QString::fromLatin1(leadsName)};
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM %1 ORDER BY name").arg(tableOf(kind))))
        return SqlErrors::describe(tr("Could not read %1").arg(tableOf(kind)), query.lastError());
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    return found;
}

Result<void> TeamDocumentStore::write(Kind kind, const QString &name, const QJsonValue &value)
{
    if (kind == Kind::Leads)
        return writeLeads(value);
    const QString table = tableOf(kind);
    QSqlQuery query(m_database.connection());
    if (!value.isObject()) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE name = ?").arg(table));
        query.addBindValue(name);
        if (!query.exec())
            return SqlErrors::describe(tr("Could not remove %1").arg(name), query.lastError());
        return {};
    }
    const Result<QStringList> known = columns(table);
    if (!known)
        return Error {known.error()};
    // Only this table's own columns, in its own spelling: a newer console's extra keys wait.
    const QJsonObject row = value.toObject();
    QStringList names {QStringLiteral("name")};
    QStringList updates;
    QVariantList values {name};
    for (const QString &column : known.value()) {
        if (column == QLatin1String("name") || !row.contains(column))
            continue;
        names << column;
        updates << column + QStringLiteral(" = excluded.") + column;
        values << row.value(column).toVariant();
    }
    if (table == QLatin1String("oncall_schedules")) {
        names << QStringLiteral("updated_at");
        values << QDateTime::currentMSecsSinceEpoch();
    }
    // An upsert, not a replace: a replaced SLO would take its cached samples with it.
    query.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (name) DO %4")
                    .arg(table, names.join(QStringLiteral(", ")),
                         QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                         updates.isEmpty() ? QStringLiteral("NOTHING")
                                           : QStringLiteral("UPDATE SET ")
                                         + updates.join(QStringLiteral(", "))));
    for (const QVariant &bound : std::as_const(values))
        query.addBindValue(bound);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save %1").arg(name), query.lastError());
    return {};
}

Result<QJsonValue> TeamDocumentStore::readLeads()
{
    const Result<QStringList> leads = PostmortemStore(m_database).leads();
    if (!leads)
        return Error {leads.error()};
    return QJsonValue(QJsonArray::fromStringList(leads.value()));
}

Result<void> TeamDocumentStore::writeLeads(const QJsonValue &value)
{
    QStringList leads;
    for (const QJsonValue &lead : value.toArray())
        leads << lead.toString();
    return PostmortemStore(m_database).setLeads(leads);
}

} // namespace sitrep
