#pragma once

#include "checklists/checklist.hpp"
#include "checklists/side_by_side.hpp"
#include "checklists/words.hpp"

#include <string>

namespace ccg::cli {

/// `compare --format text`: the reviews lettered A, B, ..., a table of overall and domain
/// scores with RAG and range, then the items where the reviews are furthest apart.
std::string sideBySideText(const Checklist& checklist, const SideBySide& table);

/// Spreadsheet-style column letters, as the reviews are lettered (checklists/words.hpp).
using words::columnLetters;

}  // namespace ccg::cli
