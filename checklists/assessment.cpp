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

constexpr std::array<std::pair<EvidenceStrength, const char*>, 4> kStrengthNames{{
    {EvidenceStrength::None, "none"},
    {EvidenceStrength::Asserted, "asserted"},
    {EvidenceStrength::Documented, "documented"},
    {EvidenceStrength::Verified, "verified"},
}};

constexpr std::array<std::pair<Assurance, const char*>, 4> kAssuranceNames{{
    {Assurance::Substantial, "substantial"},
    {Assurance::Reasonable, "reasonable"},
    {Assurance::Limited, "limited"},
    {Assurance::None, "none"},
}};

constexpr std::array<std::pair<CommitmentOutcome, const char*>, 5> kOutcomeNames{{
    {CommitmentOutcome::Pending, "pending"},
    {CommitmentOutcome::Done, "done"},
    {CommitmentOutcome::Partly, "partly"},
    {CommitmentOutcome::NotDone, "not-done"},
    {CommitmentOutcome::Superseded, "superseded"},
}};

/// The file's word for an enumerated value (case-sensitive both ways).
template <typename Enum, std::size_t N>
std::string nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [known, name] : names)
        if (known == value)
            return name;
    return names.front().second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& names, const std::string& text)
{
    for (const auto& [value, name] : names)
        if (text == name)
            return value;
    return std::nullopt;
}

template <typename Range, typename Pred>
auto findIn(const Range& range, Pred pred) -> decltype(&*range.begin())
{
    const auto found = std::find_if(range.begin(), range.end(), pred);
    return found == range.end() ? nullptr : &*found;
}

}  // namespace

std::string toString(ActionStatus status)
{
    return nameOf(kStatusNames, status);
}

std::optional<ActionStatus> parseActionStatus(const std::string& text)
{
    return valueOf(kStatusNames, text);
}

std::string toString(EvidenceStrength strength)
{
    return nameOf(kStrengthNames, strength);
}

std::optional<EvidenceStrength> parseEvidenceStrength(const std::string& text)
{
    return valueOf(kStrengthNames, text);
}

std::string toString(Assurance level)
{
    return nameOf(kAssuranceNames, level);
}

std::optional<Assurance> parseAssurance(const std::string& text)
{
    return valueOf(kAssuranceNames, text);
}

std::string toString(CommitmentOutcome outcome)
{
    return nameOf(kOutcomeNames, outcome);
}

std::optional<CommitmentOutcome> parseCommitmentOutcome(const std::string& text)
{
    return valueOf(kOutcomeNames, text);
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

EvidenceStrength Assessment::evidenceStrength(const std::string& itemId) const
{
    const auto* found = findIn(evidenceStrengths, [&](const ItemEvidenceStrength& e) { return e.item == itemId; });
    return found ? found->strength : EvidenceStrength::None;
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
    view.commitments = assessment.commitments;
    return view;
}

}  // namespace ccg
