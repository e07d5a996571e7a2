#pragma once

#include "checklists/checklist.hpp"
#include "checklists/diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ccg::sheets {

/// What a CSV file cannot carry, given on the command line (PRODUCT.md §14).
struct SheetOptions {
    std::optional<std::string> id;
    std::optional<std::string> version;
    std::optional<std::string> title;
    std::optional<std::filesystem::path> scale;  ///< rows of value, label, descriptor
};

/// A checklist read from a workbook or CSV file and validated as PRODUCT.md §3 says, with its
/// canonical XML; or every problem found, each `FILE:SHEET:ROW: message` (`FILE:ROW:` for CSV).
struct SheetConversion {
    std::optional<Checklist> checklist;
    std::string xml;
    Diagnostics errors;
};

/// Reads FILE.xlsx or FILE.csv (by its extension); for CSV, `options` must give id, version, title.
SheetConversion checklistFromSheetFile(const std::filesystem::path& path, const SheetOptions& options);

/// The same from bytes held in memory (`scaleCsv` stands for the --scale file's bytes).
SheetConversion checklistFromXlsx(std::string_view bytes, const std::string& fileName);
SheetConversion checklistFromCsv(std::string_view bytes, const std::string& fileName, const SheetOptions& options,
                                 std::optional<std::string_view> scaleCsv);

}  // namespace ccg::sheets
