#pragma once

namespace ccg::storage::sql {
class Database;
}

namespace ccg::storage {

/// The PRAGMA user_version this build writes: the number of migrations it knows.
int currentSchemaVersion();

/// The database's PRAGMA user_version; throws NotADatabase for a file that is not SQLite.
int readSchemaVersion(sql::Database& db);

/// Brings an older (or empty) database to currentSchemaVersion() in one transaction;
/// refuses, untouched, a database whose version is newer.
void migrate(sql::Database& db);

}  // namespace ccg::storage
