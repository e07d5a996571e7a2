#pragma once

#include "app/storage/repository.hpp"
#include "checklists/checklist.hpp"
#include "checklists/diagnostic.hpp"
#include "checklists/sheets/checklist_from_sheet.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace ccg::session {

/// A file offered to File > Import a checklist, read once (at most 16 MiB): an XML checklist,
/// a workbook or a CSV file of items (PRODUCT.md §14), told apart by the extension.
struct ChecklistFile {
    std::filesystem::path path;
    std::optional<std::string> bytes;  ///< none when the file could not be read (see problems)
    Diagnostics problems;
    [[nodiscard]] bool isCsv() const;
    [[nodiscard]] bool isWorkbook() const;
};

/// What the file holds as a checklist: the checklist and the text to store, or every problem.
struct ChecklistImport {
    std::optional<Checklist> checklist;
    std::string definition;  ///< the XML to store: the file itself, or the canonical form of a sheet
    Diagnostics problems;    ///< FILE:LINE (XML), FILE:SHEET:ROW (workbook) or FILE:ROW (CSV)
};

ChecklistFile readChecklistFile(const std::filesystem::path& path);

/// Checks the file's bytes as a checklist; `identity` gives a CSV file's id, version and title,
/// which it cannot hold itself. Reads nothing from disk, so it can run as the user types.
ChecklistImport checkChecklistFile(const ChecklistFile& file, const sheets::SheetOptions& identity = {});

/// Stores a checklist read without problems; returns its row (the same row when it is stored
/// already, byte for byte).
storage::RowId storeImportedChecklist(storage::Repository& repository, const ChecklistImport& import,
                                      const std::filesystem::path& path);

}  // namespace ccg::session
