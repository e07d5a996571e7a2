#pragma once

#include "checklists/action_state.hpp"
#include "checklists/assessment.hpp"
#include "checklists/assurance.hpp"
#include "checklists/calendar_date.hpp"
#include "checklists/checklist.hpp"
#include "checklists/follow_through.hpp"
#include "checklists/scoring.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Every fact derived from a review (PRODUCT.md §2, §5, §12), computed in one place. The command
// line, the desktop application and the board paper format a ReviewAnalysis; none of them
// derives a fact of its own.
namespace ccg {

/// Version of the rules analyse() applies: figures kept from another version are stale.
inline constexpr int kRulesVersion = 1;

/// An earlier review to set this one against, e.g. the previous one: its answers and the
/// checklist version it was made with.
struct EarlierReview {
    const Checklist& checklist;
    const Assessment& assessment;
    /// Its scores when already known (an earlier review does not change while this one is
    /// edited); null to have analyse() score it.
    const ScoreResult* scores = nullptr;
};

/// Which way something moved against the earlier review.
enum class Movement { Improved, Declined, Unchanged, NotComparable };

/// One item of this review against the earlier review (items are matched by id).
struct ItemTrend {
    bool inEarlier = false;           ///< the earlier review's checklist has the item
    std::optional<ItemScore> before;  ///< how the item scored there
    std::optional<int> change;        ///< levels, now minus before, when both have a level on the same scale
    Movement movement = Movement::NotComparable;
};

/// A domain's score (or the overall score) against the earlier review.
struct ScoreTrend {
    bool inEarlier = false;
    std::optional<double> before;
    Rag beforeRag = Rag::None;
    std::optional<double> change;  ///< points, now minus before, when both have a score
    /// Improved or declined by at least kUnchangedBelowPoints (changes the tables show as 0.0 are unchanged).
    Movement movement = Movement::NotComparable;
    int itemsImproved = 0;
    int itemsDeclined = 0;
    int itemsUnchanged = 0;
};

/// A change in score smaller than this, in points, counts as no change.
inline constexpr double kUnchangedBelowPoints = 0.05;

/// How the checklist version of the earlier review differs from this review's (PRODUCT.md §12).
struct ChecklistDifference {
    std::string earlierVersion;
    bool versionDiffers = false;       ///< the version strings differ
    bool scaleDiffers = false;         ///< other levels: item levels are then not compared
    bool thresholdsDiffer = false;     ///< other RAG thresholds
    std::vector<std::string> added;    ///< items only this checklist has, in its order
    std::vector<std::string> removed;  ///< items only the earlier checklist has, in its order
    std::vector<std::string> changed;  ///< items in both whose question, weight, criticality, target or domain differ

    /// True when the two checklists are not the same in any way that matters to scores.
    [[nodiscard]] bool any() const
    {
        return versionDiffers || scaleDiffers || thresholdsDiffer || !added.empty() || !removed.empty() ||
               !changed.empty();
    }
};

/// The earlier review as this review's trend shows it.
struct EarlierFacts {
    ScoreResult scores;  ///< against its own checklist
    ChecklistDifference checklist;
    ScoreTrend overall;  ///< the overall score, with the items that moved across every domain
    int domainsImproved = 0;
    int domainsDeclined = 0;
    int domainsUnchanged = 0;
};

/// The scores the review would have with every item that is not N/A at its target.
struct TargetScores {
    std::vector<std::optional<double>> domains;  ///< checklist order
    std::optional<double> overall;
};

/// While items are unanswered the scores are provisional (an unanswered item counts 0): these
/// are the scores over the answered items alone, shown beside them.
struct ProvisionalScores {
    bool provisional = false;                    ///< some item that is not N/A is unanswered
    std::vector<std::optional<double>> domains;  ///< checklist order; null where nothing is answered
    std::optional<double> overall;
};

/// Everything derived from one review as at one date.
struct ReviewAnalysis {
    Date asOf;
    ScoreResult current;
    TargetScores target;
    ProvisionalScores answeredOnly;
    std::optional<EarlierFacts> earlier;
    std::vector<ItemTrend> itemTrends;     ///< checklist order; every item NotComparable without an earlier review
    std::vector<ScoreTrend> domainTrends;  ///< checklist order
    AssuranceResult assurance;             ///< meeting the standard and the suggested assurance
    FollowThrough followThrough;           ///< what came of the commitments of earlier reviews
    std::vector<ActionState> actions;      ///< one per action of the assessment, in its order
    int liveActions = 0;
    int overdueActions = 0;
    int actionsDueSoon = 0;  ///< live, amber

    /// The item's scores, found in constant time; null for an item the checklist lacks.
    [[nodiscard]] const ItemScore* item(std::string_view itemId) const;
    /// Position of the item in checklist order (into current.itemScores and itemTrends).
    [[nodiscard]] std::optional<std::size_t> position(std::string_view itemId) const;

    std::unordered_map<std::string, std::size_t> itemPositions;  ///< item id to position in checklist order
};

/// Analyses `assessment` against `checklist`, and against `earlier` when given and made with a
/// version of the same checklist (same id), as at `asOf`. Time and memory are linear in the
/// size of the checklists and the answers.
ReviewAnalysis analyse(const Checklist& checklist, const Assessment& assessment, const EarlierReview* earlier,
                       Date asOf);

/// The scores of a review in which every item that is not N/A meets its target.
TargetScores targetScores(const Checklist& checklist, const ScoreResult& scores);

/// The scores over answered items alone (PRODUCT.md §5's formulas with unanswered items left out).
ProvisionalScores answeredOnlyScores(const Checklist& checklist, const ScoreResult& scores);

/// How two versions of a checklist differ, items matched by id.
ChecklistDifference compareChecklists(const Checklist& earlier, const Checklist& current);

}  // namespace ccg
