#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;

// A thin RAII layer over the SQLite C API, in the shape of SQLiteCpp: one connection
// object, prepared statements, transactions; every return code goes through check().
namespace ccg::storage::sql {

/// How Database opens its file. Immutable reads a file no one may change meanwhile, without locks
/// or a WAL index (-shm), so a database in a folder that cannot be written can still be read.
enum class OpenMode { ReadWriteCreate, ReadWrite, ReadOnly, Immutable, Memory };

/// One SQLite connection, closed by the destructor.
class Database {
public:
    Database(const std::string& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs fixed SQL text (schema, pragmas). Never pass text built from user input.
    void exec(const char* sql);
    /// Turns an SQLite return code into StorageError; SQLITE_OK/ROW/DONE pass.
    void check(int rc, std::string_view context = {}) const;
    /// Throws the StorageError an SQLite failure code stands for.
    [[noreturn]] void fail(int rc, std::string_view context = {}) const;

    void setBusyTimeout(int milliseconds);
    [[nodiscard]] int busyTimeout() const { return m_busyTimeoutMs; }
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    /// SQLite's message about the last failure on this connection.
    [[nodiscard]] std::string errorMessage() const;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
    int m_busyTimeoutMs = 0;
};

}  // namespace ccg::storage::sql
