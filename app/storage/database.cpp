#include "app/storage/database.hpp"

#include "app/storage/storage_error.hpp"

#include <sqlite3.h>

#include <cctype>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace ccg::storage::sql {

namespace {

std::string withContext(std::string_view context, const std::string& message)
{
    return context.empty() ? message : std::string(context) + ": " + message;
}

StorageErrorKind kindOf(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StorageErrorKind::Busy;
    case SQLITE_CORRUPT: return StorageErrorKind::Corrupt;
    case SQLITE_NOTADB: return StorageErrorKind::NotADatabase;
    case SQLITE_FULL: return StorageErrorKind::Full;
    case SQLITE_READONLY:
    case SQLITE_PERM: return StorageErrorKind::ReadOnly;
    case SQLITE_CANTOPEN: return StorageErrorKind::NotFound;
    case SQLITE_IOERR: return StorageErrorKind::Io;
    case SQLITE_CONSTRAINT:
        return rc == SQLITE_CONSTRAINT_CHECK || rc == SQLITE_CONSTRAINT_NOTNULL ? StorageErrorKind::Invalid
                                                                               : StorageErrorKind::Conflict;
    default: return StorageErrorKind::Other;
    }
}

/// An SQLite URI naming `path` with immutable=1; the path absolute, so no "//" reads as a host.
std::string immutableUri(const std::string& path)
{
    std::string uri = "file://";
    for (const char c : std::filesystem::absolute(path).string()) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80 || std::strchr("/._-~", c)) {
            uri += c;
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", byte);
            uri += escaped;
        }
    }
    return uri + "?immutable=1";
}

}  // namespace

Database::Database(const std::string& path, OpenMode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::Immutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    case OpenMode::Memory: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY; break;
    }
    const std::string name = mode == OpenMode::Memory ? ":memory:" : mode == OpenMode::Immutable ? immutableUri(path) : path;
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        // A failed open still allocates a handle; close it once the message is taken.
        try {
            fail(rc, "cannot open " + path);
        } catch (...) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            throw;
        }
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::exec(const char* sql)
{
    check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr));
}

void Database::check(int rc, std::string_view context) const
{
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail(rc, context);
}

void Database::fail(int rc, std::string_view context) const
{
    const StorageErrorKind kind = kindOf(rc);
    const std::string where = m_path.empty() ? std::string("the database") : "the database " + m_path;
    std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    std::string message;
    switch (kind) {
    case StorageErrorKind::Busy:
        char waited[32];
        std::snprintf(waited, sizeof waited, "%.1f", m_busyTimeoutMs / 1000.0);
        message = where + " is in use by another program (waited " + waited +
                  " s); nothing was changed — close the other program and try again";
        break;
    case StorageErrorKind::Full:
        message = "the disk is full or " + where + " reached its size limit; nothing was saved";
        break;
    case StorageErrorKind::Corrupt:
        message = where + " is damaged (" + detail + "); restore it from a backup";
        break;
    case StorageErrorKind::NotADatabase:
        message = where + " is not a CCG Self-Assessment database (not an SQLite file)";
        break;
    case StorageErrorKind::Io:
        message = where + " could not be read or written (" + detail + "); nothing was saved";
        break;
    case StorageErrorKind::ReadOnly:
        message = where + " cannot be written (" + detail + ")";
        break;
    default:
        message = detail;
        break;
    }
    throw StorageError(kind, withContext(context, message));
}

void Database::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = milliseconds;
    check(sqlite3_busy_timeout(m_db, milliseconds));
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

std::string Database::errorMessage() const
{
    return sqlite3_errmsg(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

}  // namespace ccg::storage::sql
