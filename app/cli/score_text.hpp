#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/review_analysis.hpp"

#include <string>

namespace ccg::cli {

/// The `score --format text` summary a person reads: overall, domains, top gaps.
std::string scoreText(const Checklist& checklist, const Assessment& assessment, const ReviewAnalysis& analysis);

}  // namespace ccg::cli
