#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace ccg::storage::sql {

class Database;

/// A prepared statement; values are always bound, never spliced into the SQL text.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Binds parameter `index` (1-based).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Advances; true while a row is available.
    bool step();
    /// Runs a statement that returns no rows, then resets it.
    void run();
    /// Ready to run again, bindings cleared.
    void reset() noexcept;

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t getInt64(int column) const;
    [[nodiscard]] int getInt(int column) const;
    [[nodiscard]] double getDouble(int column) const;
    /// The column's text, byte for byte (embedded NULs kept).
    [[nodiscard]] std::string getText(int column) const;
    [[nodiscard]] std::optional<std::int64_t> getOptionalInt64(int column) const;
    [[nodiscard]] std::optional<int> getOptionalInt(int column) const;
    [[nodiscard]] std::optional<double> getOptionalDouble(int column) const;
    [[nodiscard]] std::optional<std::string> getOptionalText(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// A borrowed cached statement, reset when the use ends so no read stays open.
class Query {
public:
    explicit Query(Statement& statement) : m_statement(statement) {}
    ~Query() { m_statement.reset(); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Statement* operator->() { return &m_statement; }
    Statement& operator*() { return m_statement; }

private:
    Statement& m_statement;
};

}  // namespace ccg::storage::sql
