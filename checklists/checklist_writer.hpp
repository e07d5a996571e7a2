#pragma once

#include "checklists/checklist.hpp"

#include <filesystem>
#include <string>

namespace ccg {

/// Serialises a checklist in its canonical form (PRODUCT.md §3): UTF-8, escaped, two-space
/// indents, elements in the order of §3, every target written out, optional attributes only
/// when they differ from the default, and numbers in their shortest exact form. Reading the
/// result gives back the same checklist, and writing that again gives the same bytes.
std::string writeChecklistXml(const Checklist& checklist);

/// Writes the checklist atomically (AtomicFile); throws FileWriteError.
void saveChecklistFile(const Checklist& checklist, const std::filesystem::path& path);

}  // namespace ccg
