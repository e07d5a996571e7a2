#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"

#include <string>

namespace ccg::reports {

/// A blank, printable checklist for one rater (A4 PDF): every item with its question, why it
/// matters, what good looks like, a tick box per level with the level's descriptor, N/A, and
/// ruled space for notes. `review`, when given, names the organisation and review on the cover.
std::string renderWorkshopPack(const Checklist& checklist, const Assessment* review);

}  // namespace ccg::reports
