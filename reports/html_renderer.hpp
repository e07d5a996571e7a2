#pragma once

#include "reports/report_model.hpp"

#include <string>

namespace ccg::reports {

/// The board paper as one self-contained XHTML-compatible HTML5 file: inline CSS and SVG,
/// no scripts, nothing fetched; every user text escaped. Prints to A4.
std::string renderHtml(const ReportModel& model);

}  // namespace ccg::reports
