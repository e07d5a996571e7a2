#pragma once

#include "checklists/answer_index.hpp"
#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <optional>
#include <string>

namespace ccg::session {

/// What the tree shows beside an item: the rater's answer as a RAG colour, N/A, or a disagreement.
enum class ItemMark { Unanswered, Red, Amber, Green, NotApplicable, Disagreement };

/// The mark of an item given the current rater's rating (if any) and the item's scores. A
/// disagreement shows until the board records an agreed level (`agreed`).
ItemMark itemMark(const Checklist& checklist, const std::optional<Rating>& rating, const ItemScore* scored,
                  bool agreed = false);

/// Plain words on an item's rating: the rater's own, every rater's with the spread, and what
/// counts for the score (agreed, lower median, N/A or unanswered).
std::string ratingSummary(const Checklist& checklist, const AnswerIndex& answers, const ItemScore* scored,
                          const std::string& raterId, const std::string& itemId);

}  // namespace ccg::session
