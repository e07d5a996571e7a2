#pragma once

#include "checklists/assessment.hpp"
#include "checklists/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ccg {

/// One input to a merge and the name its diagnostics carry.
struct NamedAssessment {
    std::string sourceName;
    Assessment assessment;
};

/// The merged review, or the conflicts that stopped it.
struct MergeResult {
    std::optional<Assessment> merged;
    Diagnostics conflicts;
};

/// Combines raters' files of one organisation and review; identical duplicates are kept once,
/// differing duplicates are conflicts, and a signed-off file is refused (its approval is of that file).
MergeResult mergeAssessments(const std::vector<NamedAssessment>& inputs);

}  // namespace ccg
