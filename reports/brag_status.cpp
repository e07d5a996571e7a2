#include "reports/brag_status.hpp"

namespace ccg::reports {

namespace {

std::string days(int count)
{
    return std::to_string(count) + (count == 1 ? " day" : " days");
}

}  // namespace

std::string toString(Brag brag)
{
    switch (brag) {
    case Brag::Blue: return "Blue";
    case Brag::Green: return "Green";
    case Brag::Amber: return "Amber";
    case Brag::Red: return "Red";
    case Brag::Dropped: return "Dropped";
    }
    return "Green";
}

BragStatus bragStatus(const Action& action, Date asOf)
{
    if (action.status == ActionStatus::Done)
        return {Brag::Blue, "Done", std::nullopt};
    if (action.status == ActionStatus::Dropped)
        return {Brag::Dropped, "Dropped", std::nullopt};
    const auto due = parseIsoDate(action.due);
    if (!due)
        return {Brag::Green, action.due.empty() ? "On track (no due date set)" : "On track (due date not valid)",
                std::nullopt};
    const int remaining = daysBetween(asOf, *due);
    if (remaining < 0)
        return {Brag::Red, "Overdue by " + days(-remaining), -remaining};
    if (remaining == 0)
        return {Brag::Amber, "Due today", std::nullopt};
    if (remaining <= kDueSoonDays)
        return {Brag::Amber, "Due within 30 days (in " + days(remaining) + ")", std::nullopt};
    return {Brag::Green, "On track (due in " + days(remaining) + ")", std::nullopt};
}

}  // namespace ccg::reports
