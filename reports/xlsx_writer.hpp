#pragma once

#include "reports/report_model.hpp"

#include <filesystem>

namespace ccg::reports {

/// Writes the report as an Excel workbook with sheets Summary, Domains, Items and Action plan:
/// formatted, frozen header rows, column widths and autofilters; user text is always written
/// as text, never as a formula. It opens on the Action plan sheet. Throws ReportWriteError.
void writeXlsx(const ReportModel& model, const std::filesystem::path& path);

}  // namespace ccg::reports
