#include "transaction.h"

#include "database.h"
#include "sqlerrors.h"
#include "storagelog.h"

namespace sitrep {

Transaction::Transaction(Database &database)
    : m_database(database.connection()), m_refusal(database.damage())
{
    m_active = m_refusal.isEmpty() && m_database.transaction();
}

Transaction::Transaction(QSqlDatabase database) : m_database(std::move(database))
{
    m_active = m_database.transaction();
}

Transaction::~Transaction()
{
    if (m_active && !m_database.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_database.lastError().text();
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
            m_database.lastError());
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return begun();
    if (!m_database.commit()) {
        const Error error = SqlErrors::describe(
                QCoreApplication::translate("Transaction", "Could not save the change"),
                m_database.lastError());
        return error;
    }
    m_active = false;
    return {};
}

} // namespace sitrep
