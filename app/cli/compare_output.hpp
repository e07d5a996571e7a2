#pragma once

#include "checklists/checklist.hpp"
#include "checklists/side_by_side.hpp"

#include <string>

namespace ccg::cli {

/// `compare --format text`: the reviews lettered A, B, ..., a table of overall and domain
/// scores with RAG and range, then the items where the reviews are furthest apart.
std::string sideBySideText(const Checklist& checklist, const SideBySide& table);

/// `compare --format csv`: one record per completeness, score, RAG and item level, one column
/// per review (RFC 4180, UTF-8 with BOM, CRLF); user text cannot start a formula.
std::string sideBySideCsv(const Checklist& checklist, const SideBySide& table);

/// Spreadsheet-style column letters: 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string columnLetters(std::size_t index);

}  // namespace ccg::cli
