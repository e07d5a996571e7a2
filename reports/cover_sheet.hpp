#pragma once

#include "reports/report_model.hpp"

namespace ccg::reports {

/// The cover sheet of a model whose scores, lists and actions are filled in: identity of the
/// paper, its purpose, the recommendation or the approval, and the level of assurance: the one chosen, or
/// until one is, the suggestion of PRODUCT.md §5's rule, marked as such.
CoverSheet coverSheet(const ReportModel& model, const ReportInput& input);

}  // namespace ccg::reports
