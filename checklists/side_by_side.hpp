#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ccg {

/// One review to set beside others: what to call it and what it says.
struct ReviewToCompare {
    std::string fallbackLabel;  ///< used when the answers name no organisation, e.g. the file name
    Assessment assessment;
};

/// A score row of the comparison (the overall row or a domain): one entry per review.
struct ComparedScores {
    std::string id;     ///< the domain's id, or "overall"
    std::string title;
    std::vector<std::optional<double>> scores;
    std::vector<Rag> rags;
    std::optional<double> range;  ///< highest minus lowest score, when two reviews have one
};

/// An item of the comparison: its effective answer in each review.
struct ComparedItem {
    std::string itemId;
    std::string domainId;
    std::vector<ItemStatus> statuses;
    std::vector<std::optional<int>> levels;  ///< empty where N/A or unanswered
    std::optional<int> spread;               ///< highest minus lowest level, when two reviews have one
};

/// Several reviews of one checklist side by side, e.g. the boards of a workshop: scores and
/// RAG per domain and overall, and each item's level, one column per review in the given order.
struct SideBySide {
    std::vector<std::string> labels;      ///< distinct; "Organisation: review title" where the answers say
    std::vector<double> completeness;
    ComparedScores overall;
    std::vector<ComparedScores> domains;        ///< checklist order
    std::vector<ComparedItem> items;           ///< checklist order
};

/// Most reviews one comparison sets side by side: more than any workshop needs, and few enough
/// that a table stays readable.
inline constexpr std::size_t kMaxComparedReviews = 50;

/// Items whose levels differ by this much or more between reviews are listed as the widest gaps.
inline constexpr int kWideSpread = 2;

/// Scores each review against `checklist` (PRODUCT.md §5) and sets the results side by side.
SideBySide compareSideBySide(const Checklist& checklist, const std::vector<ReviewToCompare>& reviews);

/// How a review is named in the comparison: "Organisation: review title", the organisation alone,
/// else `fallback`.
std::string reviewLabel(const Assessment& assessment, const std::string& fallback);

}  // namespace ccg
