#include "app/storage/repository.hpp"

#include "app/storage/backup.hpp"
#include "app/storage/repository_impl.hpp"
#include "app/storage/schema.hpp"

#include <pwd.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <system_error>

namespace ccg::storage {

std::string loginName()
{
    if (const char* user = std::getenv("USER"); user && *user)
        return user;
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return entry->pw_name;
    return "unknown";
}

namespace {

std::string damaged(const sql::Database& db, const std::string& finding)
{
    return "the database " + db.path() + " failed its integrity check (" + finding +
           "); it was left unchanged — restore a backup";
}

/// Refuses, before anything is written, a database this build must not touch.
void checkBeforeUse(sql::Database& db)
{
    std::string verdict;
    try {
        const int version = readSchemaVersion(db);
        if (version > currentSchemaVersion())
            throw StorageError(StorageErrorKind::TooNew,
                               "the database " + db.path() +
                                   " was written by a newer version of CCG Self-Assessment (schema " +
                                   std::to_string(version) + ", this version knows up to " +
                                   std::to_string(currentSchemaVersion()) +
                                   "); it was left unchanged — open it with the newer version");
        requireKnownSchemaVersion(db, version);
        sql::Statement check(db, "PRAGMA quick_check(1)");
        verdict = check.step() ? check.getText(0) : std::string("no answer");
    } catch (const StorageError& error) {
        if (error.kind() != StorageErrorKind::Corrupt)
            throw;
        throw StorageError(StorageErrorKind::Corrupt, damaged(db, db.errorMessage()));
    }
    if (verdict != "ok")
        throw StorageError(StorageErrorKind::Corrupt, damaged(db, verdict));
}

void configure(sql::Database& db, bool onDisk)
{
    // WAL: readers never block the writer, and a commit is one append to the log.
    if (onDisk) {
        sql::Statement mode(db, "PRAGMA journal_mode=WAL");
        if (!mode.step() || mode.getText(0) != "wal")
            throw StorageError(StorageErrorKind::Io, "the database " + db.path() + " cannot use write-ahead logging");
    }
    // FULL: a commit reaches the disk before the call returns, even in WAL mode.
    db.exec("PRAGMA synchronous=FULL");
    db.exec("PRAGMA foreign_keys=ON");
}

/// Whether this process may write the file and create files beside it (-wal, -shm, journals).
bool canWrite(const std::filesystem::path& path)
{
    const auto folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    return ::access(path.c_str(), W_OK) == 0 && ::access(folder.c_str(), W_OK) == 0;
}

bool isReadOnly(sql::OpenMode mode)
{
    return mode == sql::OpenMode::ReadOnly || mode == sql::OpenMode::Immutable;
}

/// Opens an existing database only to read. SQLite reads a WAL database read-only through its
/// -shm file; where there is none and none can be made (a folder that cannot be written), the
/// file is read as immutable. That is right only while no one writes it, so not while its -wal
/// holds changes.
std::unique_ptr<Repository::Impl> openForReading(const std::filesystem::path& path)
{
    auto impl = std::make_unique<Repository::Impl>(path.string(), sql::OpenMode::ReadOnly);
    try {
        readSchemaVersion(impl->db);
        return impl;
    } catch (const StorageError& error) {
        if (error.kind() != StorageErrorKind::ReadOnly && error.kind() != StorageErrorKind::NotFound)
            throw;
    }
    std::error_code error;
    const std::string wal = path.string() + "-wal";
    if (std::filesystem::exists(wal, error) && std::filesystem::file_size(wal, error) != 0)
        throw StorageError(StorageErrorKind::ReadOnly,
                           "the database " + path.string() + " has changes in " + wal +
                               " that can only be read where its folder can be written; copy both files to such a "
                               "folder");
    return std::make_unique<Repository::Impl>(path.string(), sql::OpenMode::Immutable);
}

}  // namespace

std::string toString(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft: return "draft";
    case ReviewStatus::InProgress: return "in-progress";
    case ReviewStatus::Final: return "final";
    }
    return "draft";
}

std::optional<ReviewStatus> parseReviewStatus(const std::string& text)
{
    for (auto status : {ReviewStatus::Draft, ReviewStatus::InProgress, ReviewStatus::Final})
        if (toString(status) == text)
            return status;
    return std::nullopt;
}

Repository Repository::open(const std::filesystem::path& path, const OpenOptions& options)
{
    std::error_code error;
    const bool exists = std::filesystem::exists(path, error);
    if (!exists && !options.createIfMissing)
        throw StorageError(StorageErrorKind::NotFound, "no database at " + path.string());
    if (!exists && path.has_parent_path()) {
        std::filesystem::create_directories(path.parent_path(), error);
        if (error)
            throw StorageError(StorageErrorKind::Io, "cannot create the folder " + path.parent_path().string() + ": " +
                                                         error.message());
    }
    if (exists && std::filesystem::is_directory(path, error))
        throw StorageError(StorageErrorKind::NotADatabase, path.string() + " is a folder, not a database");
    if (options.access == Access::ReadOnly ||
        (options.access == Access::ReadOnlyIfUnwritable && exists && !canWrite(path)))
        return openReadOnly(path, options);
    auto impl = std::make_unique<Impl>(path.string(), options.createIfMissing ? sql::OpenMode::ReadWriteCreate
                                                                               : sql::OpenMode::ReadWrite);
    impl->user = options.user.empty() ? loginName() : options.user;
    impl->db.setBusyTimeout(options.busyTimeoutMs);
    checkBeforeUse(impl->db);
    configure(impl->db, true);
    if (options.maxPageCount > 0)
        impl->db.exec(("PRAGMA max_page_count = " + std::to_string(options.maxPageCount)).c_str());
    migrate(impl->db);
    return Repository(std::move(impl));
}

Repository Repository::openReadOnly(const std::filesystem::path& path, const OpenOptions& options)
{
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw StorageError(StorageErrorKind::NotFound, "no database at " + path.string());
    auto impl = openForReading(path);
    impl->user = options.user.empty() ? loginName() : options.user;
    impl->db.setBusyTimeout(options.busyTimeoutMs);
    checkBeforeUse(impl->db);
    configure(impl->db, false);
    if (const int version = readSchemaVersion(impl->db); version < currentSchemaVersion())
        throw StorageError(StorageErrorKind::ReadOnly,
                           "the database " + path.string() + " was written by an older version (schema " +
                               std::to_string(version) + ") and must be upgraded, which needs write access to it "
                                                         "and its folder; it was left unchanged");
    return Repository(std::move(impl));
}

Repository Repository::openInMemory(const OpenOptions& options)
{
    auto impl = std::make_unique<Impl>("", sql::OpenMode::Memory);
    impl->user = options.user.empty() ? loginName() : options.user;
    configure(impl->db, false);
    migrate(impl->db);
    return Repository(std::move(impl));
}

Repository Repository::openAnotherConnection() const
{
    const std::string path = m_impl->db.path();
    if (path.empty())
        throw StorageError(StorageErrorKind::Other, "an in-memory database has no other connection");
    const bool readOnly = isReadOnly(m_impl->mode);
    auto impl = std::make_unique<Impl>(path, readOnly ? m_impl->mode : sql::OpenMode::ReadWrite);
    impl->user = m_impl->user;
    impl->db.setBusyTimeout(m_impl->db.busyTimeout());
    configure(impl->db, !readOnly);
    return Repository(std::move(impl));
}

Repository::Repository(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Repository::Repository(Repository&&) noexcept = default;
Repository& Repository::operator=(Repository&&) noexcept = default;
Repository::~Repository() = default;

int Repository::schemaVersion()
{
    return currentSchemaVersion();
}

std::filesystem::path Repository::path() const
{
    return m_impl->db.path();
}

bool Repository::readOnly() const
{
    return isReadOnly(m_impl->mode);
}

void Repository::backupTo(const std::filesystem::path& target) const
{
    sql::backupDatabase(m_impl->db, target);
}

std::vector<AuditEntry> Repository::listAudit(const AuditQuery& query) const
{
    auto select = m_impl->query(
        "SELECT id, at, user_name, review_id, rater, table_name, row_key, field, old_value, new_value FROM audit_log "
        "WHERE ?1 IS NULL OR review_id = ?1 ORDER BY id DESC LIMIT ?2");
    select->bind(1, query.reviewId).bind(2, static_cast<std::int64_t>(query.limit));
    std::vector<AuditEntry> entries;
    while (select->step())
        entries.push_back({select->getInt64(0), select->getText(1), select->getText(2), select->getOptionalInt64(3),
                           select->getText(4), select->getText(5), select->getText(6), select->getText(7),
                           select->getOptionalText(8), select->getOptionalText(9), std::string()});
    return entries;
}

sql::Query Repository::Impl::query(std::string_view sqlText)
{
    auto found = statements.find(sqlText);
    if (found == statements.end())
        found = statements.emplace(std::string(sqlText), std::make_unique<sql::Statement>(db, sqlText)).first;
    found->second->reset();
    return sql::Query(*found->second);
}

void Repository::Impl::audit(const AuditRecord& record, const std::string& at)
{
    auto insert = query(
        "INSERT INTO audit_log (at, user_name, review_id, rater, table_name, row_key, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, at).bind(2, user).bind(3, record.reviewId).bind(4, record.rater).bind(5, record.table);
    insert->bind(6, record.key).bind(7, record.field).bind(8, record.oldValue).bind(9, record.newValue);
    insert->run();
}

std::string utcNow()
{
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t seconds = system_clock::to_time_t(now);
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return text;
}

std::filesystem::path defaultDatabasePath()
{
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/')
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_dir)
        base = std::filesystem::path(entry->pw_dir) / ".local" / "share";
    else
        base = std::filesystem::current_path();
    return base / "ccg-selfassess" / "ccg-selfassess.sqlite";
}

}  // namespace ccg::storage
