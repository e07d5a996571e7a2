#pragma once

#include "checklists/checklist.hpp"
#include "checklists/side_by_side.hpp"

#include <string>

namespace ccg::reports {

/// Several reviews side by side as CSV: one record per completeness, score, RAG and item level,
/// one column per review, then the range or spread (RFC 4180, UTF-8 with BOM, CRLF). The
/// command line's `compare --format csv` and the desktop's Compare page write this; no field
/// of user text can start a formula.
std::string sideBySideCsv(const Checklist& checklist, const SideBySide& table);

}  // namespace ccg::reports
