#pragma once

#include "checklists/checklist.hpp"
#include "checklists/diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ccg {

/// A checklist, or every reason it could not be loaded (never half-loaded).
struct ChecklistLoad {
    std::optional<Checklist> checklist;
    Diagnostics errors;
    /// The file is an answers file (its root is <assessment>), the usual slip: a caller can say
    /// how to check it instead.
    bool answersFile = false;
};

/// Loads and validates a checklist definition file (PRODUCT.md §3).
ChecklistLoad loadChecklistFile(const std::filesystem::path& path);

/// Validates checklist XML held in memory; `sourceName` prefixes the diagnostics.
ChecklistLoad parseChecklist(std::string_view xml, const std::string& sourceName);

/// Loads a checklist or throws InputError with every finding.
Checklist loadChecklistOrThrow(const std::filesystem::path& path);

}  // namespace ccg
