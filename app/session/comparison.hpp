#pragma once

#include "checklists/checklist.hpp"
#include "checklists/review_analysis.hpp"
#include "checklists/scoring.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ccg::session {

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

/// The open review beside the earlier review its analysis was made against (items matched by id;
/// an item the earlier review lacks shows as unanswered there). Empty rows without one.
Comparison compareReviews(const Checklist& checklist, const ReviewAnalysis& analysis);

}  // namespace ccg::session
