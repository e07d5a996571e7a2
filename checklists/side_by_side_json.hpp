#pragma once

#include "checklists/checklist.hpp"
#include "checklists/side_by_side.hpp"

#include <string>

namespace ccg {

/// The `compare --format json` document: the checklist, the reviews in order, then the overall
/// row, the domains and the items with one entry per review (numbers unrounded, null when missing).
std::string sideBySideJson(const Checklist& checklist, const SideBySide& table);

}  // namespace ccg
