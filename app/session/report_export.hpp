#pragma once

#include "reports/printable_report.hpp"
#include "reports/report_writer.hpp"

#include <filesystem>
#include <memory>
#include <vector>

namespace ccg::session {

class ReviewSession;

/// Writes the open review's gap report (with the trend against the previous review when it
/// uses the same checklist) and returns the files written. Throws on failure.
std::vector<std::filesystem::path> saveReport(const ReviewSession& session, reports::ReportFormat format,
                                              const std::filesystem::path& out,
                                              reports::Audience audience = reports::Audience::Board);

/// The open review's board report laid out for printing (same pages as its PDF). Throws on failure.
std::unique_ptr<reports::PrintableReport> printableReport(const ReviewSession& session,
                                                          reports::Audience audience = reports::Audience::Board);

/// The format a board report is saved in, from the file name: PDF for ".pdf", else HTML.
reports::ReportFormat boardReportFormat(const std::filesystem::path& out);

/// The format an action plan is exported in: XLSX for ".xlsx", else CSV.
reports::ReportFormat actionPlanFormat(const std::filesystem::path& out);

}  // namespace ccg::session
