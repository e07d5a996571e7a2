#pragma once

#include "reports/report_model.hpp"

namespace ccg::reports {

/// Completeness below which a review gives at most limited assurance.
inline constexpr double kLimitedBelowCompleteness = 80.0;
/// Completeness below which a review gives no assurance.
inline constexpr double kNoneBelowCompleteness = 50.0;

/// The cover sheet of a model whose scores, lists and actions are filled in: identity of the
/// paper, its purpose, the recommendation and the level of assurance the review gives.
CoverSheet coverSheet(const ReportModel& model, const ReportInput& input);

}  // namespace ccg::reports
