#pragma once

#include "app/storage/repository.hpp"
#include "checklists/diagnostic.hpp"

#include <filesystem>

namespace ccg::storage {

/// A review taken in from an answers file, and what the loader warned about.
struct FileImport {
    RowId reviewId = 0;
    RowId checklistRowId = 0;
    Diagnostics warnings;
};

/// Stores the checklist file's definition and imports the answers file as a new review,
/// all or nothing. Bad files throw InputError (`FILE:LINE: message`); database problems
/// throw StorageError.
FileImport importAnswersFile(Repository& repository, const std::filesystem::path& checklistFile,
                             const std::filesystem::path& answersFile, const ImportOptions& options = {});

/// Imports answers against a checklist already in the database.
FileImport importAnswersFile(Repository& repository, RowId checklistRowId, const std::filesystem::path& answersFile,
                             const ImportOptions& options = {});

/// Writes a stored review as an answers file (atomically: temporary file, then rename).
void exportAnswersFile(const Repository& repository, RowId reviewId, const std::filesystem::path& target);

}  // namespace ccg::storage
