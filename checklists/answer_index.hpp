#pragma once

#include "checklists/assessment.hpp"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace ccg {

/// The answers, agreed ratings and targets of an assessment by item, so that showing or
/// checking a review of thousands of answers looks each up in constant time. Refers into the
/// assessment, which must outlive it unchanged.
class AnswerIndex {
public:
    explicit AnswerIndex(const Assessment& assessment);

    /// One rater's answer to one item ("" is the anonymous rater), or null.
    [[nodiscard]] const Answer* find(std::string_view itemId, std::string_view raterId) const;
    /// Every answer to an item, in the assessment's order.
    [[nodiscard]] const std::vector<const Answer*>& answersTo(std::string_view itemId) const;
    [[nodiscard]] const AgreedRating* agreed(std::string_view itemId) const;
    [[nodiscard]] const TargetOverride* target(std::string_view itemId) const;
    [[nodiscard]] const Rater* rater(std::string_view raterId) const;

private:
    std::unordered_map<std::string_view, std::vector<const Answer*>> m_answers;
    std::unordered_map<std::string_view, const AgreedRating*> m_agreed;
    std::unordered_map<std::string_view, const TargetOverride*> m_targets;
    std::unordered_map<std::string_view, const Rater*> m_raters;
};

}  // namespace ccg
