#pragma once

#include "app/storage/repository.hpp"
#include "checklists/checklist.hpp"
#include "checklists/diagnostic.hpp"
#include "checklists/sheets/checklist_from_sheet.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace ccg::session {

/// A checklist file read for File > Import a checklist: an XML checklist, a workbook or a CSV
/// file of items (PRODUCT.md §14), with every problem found, or the checklist and the text to store.
struct ChecklistImport {
    std::optional<Checklist> checklist;
    std::string definition;  ///< the XML to store: the file itself, or the canonical form of a sheet
    Diagnostics problems;    ///< FILE:LINE (XML), FILE:SHEET:ROW (workbook) or FILE:ROW (CSV)
    bool needsIdentity = false;  ///< a CSV file, which needs the id, version and title given
};

/// Reads `path` by its extension (.xlsx, .csv, else XML); `identity` gives a CSV file's id,
/// version and title.
ChecklistImport readChecklistForImport(const std::filesystem::path& path, const sheets::SheetOptions& identity = {});

/// Stores a checklist read without problems; returns its row (the same row when it is stored
/// already, byte for byte).
storage::RowId storeImportedChecklist(storage::Repository& repository, const ChecklistImport& import,
                                      const std::filesystem::path& path);

}  // namespace ccg::session
