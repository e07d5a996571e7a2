#pragma once

// One worksheet part read into a Table. Internal to the XLSX reader.
#include "checklists/diagnostic.hpp"
#include "checklists/sheets/table.hpp"
#include "checklists/sheets/xlsx_parts.hpp"

#include <optional>
#include <string>

namespace ccg::sheets::xlsx {

/// Reads `member` into `table`; cell problems go to `errors` under `label` ("FILE:SHEET"), and
/// the reason the part is refused, if it is, is returned.
std::optional<std::string> readWorksheet(ZipReader& zip, const std::string& member, const CellContext& context,
                                         const std::string& label, Table& table, Diagnostics& errors);

}  // namespace ccg::sheets::xlsx
