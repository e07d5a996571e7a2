#pragma once

// Private to app/storage: the state behind Repository and the helpers its parts share.
#include "app/storage/database.hpp"
#include "app/storage/repository.hpp"
#include "app/storage/statement.hpp"
#include "app/storage/transaction.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ccg::storage {

/// What a change to a review needs: the review, its checklist.
struct ReviewContext {
    RowId reviewId = 0;
    std::shared_ptr<const Checklist> checklist;
};

/// Fields of one audit entry before it is written.
struct AuditRecord {
    std::optional<RowId> reviewId;
    std::string rater;
    std::string table;
    std::string key;
    std::string field;
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
};

struct Repository::Impl {
    Impl(const std::string& path, sql::OpenMode mode) : db(path, mode), mode(mode) {}

    sql::Database db;
    sql::OpenMode mode;
    std::string user;
    std::map<std::string, std::unique_ptr<sql::Statement>, std::less<>> statements;
    std::map<RowId, std::shared_ptr<const Checklist>> checklists;

    /// A cached prepared statement for fixed SQL text.
    sql::Query query(std::string_view sqlText);
    /// Appends to the audit trail (inside the caller's transaction).
    void audit(const AuditRecord& record, const std::string& at);
    /// The review and its checklist; NotFound when there is no such review.
    ReviewContext review(RowId reviewId);
    std::shared_ptr<const Checklist> checklist(RowId checklistRowId);
    /// Marks the review changed: updated_at, the next revision and no kept figures. Every edit of
    /// a review calls it inside its transaction, so the lock of an approved review is checked here:
    /// Locked, and the edit rolled back, while the review is approved.
    void touchReview(RowId reviewId, const std::string& at);
    /// Throws Locked, with the reason, while the review is approved (PRODUCT.md §12).
    void requireUnlocked(RowId reviewId);
    /// Throws Conflict when the review (or, with an organisation id, any of its reviews) was ever
    /// approved: an approved review is the record of what was approved and is never deleted.
    void requireNeverApproved(RowId reviewId, bool wholeOrganisation = false);
    /// Records an approval (fingerprint filled) with the answers file as approved, and makes the
    /// review final (inside the caller's transaction).
    void keepApproval(RowId reviewId, const SignOff& approval, const std::string& snapshot, const std::string& at);
    /// The number of the next review: one past any review there ever was (inside a transaction).
    RowId nextReviewId();
    /// Inserts an organisation (inside the caller's transaction).
    RowId insertOrganisation(const Organisation& organisation, const std::string& at);
    /// The rater's row id, creating the anonymous rater ("") on first use.
    RowId raterRow(RowId reviewId, const std::string& rater);
    /// Inserts raters, answers, drafts, agreed ratings, targets, actions, evidence strengths,
    /// commitments and the chosen assurance into an empty review (not its follows or sign-off);
    /// items the checklist lacks are skipped when `skipUnknown`, else Invalid.
    void insertContent(RowId reviewId, const Checklist& checklist, const Assessment& content,
                       const std::vector<AnswerDraft>& drafts, bool skipUnknown, const std::string& at);
    /// Inserts one commitment (inside the caller's transaction), checking it as §4 does; returns its id.
    RowId insertCommitment(RowId reviewId, const Commitment& commitment, const std::string& at);
    ReviewSummary summary(RowId reviewId);
    StoredReview load(RowId reviewId);
    /// Answers, drafts, agreed ratings and targets of a review, of one item when `itemId` is given.
    ItemContent content(RowId reviewId, const Checklist& checklist, const std::string* itemId);
};

/// Current UTC time as ISO 8601 with milliseconds, e.g. 2014-03-01T10:00:00.123Z.
std::string utcNow();

/// "3", "n/a", or nullopt for no rating: how ratings read in the audit trail.
std::optional<std::string> auditText(const std::optional<Rating>& rating);

/// Throws Invalid unless `item` is in the checklist.
const Item& requireItem(const Checklist& checklist, const std::string& item);
/// Throws Invalid unless the rating is N/A or a level of the scale.
void requireLevel(const Checklist& checklist, const std::optional<int>& level, const std::string& what);
/// Throws Invalid unless the date is empty or a real calendar date YYYY-MM-DD.
void requireDate(const std::string& date, const std::string& what);

}  // namespace ccg::storage
