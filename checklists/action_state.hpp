#pragma once

#include "checklists/assessment.hpp"
#include "checklists/calendar_date.hpp"

#include <optional>

// Where an action stands on a given day: the one rule for "live", "overdue" and "due soon".
namespace ccg {

/// Progress of an action as NHS action plans colour it: blue done, green on track,
/// amber due within kDueSoonDays, red overdue; dropped actions are grey.
enum class Brag { Blue, Green, Amber, Red, Dropped };

/// Days before the due date at which a live action turns amber.
inline constexpr int kDueSoonDays = 30;

/// What an action's due date says.
enum class DueDate { NotSet, NotValid, Valid };

/// An action's state as at a reference date.
struct ActionState {
    bool live = false;               ///< open or in progress
    Brag brag = Brag::Green;
    DueDate due = DueDate::NotSet;
    std::optional<int> daysOverdue;  ///< set when red
    std::optional<int> daysLeft;     ///< days until the due date, when live and not overdue

    [[nodiscard]] bool overdue() const { return daysOverdue.has_value(); }
    [[nodiscard]] bool dueSoon() const { return brag == Brag::Amber; }
    bool operator==(const ActionState&) const = default;
};

/// Open and in-progress actions are live; done and dropped ones are not.
bool isLive(ActionStatus status);

/// The state of `action` as at `asOf`: done is blue, dropped grey; a live action due before
/// `asOf` is red, due within kDueSoonDays amber, otherwise (or without a valid due date) green.
ActionState actionState(const Action& action, Date asOf);

}  // namespace ccg
