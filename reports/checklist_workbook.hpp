#pragma once

#include "checklists/checklist.hpp"

#include <filesystem>

namespace ccg::reports {

/// Writes `checklist` as the workbook of PRODUCT.md §14 (sheets Checklist, Scale, Items and
/// Citations), each header cell with a note on what goes there and each fixed-value column with a
/// drop-down list; reading it back gives the same checklist. The file appears whole or not at
/// all. Throws ReportWriteError.
void writeChecklistWorkbook(const Checklist& checklist, const std::filesystem::path& out);

/// The template: the same workbook filled with one example domain, item and citation.
void writeChecklistTemplate(const std::filesystem::path& out);

}  // namespace ccg::reports
