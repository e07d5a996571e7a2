#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ccg {

enum class ItemStatus { Answered, NotApplicable, Unanswered };
enum class Rag { None, Red, Amber, Green };

/// "answered", "not_applicable", "unanswered".
std::string toString(ItemStatus status);
/// "none", "red", "amber", "green".
std::string toString(Rag rag);

/// What the raters and the board said about one item, and how far it is from target.
struct ItemScore {
    std::string itemId;
    std::string domainId;
    ItemStatus status = ItemStatus::Unanswered;
    std::optional<int> level;     ///< effective level when answered
    int target = 0;               ///< after review overrides
    std::optional<int> gap;       ///< null for N/A
    std::optional<double> priority;
    bool critical = false;
    std::optional<int> spread;    ///< max - min of raters' numeric levels
    bool disagreement = false;    ///< isDisagreement(spread)
    bool criticalBelowTarget = false;
    /// What the raters' answers alone give (§5 step 1 without an agreed rating): the level to
    /// suggest when the board agrees one; empty when nobody has rated the item.
    std::optional<Rating> suggested;
};

/// One domain's weighted score and RAG.
struct DomainScore {
    std::string domainId;
    std::string title;
    std::optional<double> score;  ///< 0..100, null when every item is N/A
    Rag rag = Rag::None;
    int items = 0;
    int answered = 0;
    int notApplicable = 0;
    int unanswered = 0;
    int criticalBelowTarget = 0;
};

/// An entry of the prioritised gap list.
struct GapEntry {
    std::string itemId;
    std::string domainId;
    int gap = 0;
    double priority = 0.0;
};

/// The scored review: PRODUCT.md §5 applied to one checklist and assessment.
struct ScoreResult {
    std::optional<double> overall;
    Rag overallRag = Rag::None;
    double completeness = 0.0;
    int items = 0;
    int answered = 0;
    int notApplicable = 0;
    int unanswered = 0;
    std::vector<DomainScore> domains;  ///< checklist order
    std::vector<ItemScore> itemScores; ///< checklist order
    std::vector<GapEntry> gaps;        ///< priority descending, ties in checklist order

    [[nodiscard]] const ItemScore* findItem(const std::string& itemId) const;
    [[nodiscard]] const DomainScore* findDomain(const std::string& domainId) const;
};

/// The answer that counts for an item before targets are applied.
struct EffectiveAnswer {
    ItemStatus status = ItemStatus::Unanswered;
    std::optional<int> level;
    std::optional<int> spread;
};

/// Effective answer of one item from its agreed rating and raters' answers (§5 steps 1-2).
EffectiveAnswer effectiveAnswer(const std::optional<Rating>& agreed, const std::vector<Rating>& raterAnswers);

/// The smallest spread of raters' levels that needs agreeing: 2, or 1 on a scale whose top
/// level is 2 or less, such as Yes/No or No/Partly/Yes (PRODUCT.md §5).
int disagreementSpread(int maxLevel);

/// Whether raters' levels are far enough apart to need agreeing (spread >= disagreementSpread).
bool isDisagreement(std::optional<int> spread, int maxLevel);

/// RAG band of a score under the thresholds (before the critical rule).
Rag ragFor(std::optional<double> score, const RagThresholds& thresholds);

/// The RAG band a single level falls in: its share of the scale's top level, as a score.
Rag levelRag(const Checklist& checklist, int level);

/// How many levels an item rose (negative: fell) between two scorings; empty unless the item
/// has a level in both (an N/A or unanswered item has no movement).
std::optional<int> levelChange(const ItemScore* now, const ItemScore* before);

/// Scores an assessment against its checklist. Items the checklist lacks are ignored.
ScoreResult score(const Checklist& checklist, const Assessment& assessment);

}  // namespace ccg
