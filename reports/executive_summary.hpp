#pragma once

#include "reports/report_model.hpp"

#include <string>
#include <vector>

namespace ccg::reports {

/// How many items a summary sentence names before it says "and N more".
inline constexpr std::size_t kSummaryNamedItems = 4;

/// The executive summary in plain words, one paragraph per theme, generated from the figures:
/// overall result, strongest and weakest domains, critical items below target, gaps,
/// disagreements, actions and change since the previous review.
std::vector<std::string> executiveSummary(const ReportModel& model);

}  // namespace ccg::reports
