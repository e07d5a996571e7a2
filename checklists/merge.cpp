#include "checklists/merge.hpp"

#include <algorithm>

namespace ccg {

namespace {

/// Adds `value` to `into` unless an entry with the same key exists; a different entry
/// under the same key is a conflict reported against `source`.
template <typename T, typename Key, typename Describe>
void mergeUnique(std::vector<T>& into, const std::vector<T>& from, Key key, Describe describe,
                 const std::string& source, Diagnostics& conflicts)
{
    for (const auto& value : from) {
        const auto existing =
            std::find_if(into.begin(), into.end(), [&](const T& other) { return key(other) == key(value); });
        if (existing == into.end())
            into.push_back(value);
        else if (!(*existing == value))
            conflicts.push_back({source, 1, describe(value) + " differs from an earlier file"});
    }
}

template <typename T>
void mergeHeader(std::optional<T>& into, const std::optional<T>& from, const std::string& what,
                 const std::string& source, Diagnostics& conflicts)
{
    if (!from)
        return;
    if (!into)
        into = from;
    else if (!(*into == *from))
        conflicts.push_back({source, 1, what + " differs from the first file's; only files of one review can be merged"});
}

}  // namespace

MergeResult mergeAssessments(const std::vector<NamedAssessment>& inputs)
{
    MergeResult result;
    if (inputs.empty())
        return result;
    Assessment merged;
    merged.checklistId = inputs.front().assessment.checklistId;
    merged.checklistVersion = inputs.front().assessment.checklistVersion;
    auto& conflicts = result.conflicts;
    for (const auto& [source, assessment] : inputs) {
        if (assessment.checklistId != merged.checklistId)
            conflicts.push_back({source, 1, "is for checklist '" + assessment.checklistId + "', not '" +
                                                merged.checklistId + "'"});
        mergeHeader(merged.organisation, assessment.organisation, "the organisation", source, conflicts);
        mergeHeader(merged.review, assessment.review, "the review", source, conflicts);
        mergeUnique(
            merged.raters, assessment.raters, [](const Rater& r) { return r.id; },
            [](const Rater& r) { return "rater '" + r.id + "' (name or role)"; }, source, conflicts);
        mergeUnique(
            merged.answers, assessment.answers, [](const Answer& a) { return std::make_pair(a.item, a.rater); },
            [](const Answer& a) {
                return "the answer of " + (a.rater.empty() ? std::string("the anonymous rater") : "rater '" + a.rater + "'") +
                       " to item '" + a.item + "'";
            },
            source, conflicts);
        mergeUnique(
            merged.agreed, assessment.agreed, [](const AgreedRating& a) { return a.item; },
            [](const AgreedRating& a) { return "the agreed rating of item '" + a.item + "'"; }, source, conflicts);
        mergeUnique(
            merged.targets, assessment.targets, [](const TargetOverride& t) { return t.item; },
            [](const TargetOverride& t) { return "the target of item '" + t.item + "'"; }, source, conflicts);
        for (const auto& action : assessment.actions)
            if (std::find(merged.actions.begin(), merged.actions.end(), action) == merged.actions.end())
                merged.actions.push_back(action);
    }
    if (conflicts.empty())
        result.merged = std::move(merged);
    return result;
}

}  // namespace ccg
