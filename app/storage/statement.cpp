#include "app/storage/statement.hpp"

#include "app/storage/database.hpp"

#include <sqlite3.h>

namespace ccg::storage::sql {

Statement::Statement(Database& db, std::string_view sql) : m_db(db)
{
    m_db.check(sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                  &m_stmt, nullptr));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    m_db.check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    m_db.check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    m_db.check(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    m_db.check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    reset();
    m_db.fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset() noexcept
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::getInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::getInt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::getDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::getText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

std::optional<std::int64_t> Statement::getOptionalInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(getInt64(column));
}

std::optional<int> Statement::getOptionalInt(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(getInt(column));
}

std::optional<double> Statement::getOptionalDouble(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(getDouble(column));
}

std::optional<std::string> Statement::getOptionalText(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(getText(column));
}

}  // namespace ccg::storage::sql
