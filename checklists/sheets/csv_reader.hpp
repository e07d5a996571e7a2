#pragma once

#include "checklists/diagnostic.hpp"
#include "checklists/sheets/table.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ccg::sheets {

/// A CSV file's rows, or why it cannot be read.
struct CsvRead {
    std::optional<Table> table;
    Diagnostics errors;  ///< `FILE:ROW: message`
};

/// Reads CSV as RFC 4180 has it (quoted fields may hold commas, doubled quotes and line breaks;
/// CRLF or LF ends a row) from UTF-8 `bytes`, a BOM allowed. Rows count records, so a line break
/// inside quotes does not move the row numbers a spreadsheet shows.
CsvRead readCsv(std::string_view bytes, const std::string& fileName);

}  // namespace ccg::sheets
