#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ccg {

/// An assessment, or every reason it could not be loaded; warnings do not block loading.
struct AssessmentLoad {
    std::optional<Assessment> assessment;
    Diagnostics errors;
    Diagnostics warnings;
    /// Line of the file's <sign-off>, 0 when it has none: where a fingerprint that does not
    /// match the file is reported (PRODUCT.md §4, §12).
    int signOffLine = 0;
};

/// Loads and validates an answers file against its checklist (PRODUCT.md §4).
AssessmentLoad loadAssessmentFile(const std::filesystem::path& path, const Checklist& checklist);

/// Validates answers XML held in memory; `sourceName` prefixes the diagnostics.
AssessmentLoad parseAssessment(std::string_view xml, const std::string& sourceName, const Checklist& checklist);

/// Loads an assessment or throws InputError with every finding.
Assessment loadAssessmentOrThrow(const std::filesystem::path& path, const Checklist& checklist);

}  // namespace ccg
