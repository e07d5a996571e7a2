#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <string>

namespace ccg {

/// The `score --format json` document of PRODUCT.md §6, pretty-printed.
std::string scoreJson(const Checklist& checklist, const Assessment& assessment, const ScoreResult& result);

}  // namespace ccg
