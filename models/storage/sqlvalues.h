#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

// How the stores write and read values: times as UTC milliseconds (NULL for "not yet"), lists
// as JSON arrays of strings, NOT NULL text columns as '' rather than NULL.
namespace sitrep::sqlvalues {

inline QVariant time(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch())
                           : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime timeAt(const QSqlQuery &query, int column)
{
    return query.isNull(column)
            ? QDateTime()
            : QDateTime::fromMSecsSinceEpoch(query.value(column).toLongLong(), Qt::UTC);
}

inline QString list(const QStringList &values)
{
    if (values.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// Ids as one JSON array, for `IN (SELECT value FROM json_each(?))`: one bound value however
// many ids.
inline QString ids(const QList<qint64> &values)
{
    QJsonArray array;
    for (const qint64 value : values)
        array.append(value);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// An optional reference: 0 is NULL.
inline QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

// Uids as their 36 characters, without braces (what PostgreSQL's uuid type reads as well).
inline QString uid(const QUuid &value)
{
    return value.toString(QUuid::WithoutBraces);
}

} // namespace sitrep::sqlvalues
