#pragma once

namespace ccg::storage::sql {

class Database;

/// When a transaction takes the write lock: at BEGIN (writers) or at the first write.
enum class TransactionKind { Deferred, Immediate };

/// Begins in the constructor; rolls back in the destructor unless commit() ran.
class Transaction {
public:
    explicit Transaction(Database& db, TransactionKind kind = TransactionKind::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Commits; afterwards the destructor does nothing.
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

}  // namespace ccg::storage::sql
