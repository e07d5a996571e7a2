#pragma once

#include "checklists/assessment.hpp"

#include <filesystem>
#include <string>

namespace ccg {

/// Serialises an assessment as an answers file (PRODUCT.md §4), UTF-8, escaped: organisation,
/// review, sign-off, raters, answers, agreed ratings, evidence strengths, assurance choice,
/// commitments, targets, actions.
std::string writeAssessmentXml(const Assessment& assessment);

/// Writes the answers file atomically (AtomicFile: never over a device or a pipe); throws FileWriteError.
void saveAssessmentFile(const Assessment& assessment, const std::filesystem::path& path);

}  // namespace ccg
