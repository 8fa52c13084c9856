#include "transaction.h"

#include "database.h"
#include "sqlerrors.h"
#include "storagelog.h"

#include <QSqlQuery>

namespace sitrep {

namespace {
constexpr int beginAttempts = 4;
} // namespace

Transaction::Transaction(Database &database, Lock lock)
    : m_owner(&database), m_database(database.connection()), m_refusal(database.damage())
{
    if (!m_refusal.isEmpty())
        return;
    const int depth = database.m_transactionDepth;
    if (depth == 0 && lock == Lock::Immediate) {
        m_immediate = true;
        // Each try waits the connection's busy timeout; a few of them outlast a burst of
        // writers (a console, a watch daemon and scripts at once) without waiting forever.
        for (int attempt = 0; attempt < beginAttempts && !m_active; ++attempt) {
            QSqlQuery begin(m_database);
            m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            m_beginError = begin.lastError();
            if (!m_active && !hasSqliteCode(m_beginError, SqliteCode::Busy))
                break;
        }
    } else if (depth == 0) {
        m_active = m_database.transaction();
    } else {
        m_savepoint = QStringLiteral("sitrep_%1").arg(depth);
        m_active = execute(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++database.m_transactionDepth;
}

Transaction::Transaction(QSqlDatabase database) : m_database(std::move(database))
{
    m_active = m_database.transaction();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    const bool rolledBack = m_immediate ? execute(QStringLiteral("ROLLBACK"))
            : m_savepoint.isEmpty()     ? m_database.rollback()
                                        : execute(QStringLiteral("ROLLBACK TO ") + m_savepoint)
                    && execute(QStringLiteral("RELEASE ") + m_savepoint);
    if (!rolledBack)
        qCWarning(lcStorage) << "rollback failed:" << m_database.lastError().text();
    if (m_owner) {
        --m_owner->m_transactionDepth;
        if (m_savepoint.isEmpty())
            m_owner->m_afterCommit.clear(); // what was to be announced never happened
    }
}

bool Transaction::execute(const QString &statement)
{
    QSqlQuery query(m_database);
    return query.exec(statement);
}

Result<void> Transaction::begun() const
{
    if (m_active)
        return {};
    if (!m_refusal.isEmpty())
        return Error {QCoreApplication::translate("Transaction",
                                                  "Nothing can be saved to this database: %1")
                              .arg(m_refusal)};
    return SqlErrors::describe(
            QCoreApplication::translate("Transaction", "Could not start a transaction"),
            m_immediate ? m_beginError : m_database.lastError());
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return begun();
    const bool committed = m_immediate ? execute(QStringLiteral("COMMIT"))
            : m_savepoint.isEmpty()    ? m_database.commit()
                                       : execute(QStringLiteral("RELEASE ") + m_savepoint);
    if (!committed)
        return SqlErrors::describe(
                QCoreApplication::translate("Transaction", "Could not save the change"),
                m_database.lastError());
    m_active = false;
    if (m_owner) {
        --m_owner->m_transactionDepth;
        // Only the outermost commit makes the change real: then it may be announced.
        if (m_savepoint.isEmpty())
            m_owner->runAfterCommit();
    }
    return {};
}

} // namespace sitrep
