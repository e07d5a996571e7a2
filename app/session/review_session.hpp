#pragma once

#include "app/session/agreement.hpp"
#include "app/session/change_event.hpp"
#include "app/session/comparison.hpp"
#include "app/session/dashboard_model.hpp"
#include "app/session/edit_history.hpp"
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
    /// asked) from `copyFrom`; without it, it follows the organisation's latest review.
    RowId createReview(RowId organisationId, const ReviewInfo& info, std::optional<RowId> copyFrom,
                       bool copyAnswers = false);
    /// Every stored review with its figures (the open review's from this session's analysis).
    [[nodiscard]] std::vector<storage::ReviewSummary> listReviews() const;
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
    /// The open review beside its previous one, item by item; empty when it has none.
    [[nodiscard]] std::optional<Comparison> comparison() const;
    /// The stored reviews the open one can be set beside: its previous review first, then every
    /// other review of the same checklist (id and version), whatever the organisation.
    [[nodiscard]] std::vector<ComparableReview> comparableReviews() const;
    /// The open review beside another stored review, e.g. another board's in a workshop.
    [[nodiscard]] Comparison comparisonWith(RowId otherReviewId) const;
    /// The dashboard of the open review, actions overdue as at `asOf` (today in the application).
    [[nodiscard]] Dashboard dashboard(Date asOf) const;
    /// Every rater's level per item, the spread and the suggested level.
    [[nodiscard]] AgreementTable agreement() const;

    // Raters.
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
    /// Sets the review's target for an item; nullopt returns to the checklist's target.
    void setTarget(const std::string& itemId, const std::optional<int>& level);
    RowId addAction(const Action& action);
    void updateAction(RowId actionId, const Action& action);
    [[nodiscard]] const storage::ActionRecord* findAction(RowId actionId) const;

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
    /// Analyses the open review as it is held, as at `asOf`.
    void reanalyse(Date asOf) const;
    /// Drops the open review without saving anything (it is gone from storage).
    void forgetReview();
    void notify(Change what, const std::string& itemId = {});
    void requireReview() const;
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
