#pragma once

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

/// The RAG band a single level falls in under the checklist's thresholds.
Rag levelRag(const Checklist& checklist, int level);

/// "Red", "Amber", "Green" or "No score": RAG in words for people who cannot see the colour.
std::string ragWord(Rag rag);

}  // namespace ccg::session

namespace ccg::session {

/// Plain words on an item's rating: the rater's own, every rater's with the spread, and what
/// counts for the score (agreed, lower median, N/A or unanswered).
std::string ratingSummary(const Checklist& checklist, const Assessment& assessment, const ScoreResult& scores,
                          const std::string& raterId, const std::string& itemId);

}  // namespace ccg::session
