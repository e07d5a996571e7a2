#include "checklists/assessment.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace ccg {

namespace {

constexpr std::array<std::pair<ActionStatus, const char*>, 4> kStatusNames{{
    {ActionStatus::Open, "open"},
    {ActionStatus::InProgress, "in-progress"},
    {ActionStatus::Done, "done"},
    {ActionStatus::Dropped, "dropped"},
}};

template <typename Range, typename Pred>
auto findIn(const Range& range, Pred pred) -> decltype(&*range.begin())
{
    const auto found = std::find_if(range.begin(), range.end(), pred);
    return found == range.end() ? nullptr : &*found;
}

}  // namespace

std::string toString(ActionStatus status)
{
    for (const auto& [value, name] : kStatusNames)
        if (value == status)
            return name;
    return "open";
}

std::optional<ActionStatus> parseActionStatus(const std::string& text)
{
    for (const auto& [value, name] : kStatusNames)
        if (text == name)
            return value;
    return std::nullopt;
}

const Rater* Assessment::findRater(const std::string& raterId) const
{
    return findIn(raters, [&](const Rater& r) { return r.id == raterId; });
}

const AgreedRating* Assessment::findAgreed(const std::string& itemId) const
{
    return findIn(agreed, [&](const AgreedRating& a) { return a.item == itemId; });
}

const TargetOverride* Assessment::findTarget(const std::string& itemId) const
{
    return findIn(targets, [&](const TargetOverride& t) { return t.item == itemId; });
}

const Answer* Assessment::findAnswer(const std::string& itemId, const std::string& raterId) const
{
    return findIn(answers, [&](const Answer& a) { return a.item == itemId && a.rater == raterId; });
}

Assessment ratersOwnView(const Assessment& assessment, const std::string& raterId)
{
    Assessment view;
    view.checklistId = assessment.checklistId;
    view.checklistVersion = assessment.checklistVersion;
    view.organisation = assessment.organisation;
    view.review = assessment.review;
    view.raters = assessment.raters;
    for (const auto& answer : assessment.answers)
        if (answer.rater == raterId)
            view.answers.push_back(answer);
    view.targets = assessment.targets;
    view.actions = assessment.actions;
    return view;
}

}  // namespace ccg
