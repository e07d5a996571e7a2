#include "checklists/merge.hpp"

#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace ccg {

namespace {

/// Gathers entries from several files into one list, keeping the first entry of each key; a
/// different entry under a key already taken is a conflict. Each key is looked up in log time,
/// so merging stays near linear in the number of entries however many files there are.
template <typename T, typename Key>
class UniqueMerge {
public:
    UniqueMerge(std::vector<T>& into, Key (*key)(const T&), std::string (*describe)(const T&))
        : m_into(into), m_key(key), m_describe(describe)
    {
    }

    void add(const std::vector<T>& from, const std::string& source, Diagnostics& conflicts)
    {
        for (const auto& value : from) {
            const auto [found, inserted] = m_positions.emplace(m_key(value), m_into.size());
            if (inserted)
                m_into.push_back(value);
            else if (!(m_into[found->second] == value))
                conflicts.push_back({source, 1, m_describe(value) + " differs from an earlier file"});
        }
    }

private:
    std::vector<T>& m_into;
    Key (*m_key)(const T&);
    std::string (*m_describe)(const T&);
    std::map<Key, std::size_t> m_positions;
};

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

std::string raterKey(const Rater& rater)
{
    return rater.id;
}

std::pair<std::string, std::string> answerKey(const Answer& answer)
{
    return {answer.item, answer.rater};
}

template <typename T>
std::string itemKey(const T& entry)
{
    return entry.item;
}

std::string describeRater(const Rater& rater)
{
    return "rater '" + rater.id + "' (name or role)";
}

std::string describeAnswer(const Answer& answer)
{
    return "the answer of " +
           (answer.rater.empty() ? std::string("the anonymous rater") : "rater '" + answer.rater + "'") +
           " to item '" + answer.item + "'";
}

std::string describeAgreed(const AgreedRating& agreed)
{
    return "the agreed rating of item '" + agreed.item + "'";
}

std::string describeTarget(const TargetOverride& target)
{
    return "the target of item '" + target.item + "'";
}

std::string describeStrength(const ItemEvidenceStrength& strength)
{
    return "the evidence strength of item '" + strength.item + "'";
}

auto actionKey(const Action& action)
{
    return std::tie(action.item, action.owner, action.due, action.status, action.text);
}

auto commitmentKey(const Commitment& commitment)
{
    return std::tie(commitment.fromReview, commitment.item, commitment.owner, commitment.due, commitment.outcome,
                    commitment.remark, commitment.text);
}

/// Keeps each entry once, however many files hold it (the same action or commitment in several raters' files).
template <typename T, typename Key>
class ContentMerge {
public:
    ContentMerge(std::vector<T>& into, Key key) : m_into(into), m_seen(Less{key}) {}

    void add(const std::vector<T>& from)
    {
        for (const auto& value : from)
            if (m_seen.insert(&value).second)
                m_into.push_back(value);
    }

private:
    struct Less {
        Key key;
        bool operator()(const T* a, const T* b) const { return key(*a) < key(*b); }
    };
    std::vector<T>& m_into;
    std::set<const T*, Less> m_seen;
};

}  // namespace

MergeResult mergeAssessments(const std::vector<NamedAssessment>& inputs)
{
    MergeResult result;
    if (inputs.empty())
        return result;
    Assessment merged;
    merged.checklistId = inputs.front().assessment.checklistId;
    merged.checklistVersion = inputs.front().assessment.checklistVersion;
    UniqueMerge<Rater, std::string> raters(merged.raters, raterKey, describeRater);
    UniqueMerge<Answer, std::pair<std::string, std::string>> answers(merged.answers, answerKey, describeAnswer);
    UniqueMerge<AgreedRating, std::string> agreed(merged.agreed, itemKey<AgreedRating>, describeAgreed);
    UniqueMerge<TargetOverride, std::string> targets(merged.targets, itemKey<TargetOverride>, describeTarget);
    UniqueMerge<ItemEvidenceStrength, std::string> strengths(merged.evidenceStrengths, itemKey<ItemEvidenceStrength>,
                                                             describeStrength);
    ContentMerge actions(merged.actions, &actionKey);
    ContentMerge commitments(merged.commitments, &commitmentKey);
    auto& conflicts = result.conflicts;
    for (const auto& [source, assessment] : inputs) {
        if (assessment.checklistId != merged.checklistId)
            conflicts.push_back({source, 1, "is for checklist '" + assessment.checklistId + "', not '" +
                                                merged.checklistId + "'"});
        mergeHeader(merged.organisation, assessment.organisation, "the organisation", source, conflicts);
        mergeHeader(merged.review, assessment.review, "the review", source, conflicts);
        raters.add(assessment.raters, source, conflicts);
        answers.add(assessment.answers, source, conflicts);
        agreed.add(assessment.agreed, source, conflicts);
        targets.add(assessment.targets, source, conflicts);
        strengths.add(assessment.evidenceStrengths, source, conflicts);
        mergeHeader(merged.assuranceChoice, assessment.assuranceChoice, "the assurance choice", source, conflicts);
        actions.add(assessment.actions);
        commitments.add(assessment.commitments);
        // The approval is of one file: a merged file would not match its fingerprint.
        if (assessment.signOff)
            conflicts.push_back({source, 1, "is signed off; an approved review cannot be merged into another file"});
    }
    if (conflicts.empty())
        result.merged = std::move(merged);
    return result;
}

}  // namespace ccg
