#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <optional>
#include <string>

namespace ccg::cli {

/// "72.5%" with one decimal, or "n/a" for a null score.
std::string formatPercent(std::optional<double> score);

/// The `score --format text` summary a person reads: overall, domains, top gaps.
std::string scoreText(const Checklist& checklist, const Assessment& assessment, const ScoreResult& result);

}  // namespace ccg::cli
