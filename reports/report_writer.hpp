#pragma once

#include "reports/report_input.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ccg::reports {

/// The files `report` can write.
enum class ReportFormat { Html, Pdf, Csv, Xlsx, WorkshopPdf };

/// "html", "pdf", "csv", "xlsx", "workshop-pdf", or nothing for any other text.
std::optional<ReportFormat> parseReportFormat(std::string_view text);
std::string toString(ReportFormat format);

/// "board" or "public", or nothing for any other text.
std::optional<Audience> parseAudience(std::string_view text);
std::string toString(Audience audience);

/// Where the CSV action plan goes beside the item list `out`: OUT's stem + "-actions.csv".
std::filesystem::path actionsCsvPath(const std::filesystem::path& out);

/// Writes the gap report of `input` in `format` to `out` (for CSV also actionsCsvPath(out))
/// and returns the files written. Files appear whole or not at all: each is written to a
/// temporary file beside it and renamed. Throws ReportWriteError when a file cannot be written.
std::vector<std::filesystem::path> writeReport(const ReportInput& input, ReportFormat format,
                                               const std::filesystem::path& out);

/// Writes the blank workshop pack of `checklist` to `out` (a review's own is just as blank: the
/// organisation, review and date are lines to fill in). Throws ReportWriteError.
void writeWorkshopPack(const Checklist& checklist, const std::filesystem::path& out);

}  // namespace ccg::reports
