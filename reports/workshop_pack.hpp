#pragma once

#include "checklists/checklist.hpp"

#include <string>

namespace ccg::reports {

/// A blank, printable checklist for one rater (A4 PDF): every item with its question, why it
/// matters, what good looks like, a tick box per level with the level's descriptor, N/A, and
/// ruled space for notes. It names no organisation or review: the cover has lines to fill in, so
/// one pack serves every board that uses the checklist.
std::string renderWorkshopPack(const Checklist& checklist);

}  // namespace ccg::reports
