#pragma once

#include <QSqlQuery>

namespace sitrep {

// A statement prepared on first use and then reused: for what runs thousands of times while
// a page of the team's changes is applied. Whoever reads rows calls finish() when done, so no
// read stays open on the connection.
class PreparedQuery
{
public:
    PreparedQuery(const QSqlDatabase &database, QString sql)
        : m_query(database), m_sql(std::move(sql))
    { }

    QSqlQuery &get()
    {
        if (!m_prepared)
            m_prepared = m_query.prepare(m_sql);
        return m_query;
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace sitrep
