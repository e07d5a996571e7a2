#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <string>

namespace ccg::cli {

/// The `score --format text` summary a person reads: overall, domains, top gaps.
std::string scoreText(const Checklist& checklist, const Assessment& assessment, const ScoreResult& result);

}  // namespace ccg::cli
