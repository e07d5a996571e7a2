#pragma once

#include "reports/report_model.hpp"

#include <string>

namespace ccg::reports {

/// Every item in checklist order as RFC 4180 CSV (UTF-8 with BOM, CRLF line ends): scores,
/// gap rank, each rater's level, notes and evidence. User text cannot start a formula. The
/// first column, "Paper", says on every row whether it is a draft and which version.
std::string itemsCsv(const ReportModel& model);

/// The action plan as RFC 4180 CSV, with status and BRAG in words, and the "Paper" column first.
std::string actionsCsv(const ReportModel& model);

}  // namespace ccg::reports
