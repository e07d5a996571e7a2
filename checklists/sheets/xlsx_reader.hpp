#pragma once

#include "checklists/diagnostic.hpp"
#include "checklists/sheets/table.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ccg::sheets {

/// The sheets read from a workbook, or why it could not be read.
struct WorkbookRead {
    std::vector<std::string> sheetNames;  ///< every sheet the workbook lists, in its order
    std::vector<Table> sheets;            ///< those of the wanted names the workbook has (any case), named as wanted
    Diagnostics errors;                   ///< `FILE:1:` for the workbook, `FILE:SHEET:ROW:` for a cell
};

/// Reads the sheets named in `wanted` from XLSX `bytes` (minizip and expat, with the limits of
/// PRODUCT.md §3 on every part); `fileName` begins each diagnostic.
WorkbookRead readXlsx(std::string_view bytes, const std::string& fileName, const std::vector<std::string>& wanted);

}  // namespace ccg::sheets
