#pragma once

#include "checklists/checklist.hpp"
#include "checklists/side_by_side.hpp"

#include <filesystem>

namespace ccg::reports {

/// Writes several reviews side by side as an Excel workbook: sheet Reviews (each review's
/// letter, name, completeness and overall score), Domains (each review's score and RAG per
/// domain and overall, the range) and Items (each review's level per item, the spread), with
/// frozen headers and autofilters; user text is always written as text, never as a formula.
/// Throws ReportWriteError.
void writeSideBySideXlsx(const Checklist& checklist, const SideBySide& table, const std::filesystem::path& path);

}  // namespace ccg::reports
