#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Raw access to a database file, bypassing Sitrep's checks: to build fixtures of old schemas
// and to damage, lock or inspect files the way another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~RawConnection()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    // Runs a script of statements separated by ";\n".
    bool execScript(const QString &file)
    {
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return false;
        const QString text = QString::fromUtf8(script.readAll());
        for (QString statement : text.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            QStringList lines = statement.split(u'\n');
            lines.removeIf([](const QString &line) { return line.trimmed().startsWith(u"--"); });
            statement = lines.join(u'\n').trimmed();
            if (!statement.isEmpty() && !exec(statement))
                return false;
        }
        return true;
    }

private:
    QString m_name;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
