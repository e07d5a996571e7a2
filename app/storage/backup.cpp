#include "app/storage/backup.hpp"

#include "app/storage/database.hpp"
#include "app/storage/statement.hpp"
#include "app/storage/storage_error.hpp"

#include "checklists/atomic_file.hpp"

#include <sqlite3.h>

#include <system_error>

namespace ccg::storage::sql {

namespace {

void copyPages(Database& source, Database& destination)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup)
        destination.fail(sqlite3_errcode(destination.handle()), "backup");
    int rc = SQLITE_OK;
    // Small steps let writers of the source go on between them; a busy source is waited for.
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        destination.fail(rc, "backup");
    destination.check(finish, "backup");
}

}  // namespace

void backupDatabase(Database& source, const std::filesystem::path& target)
{
    std::error_code error;
    if (!source.path().empty() && std::filesystem::equivalent(source.path(), target, error))
        throw StorageError(StorageErrorKind::Conflict, "backup: " + target.string() + " is the database itself");
    try {
        AtomicFile file(target);
        {
            Database destination(file.temporaryPath().string(), OpenMode::ReadWriteCreate);
            copyPages(source, destination);
            // A backup is one self-contained file: no -wal beside it.
            destination.exec("PRAGMA journal_mode=DELETE");
            Statement check(destination, "PRAGMA quick_check");
            if (!check.step() || check.getText(0) != "ok")
                throw StorageError(StorageErrorKind::Corrupt, "backup: the copy failed its integrity check");
        }
        file.commit();
    } catch (const FileWriteError& failure) {
        throw StorageError(StorageErrorKind::Io, std::string("backup: ") + failure.what());
    }
}

}  // namespace ccg::storage::sql
