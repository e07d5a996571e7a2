#include "checklists/action_state.hpp"

namespace ccg {

bool isLive(ActionStatus status)
{
    return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

ActionState actionState(const Action& action, Date asOf)
{
    ActionState state;
    state.live = isLive(action.status);
    const auto due = parseIsoDate(action.due);
    state.due = due ? DueDate::Valid : action.due.empty() ? DueDate::NotSet : DueDate::NotValid;
    if (action.status == ActionStatus::Done) {
        state.brag = Brag::Blue;
        return state;
    }
    if (action.status == ActionStatus::Dropped) {
        state.brag = Brag::Dropped;
        return state;
    }
    if (!due)
        return state;
    const int remaining = daysBetween(asOf, *due);
    if (remaining < 0) {
        state.brag = Brag::Red;
        state.daysOverdue = -remaining;
        return state;
    }
    state.daysLeft = remaining;
    state.brag = remaining <= kDueSoonDays ? Brag::Amber : Brag::Green;
    return state;
}

}  // namespace ccg
