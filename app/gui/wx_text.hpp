#pragma once

#include "checklists/assessment.hpp"

#include <string>

namespace ccg::gui {

/// Escapes &, <, >, " and ' so user and checklist text is shown as text in HTML views.
std::string htmlEscape(const std::string& text);

/// A number without trailing zeros: 2, 0.5, 2.25.
std::string formatNumber(double value);

/// "Open", "In progress", "Done" or "Dropped", as people write them.
std::string statusWords(ActionStatus status);

}  // namespace ccg::gui
