#pragma once

// Reads the cells of a workbook the XLSX writers made, so tests can check what a spreadsheet
// shows in each cell rather than search the archive's text.
#include "zip_archive.hpp"

#include <map>
#include <string>

namespace ccg::test {

/// The cells of worksheet `sheet` (1 for the first) of `workbook`: reference ("B3") to what the
/// cell shows, shared strings resolved and XML character references decoded, numbers as written
/// ("52.5"). Blank cells are absent. A cell holding a formula shows "=" and the formula.
std::map<std::string, std::string> worksheetCells(const ZipArchive& workbook, int sheet);

}  // namespace ccg::test
