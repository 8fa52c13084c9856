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

// Overwrites two pages in the middle of a database file, as a failing disk would. The file
// must hold enough data for that (see fillWithIncidents).
inline bool damagePages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() <= 4 * 4096)
        return false;
    file.seek(2 * 4096);
    return file.write(QByteArray(4096 * 2, '\xff')) == 4096 * 2;
}

// 200 incidents with 200 random bytes of title each, written in rollback-journal mode so
// that the whole database is in the main file.
inline bool fillWithIncidents(const QString &path)
{
    RawConnection raw(path);
    for (int i = 0; i < 200; ++i) {
        if (!raw.exec(QStringLiteral(
                    "INSERT INTO incidents (title, severity, status, detection, started_at,"
                    " detected_at) VALUES (hex(randomblob(200)), 1, 'investigating', 'manual',"
                    " 0, 0)")))
            return false;
    }
    return raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
