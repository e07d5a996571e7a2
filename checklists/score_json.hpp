#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/review_analysis.hpp"

#include <string>

namespace ccg {

/// The `score --format json` document of PRODUCT.md §6, pretty-printed.
std::string scoreJson(const Checklist& checklist, const Assessment& assessment, const ReviewAnalysis& analysis);

}  // namespace ccg
