#pragma once

#include "app/session/agreement.hpp"
#include "app/session/change_event.hpp"
#include "app/session/comparison.hpp"
#include "app/session/dashboard_model.hpp"
#include "app/session/edit_history.hpp"
#include "app/session/rating_forms.hpp"
#include "app/storage/repository.hpp"
#include "checklists/answer_index.hpp"
#include "checklists/diagnostic.hpp"
#include "checklists/item_index.hpp"
#include "checklists/review_analysis.hpp"
#include "checklists/scoring.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ccg::session {

using storage::RowId;

/// Most characters one note or evidence text holds: some twenty pages. A pasted document is refused
/// rather than stored, so one stray paste cannot swell the database, the reports (which show 20,000
/// characters of a field) or an exported answers file towards the 16 MiB the loader reads.
inline constexpr std::size_t kMaxNoteChars = 100000;

/// One rater's progress through a review's rating round.
struct RaterProgress {
    std::string raterId;
    std::string name;
    int rated = 0;  ///< items rated (a level or N/A)
    int items = 0;  ///< items of the checklist
    storage::RaterRound round;
};

/// What taking one returned file did, or why it was not taken.
struct ReturnOutcome {
    std::filesystem::path file;
    bool taken = false;
    std::string rater;
    storage::ReturnTaken changes;
    std::string message;  ///< what was taken, or the reason it was refused or skipped
};

/// The one function that derives every fact of a review (checklists/review_analysis.hpp); a seam
/// so that tests can count how often the session analyses.
using Analyser = std::function<ReviewAnalysis(const Checklist&, const Assessment&, const EarlierReview*, Date)>;

/// The open review as the desktop application works on it: who is rating, undoable edits that
/// go to storage at once, and one analysis of what is stored, made once per change. Holds no
/// window and no SQL.
class ReviewSession {
public:
    /// `checklistPath` is the checklist new reviews and imported files are read against.
    ReviewSession(storage::Repository& repository, std::filesystem::path checklistPath, Analyser analyser = analyse);

    [[nodiscard]] storage::Repository& repository() { return m_repository; }
    [[nodiscard]] const storage::Repository& repository() const { return m_repository; }
    [[nodiscard]] const std::filesystem::path& checklistPath() const { return m_checklistPath; }
    /// Calls `listener` after every change, in the order of subscription.
    void subscribe(std::function<void(const ChangeEvent&)> listener);
    /// Calls `saver` just before another review is opened or this one closes, so that work in
    /// progress (a note being typed) is stored in the review it belongs to.
    void beforeReviewChange(std::function<void()> saver) { m_beforeReviewChange = std::move(saver); }

    // Organisations and reviews.
    /// Opens a review (the first rater rates) and clears the undo history.
    void openReview(RowId reviewId);
    /// Opens a review read from this database through another connection (see ReviewPreload).
    void openReview(storage::StoredReview loaded);
    /// Closes the review; nothing is open afterwards.
    void closeReview();
    [[nodiscard]] bool hasReview() const { return m_review.has_value(); }
    [[nodiscard]] const storage::ReviewSummary& review() const { return m_review->summary; }
    RowId createOrganisation(const Organisation& organisation);
    /// Creates and opens a review. It copies raters, targets, open actions (and answers when
    /// asked) from `copyFrom`; without it, it follows the organisation's latest review. A blind
    /// review hides each rater's ratings from the others until it is revealed.
    /// With `followOn` (and `copyFrom`), the new review follows on from `copyFrom`: it carries that
    /// review's open and in-progress actions as commitments (PRODUCT.md §12) instead of copying them.
    /// A review that copies none uses `checklistRowId`, a stored checklist, or else the shipped one.
    RowId createReview(RowId organisationId, const ReviewInfo& info, std::optional<RowId> copyFrom,
                       bool copyAnswers = false, bool blind = false, bool followOn = false,
                       std::optional<RowId> checklistRowId = std::nullopt);
    /// Every stored review with its figures (the open review's from this session's analysis).
    [[nodiscard]] std::vector<storage::ReviewSummary> listReviews() const;
    /// Changes the open review's key, title and date.
    void updateReviewInfo(const ReviewInfo& info);
    /// Deletes a review from storage (the caller has asked the user); closes it if open.
    void deleteReview(RowId reviewId);
    /// Deletes an organisation and all its reviews (the caller has asked the user).
    void deleteOrganisation(RowId organisationId);
    /// Imports an answers file (§4) as a new review and opens it; returns the loader's warnings.
    Diagnostics importAnswers(const std::filesystem::path& path);
    /// Writes the open review as an answers file (§4).
    void exportAnswers(const std::filesystem::path& path) const;

    // What the open review holds.
    [[nodiscard]] const Checklist& checklist() const { return *m_review->checklist; }
    [[nodiscard]] const Assessment& assessment() const { return m_review->assessment; }
    /// What the current rater may see of it: all of it, or their own view while ratings are hidden.
    [[nodiscard]] const Assessment& visibleAssessment() const { return m_ownView ? *m_ownView : m_review->assessment; }
    [[nodiscard]] const std::vector<storage::ActionRecord>& actions() const { return m_review->actions; }
    /// Everything derived from the open review, against its previous one, as at today.
    [[nodiscard]] const ReviewAnalysis& analysis() const;
    [[nodiscard]] const ScoreResult& scores() const { return analysis().current; }
    /// The open review's answers by item and rater.
    [[nodiscard]] const AnswerIndex& answers() const { return *m_answers; }
    /// The review this one follows (read when the review opens), or null.
    [[nodiscard]] const storage::StoredReview* previous() const { return m_previous ? &*m_previous : nullptr; }
    /// The previous review's scores against its own checklist version, or null.
    [[nodiscard]] const ScoreResult* previousScores() const;
    /// The stored reviews the open one can be set beside (see Comparison): every other review of
    /// the same checklist (id and version), whatever the organisation, its previous review first,
    /// then by label. A blind review whose ratings are not yet revealed is not offered: its scores
    /// would show what its raters cannot see yet.
    [[nodiscard]] std::vector<ComparableReview> comparableReviews() const;
    /// The dashboard of the open review, actions overdue as at `asOf` (today in the application).
    [[nodiscard]] Dashboard dashboard(Date asOf) const;
    /// Every rater's level per item, the spread and the suggested level.
    [[nodiscard]] AgreementTable agreement() const;

    // The rating round (PRODUCT.md §11).
    /// Whether each rater sees only their own ratings now: a blind review not yet revealed. The
    /// analysis, the dashboard and the pages then show the current rater's own view.
    [[nodiscard]] bool ratingsHidden() const { return m_review && m_review->summary.hidesRatings(); }
    /// Turns blind rating on or off for the open review (before it is revealed).
    void setBlind(bool blind);
    /// Reveals the open review's ratings to everyone: recorded with who and when, audited, not undoable.
    void reveal();
    /// How far each rater has got: items rated, and their form and return.
    [[nodiscard]] std::vector<RaterProgress> raterProgress() const;
    /// How many items `raterId` has rated (a level or N/A).
    [[nodiscard]] int ratedCount(const std::string& raterId) const;
    /// Writes a rating form for every rater of the open review into `folder` (see writeRatingForms).
    std::vector<WrittenForm> writeRatingForms(const std::filesystem::path& folder);
    /// Takes returned rating forms into the open review, each all or nothing (see collectReturnFile).
    /// `replaceEarlier` is asked before a rater's second return replaces the first; false skips it.
    std::vector<ReturnOutcome> takeReturns(const std::vector<std::filesystem::path>& files,
                                           const std::function<bool(const std::string& rater,
                                                                    const std::string& returnedAt)>& replaceEarlier);

    // Raters.
    /// The name a person reads for a rater: the name, else the id; "Anonymous rater" for "".
    [[nodiscard]] std::string raterName(const std::string& raterId) const;
    [[nodiscard]] const std::string& currentRater() const { return m_rater; }
    /// Chooses who is rating: a declared rater, or "" for the anonymous rater.
    void setCurrentRater(const std::string& raterId);
    void addRater(const Rater& rater);
    /// The current rater's rating of an item, or null when they have not rated it.
    [[nodiscard]] std::optional<Rating> currentRating(const std::string& itemId) const;
    /// The current rater's note on an item, rated or not.
    [[nodiscard]] std::string currentNote(const std::string& itemId) const;
    [[nodiscard]] std::string currentEvidence(const std::string& itemId) const;

    // Undoable edits, each committed to storage before the call returns.
    /// Rates an item as the current rater; nullopt removes the rating (a note stays).
    void rate(const std::string& itemId, const std::optional<Rating>& rating);
    /// Sets the current rater's note (likewise evidence); a text over kMaxNoteChars that is longer
    /// than the stored one is refused (StorageError, Invalid).
    void setNote(const std::string& itemId, const std::string& note);
    void setEvidence(const std::string& itemId, const std::string& evidence);
    /// Records (or with nullopt removes) the board's agreed level, which then counts.
    void setAgreed(const std::string& itemId, const std::optional<Rating>& rating);
    /// Records why the board agreed the item's level (an agreed level must exist).
    void setRationale(const std::string& itemId, const std::string& rationale);
    /// Records (or with nullopt removes) a rater's dissent from the item's agreed level.
    void setDissent(const std::string& itemId, const std::string& raterId, const std::optional<std::string>& text);
    /// Sets the review's target for an item; nullopt returns to the checklist's target.
    void setTarget(const std::string& itemId, const std::optional<int>& level);
    RowId addAction(const Action& action);
    void updateAction(RowId actionId, const Action& action);
    [[nodiscard]] const storage::ActionRecord* findAction(RowId actionId) const;

    // Assurance, follow-through and sign-off (PRODUCT.md §12).
    /// Whether the open review is approved: every edit is then refused with lockReason().
    [[nodiscard]] bool locked() const { return m_review && m_review->summary.locked(); }
    [[nodiscard]] std::string lockReason() const { return m_review ? m_review->summary.lockReason() : std::string(); }
    /// The review's evidence strength for an item (undoable); None removes it.
    void setEvidenceStrength(const std::string& itemId, EvidenceStrength strength);
    /// The level of assurance the paper's author chooses (undoable), recorded with who and when;
    /// nullopt returns to the suggested level.
    void setAssuranceChoice(const std::optional<Assurance>& level);
    /// The open review's commitments with their ids, in the order they were carried.
    [[nodiscard]] const std::vector<storage::CommitmentRecord>& commitments() const { return m_review->commitments; }
    /// Records what came of a commitment: its outcome and remark (undoable).
    void updateCommitment(RowId commitmentId, const Commitment& commitment);
    /// Records the board's approval and locks the review; clears the undo history (nothing before
    /// an approval can be taken back after it).
    storage::ApprovalRecord signOff(const SignOff& approval);
    /// Reopens the approved review for change, with the reason (audited).
    void reopen(const std::string& reason);
    /// Every approval of the open review, newest first.
    [[nodiscard]] std::vector<storage::ApprovalRecord> approvals() const;

    [[nodiscard]] const EditHistory& history() const { return m_history; }
    /// Ends merging of consecutive note or evidence edits (on leaving a text box or an item).
    void sealEdits() { m_history.seal(); }
    /// Takes back the last edit in storage too.
    void undo();
    /// Makes the last undone edit again.
    void redo();

private:
    /// Makes `loaded` the open review: analyses it, the first rater rates, no undo history.
    void adoptReview(storage::StoredReview loaded);
    /// Reads again from storage what `change` touched (one item's answers, or the whole review)
    /// and analyses the review once.
    void reload(const ChangeEvent& change = {});
    /// Replaces what the open review holds about one item with what storage holds.
    void reloadItem(const std::string& itemId);
    /// Analyses what the current rater may see of the open review, as at `asOf`.
    void reanalyse(Date asOf) const;
    /// Makes the own view, the answer index and the analysis again from the review held.
    void refreshDerived();
    /// Drops the open review without saving anything (it is gone from storage).
    void forgetReview();
    void notify(Change what, const std::string& itemId = {});
    void requireReview() const;
    /// Throws while ratings are hidden: agreeing needs every rater's levels.
    void requireRevealed() const;
    RowId storeShippedChecklist();
    void writeRating(RowId reviewId, const std::string& raterId, const std::string& itemId,
                     const std::optional<Rating>& rating);
    void editText(const std::string& itemId, const std::string& text, bool evidence);
    void record(Edit edit);

    storage::Repository& m_repository;
    std::filesystem::path m_checklistPath;
    std::vector<std::function<void(const ChangeEvent&)>> m_listeners;
    std::function<void()> m_beforeReviewChange;
    Analyser m_analyser;
    std::optional<storage::StoredReview> m_review;
    std::optional<AnswerIndex> m_answers;
    std::optional<Assessment> m_ownView;  ///< what the current rater may see, while ratings are hidden
    std::optional<ItemIndex> m_items;  ///< the open review's checklist by item
    // The previous review never changes while this one is open: read and scored once.
    std::optional<storage::StoredReview> m_previous;
    std::optional<ScoreResult> m_previousScores;
    // Made again after each change, and when the date moves on (the window may stay open overnight).
    mutable ReviewAnalysis m_analysis;
    std::string m_rater;
    EditHistory m_history;
};

}  // namespace ccg::session
