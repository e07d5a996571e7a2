#pragma once

#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ccg::session {

/// How an item's effective level moved between two reviews.
enum class Movement { Improved, Declined, Unchanged, NotComparable };

/// One item of the side-by-side view: its effective answer in each review.
struct ItemComparison {
    std::string itemId;
    std::string domainTitle;
    std::string question;
    std::string previous;        ///< "3", "N/A" or "–" (unanswered), as the agree view writes levels
    std::string current;
    std::optional<int> change;   ///< current level minus previous level, when both are levels
    Movement movement = Movement::NotComparable;
    bool critical = false;
};

/// One domain's score in each review.
struct DomainComparison {
    std::string title;
    std::optional<double> previous;
    std::optional<double> current;
    std::optional<double> change;  ///< points, when both scores exist
    Rag previousRag = Rag::None;
    Rag currentRag = Rag::None;
};

/// The current review beside the previous one, item by item and domain by domain.
struct Comparison {
    DomainComparison overall;            ///< title "Overall"
    std::vector<DomainComparison> domains;  ///< checklist order
    std::vector<ItemComparison> items;      ///< checklist order
    int improved = 0;
    int declined = 0;
    int unchanged = 0;
};

/// A stored review the open one can be compared with.
struct ComparableReview {
    std::int64_t id = 0;   ///< the review's row id in storage
    std::string label;     ///< "Organisation: title (YYYY-MM-DD)"
    bool previous = false; ///< the review the open one follows
};

/// Compares two scorings of reviews against the same checklist. Items the previous
/// scoring lacks count as unanswered there.
Comparison compareReviews(const Checklist& checklist, const ScoreResult& current, const ScoreResult& previous);

}  // namespace ccg::session
