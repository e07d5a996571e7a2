#include "checklists/answer_index.hpp"

namespace ccg {

namespace {

template <typename Entry>
const Entry* lookup(const std::unordered_map<std::string_view, const Entry*>& index, std::string_view key)
{
    const auto found = index.find(key);
    return found == index.end() ? nullptr : found->second;
}

}  // namespace

AnswerIndex::AnswerIndex(const Assessment& assessment)
{
    for (const auto& answer : assessment.answers)
        m_answers[answer.item].push_back(&answer);
    for (const auto& agreed : assessment.agreed)
        m_agreed.emplace(agreed.item, &agreed);
    for (const auto& target : assessment.targets)
        m_targets.emplace(target.item, &target);
    for (const auto& rater : assessment.raters)
        m_raters.emplace(rater.id, &rater);
}

const Answer* AnswerIndex::find(std::string_view itemId, std::string_view raterId) const
{
    // An item has one answer per rater: a handful, so a scan is as quick as a second index.
    for (const Answer* answer : answersTo(itemId))
        if (answer->rater == raterId)
            return answer;
    return nullptr;
}

const std::vector<const Answer*>& AnswerIndex::answersTo(std::string_view itemId) const
{
    static const std::vector<const Answer*> kNone;
    const auto found = m_answers.find(itemId);
    return found == m_answers.end() ? kNone : found->second;
}

const AgreedRating* AnswerIndex::agreed(std::string_view itemId) const
{
    return lookup(m_agreed, itemId);
}

const TargetOverride* AnswerIndex::target(std::string_view itemId) const
{
    return lookup(m_targets, itemId);
}

const Rater* AnswerIndex::rater(std::string_view raterId) const
{
    return lookup(m_raters, raterId);
}

}  // namespace ccg
