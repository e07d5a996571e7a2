#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <optional>
#include <vector>

// Meeting the standard and the suggested level of assurance (PRODUCT.md §5), part of the one
// analysis of a review (review_analysis.hpp).
namespace ccg {

/// What the evidence says about one item.
struct ItemAssurance {
    EvidenceStrength evidenceStrength = EvidenceStrength::None;  ///< reported for N/A items too
    bool meetsStandard = false;  ///< answered, and 100 × level / max ≥ green-from
    bool assured = false;        ///< meets the standard on at least documented evidence
};

/// A domain's share of assured weight and the level of assurance it suggests.
struct DomainAssurance {
    std::optional<double> coverage;  ///< 0..1, null when every item is N/A
    std::optional<Assurance> level;  ///< null when coverage is null
    int criticalShortfalls = 0;      ///< critical, non-N/A items that are not assured
};

/// The suggested assurance of a review, per item, per domain and overall, beside the author's choice.
struct AssuranceResult {
    std::vector<ItemAssurance> items;      ///< checklist order
    std::vector<DomainAssurance> domains;  ///< checklist order
    std::optional<double> coverage;        ///< domain-weighted over domains with a coverage
    std::optional<Assurance> level;        ///< null when no domain has a coverage
    int criticalShortfalls = 0;
    std::optional<Assurance> chosen;       ///< the file's <assurance-choice>, if any
};

/// PRODUCT.md §5 "Meeting the standard and assurance" applied to a scored review.
AssuranceResult assessAssurance(const Checklist& checklist, const Assessment& assessment, const ScoreResult& scores);

/// The level §5's rule gives for a coverage and its conditions: `anyShortfall` (a critical item
/// not assured), `everyCriticalRated` (every critical, non-N/A item answered at level 1 or more)
/// and whether the score is at least red-below; null when the coverage is null.
std::optional<Assurance> assuranceLevel(std::optional<double> coverage, bool anyShortfall, bool everyCriticalRated,
                                        bool scoreAtLeastRedBelow);

}  // namespace ccg
