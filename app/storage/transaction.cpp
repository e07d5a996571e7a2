#include "app/storage/transaction.hpp"

#include "app/storage/database.hpp"

#include <sqlite3.h>

namespace ccg::storage::sql {

Transaction::Transaction(Database& db, TransactionKind kind) : m_db(db)
{
    m_db.exec(kind == TransactionKind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    // SQLite may already have rolled back (e.g. after SQLITE_FULL); only roll back what is open.
    if (!m_done && m_db.inTransaction())
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

}  // namespace ccg::storage::sql
