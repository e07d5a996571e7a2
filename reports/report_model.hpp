#pragma once

#include "checklists/action_state.hpp"
#include "checklists/review_analysis.hpp"
#include "checklists/scoring.hpp"
#include "checklists/words.hpp"
#include "reports/radar_chart.hpp"
#include "reports/report_input.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ccg::reports {

/// The four purposes an NHS board paper's cover box offers.
enum class PaperPurpose { Approval, Assurance, Discussion, Information };

std::string toString(PaperPurpose purpose);

// The paper speaks the product's words (checklists/words.hpp).
using words::change;
using words::number;
using words::percent;
using words::ragWord;
using words::wholePercent;

/// The approval of a signed-off review, ready to show.
struct ApprovalRow {
    std::string date;         ///< long form, or the text recorded
    std::string meeting;
    std::string minute;
    std::string approver;     ///< empty in the public version
    std::string role;         ///< empty in the public version
    std::string fingerprint;
};

/// The cover sheet: who, what, when, and the box a board reads first.
struct CoverSheet {
    std::string organisation;  ///< "NHS Northmoor CCG (99X)", or "Organisation not named"
    std::string reviewTitle;
    std::string reviewId;
    std::string reviewDate;    ///< long form, or "not dated"
    std::string asOf;          ///< long form of the reference date
    std::string checklistTitle;
    std::string checklistId;
    std::string checklistVersion;
    std::string source;        ///< "Ambition, challenge, transition (NHS Confederation, 2013)"
    PaperPurpose purpose = PaperPurpose::Assurance;
    std::string recommendation;  ///< what the board is asked to do; empty once it has approved
    std::optional<ApprovalRow> approval;  ///< none while the paper is a draft
    bool showsAssurance = true;      ///< false when the checklist turns the line off (§3 assurance="off")
    std::string assurance;           ///< "Limited": the level chosen, or until one is, "Suggested: Limited"
    bool assuranceSuggested = false; ///< no level is chosen: `assurance` is the suggestion of §5's rule
    std::string assuranceReason;     ///< who chose it and when, and what the rule suggests and why
};

/// One domain's line of the domain table and the trend table.
struct DomainRow {
    std::string id;
    std::string title;
    double weight = 1.0;
    DomainScore score;
    std::optional<double> targetScore;  ///< the score if every item met its target
    bool hasPrevious = false;
    std::optional<double> previousScore;
    Rag previousRag = Rag::None;
    std::optional<double> change;       ///< points, current minus previous
    int itemsImproved = 0;
    int itemsDeclined = 0;
    DomainAssurance assurance;          ///< coverage and the level §5's rule suggests
};

/// Someone who rated items.
struct RaterRow {
    std::string name;  ///< display name (the id when unnamed; "Anonymous rater")
    std::string role;
};

/// One rater's answer to an item, ready to show.
struct AnswerRow {
    std::size_t raterIndex = 0;  ///< into ReportModel::raters
    std::string rater;   ///< display name
    std::string rating;  ///< "3 Embedded" or "Not applicable"
    std::optional<int> level;
    std::string note;
    std::string evidence;
};

/// A member's dissent from an agreed level, ready to show.
struct DissentRow {
    std::string rater;  ///< display name
    std::string text;   ///< may be empty
};

/// Everything the report says about one item.
struct ItemRow {
    std::string id;
    std::string domainId;
    std::string domainTitle;
    std::string question;
    std::string guidance;  ///< what good looks like
    bool critical = false;
    std::string importance;  ///< the framework's own word, "must", "should", "could", or empty
    double weight = 1.0;
    ItemScore score;
    std::string answer;    ///< effective answer in words: "2 Partly in place", "Not applicable", "Unanswered"
    std::string target;    ///< "3 Embedded"
    std::string agreed;    ///< the board's agreed rating in words, empty when none
    std::string rationale; ///< why the board agreed it, empty when not given
    std::vector<DissentRow> dissent;
    std::optional<std::size_t> gapRank;  ///< 1-based place in the gap list
    std::vector<AnswerRow> answers;
    std::vector<std::string> citations;  ///< "Governance (p. 12, key point 17)"
    ItemAssurance assurance;             ///< evidence strength, meeting the standard, assured
    bool hasPrevious = false;
    std::string previousAnswer;
    int change = 0;  ///< +1 improved, -1 declined, 0 same or not comparable
};

/// An item where raters' levels differ enough to need agreeing (PRODUCT.md §5).
struct DisagreementRow {
    std::size_t item = 0;  ///< index into ReportModel::items
    std::vector<AnswerRow> ratings;
    int spread = 0;
};

/// One line of the action plan.
struct ActionRow {
    std::string reference;  ///< "A1", "A2"… in the order the review lists them
    std::string itemId;
    std::string itemQuestion;
    std::string text;
    std::string owner;
    std::string due;        ///< "30 June 2014", the raw text if not a date, or "no date"
    std::string dueIso;     ///< YYYY-MM-DD or as given
    ActionStatus status = ActionStatus::Open;
    std::string statusWords;  ///< "Open", "In progress", "Done", "Dropped"
    ActionState state;        ///< as at the report's reference date
    std::string bragWords;    ///< the state in words, e.g. "Overdue by 12 days"
};

/// A commitment carried from an earlier review, and what came of it (PRODUCT.md §12).
struct CommitmentRow {
    std::string reference;   ///< "C1", "C2"… in the order the review lists them
    std::string fromReview;  ///< id of the review that agreed it
    std::string itemId;
    std::string text;
    std::string owner;       ///< "No owner named" when none
    std::string due;         ///< "30 June 2014", the raw text if not a date, or "no date"
    CommitmentOutcome outcome = CommitmentOutcome::Pending;
    std::string outcomeWords;  ///< "Partly done"
    std::string remark;
};

/// Comparison with the previous review, when one is given.
struct TrendSummary {
    bool hasPrevious = false;
    std::string previousLabel;  ///< "Annual board self-review 2013 (15 March 2013)"
    /// How the previous review was approved, "approved at Board meeting on 2 April 2013 (minute
    /// SB/13/022)", or empty when it was not: the baseline a board compares with is the approved one.
    std::string previousApproval;
    EarlierFacts facts;         ///< the analysis of the previous review: scores, movements, checklist versions
    /// How the checklist versions differ, in words ("The previous review used version 1.0…"); empty when the same.
    std::string checklistNote;
};

/// Everything a gap report shows (PRODUCT.md §9), computed once and shared by all renderers.
/// Every string is clean UTF-8, bounded, and not yet escaped for any output format.
struct ReportModel {
    Audience audience = Audience::Board;  ///< a public model holds no rater's name, note, evidence or dissent
    std::string assessedBy;               ///< who assesses itself: "board", "committee" (the checklist's)
    CoverSheet cover;
    ScoreResult result;
    RagThresholds rag;
    std::vector<ScaleLevel> scale;
    std::vector<RaterRow> raters;          ///< declared raters in order, the anonymous rater last
    std::vector<DomainRow> domains;        ///< checklist order
    std::vector<ItemRow> items;            ///< checklist order
    std::vector<std::size_t> gaps;         ///< indices into items, PRODUCT.md §5 order
    std::vector<std::size_t> criticalBelowTarget;  ///< indices into items, highest priority first
    std::vector<DisagreementRow> disagreements;    ///< widest spread first, then checklist order
    std::vector<ActionRow> actions;
    std::vector<CommitmentRow> commitments;
    FollowThrough followThrough;           ///< the commitments counted by outcome, and the rate
    AssuranceResult assurance;             ///< the analysis's assurance: overall coverage, suggestion, choice
    TrendSummary trend;
    std::vector<RadarSeries> radar;        ///< this review, target and previous domain scores
    ProvisionalScores answeredOnly;        ///< while items are unanswered: scores over the answered ones
    std::vector<std::string> summary;      ///< executive summary paragraphs
    int overdueActions = 0;
    int actionsDueSoon = 0;
    int liveActions = 0;                   ///< open or in progress

    /// The top level of the scale.
    [[nodiscard]] int maxLevel() const { return scale.empty() ? 0 : scale.back().value; }
    /// No sign-off yet: every page says "Draft".
    [[nodiscard]] bool isDraft() const { return !cover.approval; }
    [[nodiscard]] bool isPublic() const { return audience == Audience::Public; }
    /// "Board": the assessing body at the start of a sentence or a title.
    [[nodiscard]] std::string body() const { return words::capitalised(assessedBy); }
};

/// Analyses the review (against the previous one, scored with its own checklist version) and
/// gathers everything the report shows; for Audience::Public, publicVersion() of it.
ReportModel buildReportModel(const ReportInput& input);

}  // namespace ccg::reports
