#pragma once

#include "checklists/assessment.hpp"
#include "reports/calendar_date.hpp"

#include <optional>
#include <string>

namespace ccg::reports {

/// Progress of an action as NHS action plans colour it: blue done, green on track,
/// amber due within 30 days, red overdue; dropped actions are grey.
enum class Brag { Blue, Green, Amber, Red, Dropped };

/// Days before the due date at which an open action turns amber.
inline constexpr int kDueSoonDays = 30;

/// An action's BRAG and the same in words, e.g. "Overdue by 12 days".
struct BragStatus {
    Brag brag = Brag::Green;
    std::string words;
    std::optional<int> daysOverdue;  ///< set when red
};

/// "Blue", "Green", "Amber", "Red", "Dropped".
std::string toString(Brag brag);

/// BRAG of an action as at `asOf`: done is blue; overdue (due before `asOf`) red; due within
/// kDueSoonDays amber; otherwise, or with no valid due date, green.
BragStatus bragStatus(const Action& action, Date asOf);

}  // namespace ccg::reports
