#pragma once

#include "reports/report_model.hpp"

#include <string>
#include <vector>

namespace ccg::reports {

/// What an action owner becomes in the public version when it names a rater.
inline constexpr const char* kWithheldOwner = "A member (name withheld)";
/// What a rater's name or role becomes in other text of the public version.
inline constexpr const char* kWithheldText = "[name withheld]";

/// "Member 3": how the public version calls the rater at `index` of ReportModel::raters.
std::string memberName(std::size_t index);

/// The public version of a board model (PRODUCT.md §12), made once so that no renderer can leak:
/// raters become "Member 1…n" in the review's rater order, with no role; notes, evidence and
/// dissent are dropped; an action owner naming a rater is withheld, and any other mention of a
/// rater's name or role (`withheld`: each rater's name and role as typed) in actions,
/// commitments and rationales is replaced; the approval keeps its meeting, date, minute and fingerprint only.
ReportModel publicVersion(ReportModel board, const std::vector<std::string>& withheld);

}  // namespace ccg::reports
