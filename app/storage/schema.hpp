#pragma once

namespace ccg::storage::sql {
class Database;
}

namespace ccg::storage {

/// The PRAGMA user_version this build writes: the number of migrations it knows.
int currentSchemaVersion();

/// The database's PRAGMA user_version; throws NotADatabase for a file that is not SQLite.
int readSchemaVersion(sql::Database& db);

/// Throws UnknownSchema, before anything is written, for a version no build ever wrote: a negative
/// one, or 0 (a new database) over a file that already holds tables.
void requireKnownSchemaVersion(sql::Database& db, int version);

/// Brings an older (or empty) database to currentSchemaVersion() in one transaction;
/// refuses, untouched, a database whose version is newer.
void migrate(sql::Database& db);

}  // namespace ccg::storage
