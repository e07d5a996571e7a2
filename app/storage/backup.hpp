#pragma once

#include <filesystem>

namespace ccg::storage::sql {

class Database;

/// Copies `source` page by page into a new file at `target` with SQLite's online backup
/// API, while other connections may keep writing; written to a temporary file, checked,
/// then renamed, so `target` is either the old file or a complete copy.
void backupDatabase(Database& source, const std::filesystem::path& target);

}  // namespace ccg::storage::sql
