#pragma once

#include "checklists/checklist.hpp"

#include <string>

namespace ccg::gui {

/// The item's id, domain, question and facts (critical, weight, target), as HTML.
std::string itemHeaderHtml(const Checklist& checklist, const Item& item);

/// Why it matters, what good looks like, evidence ideas and the report citations, as HTML.
std::string itemGuidanceHtml(const Item& item);

}  // namespace ccg::gui
