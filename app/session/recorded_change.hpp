#pragma once

#include "app/storage/repository.hpp"
#include "checklists/assessment.hpp"

#include <optional>
#include <string>
#include <vector>

// The record of a review (PRODUCT.md §12) in the words a governance lead reads: one place that
// names every kind of change, shared by `ccg-selfassess history` and the History window.
namespace ccg::session {

class ReviewSession;

/// One change in a review's record.
struct RecordedChange {
    std::string at;     ///< UTC, ISO 8601 with milliseconds, as stored
    std::string when;   ///< the same, as read: "2014-03-01 10:00:05" (UTC)
    std::string who;    ///< the user who made the change
    std::string kind;   ///< rating, note, evidence, agreed, rationale, dissent, target, action, rater, review, round, other
    std::string what;   ///< e.g. "rating of gov-01 by Dr A. Chair", "target of gov-02", "status of action #3 on gov-01"
    std::string item;   ///< the checklist item the change is about, or ""
    std::string rater;  ///< the rater whose answer, dissent or return it is, or ""
    std::optional<std::string> before;  ///< in words ("N/A", "in progress"); nullopt: there was nothing
    std::optional<std::string> after;   ///< likewise; nullopt: nothing is left
};

/// How text and the window show a value that was, or became, nothing: an em dash.
inline constexpr const char* kNothingShown = "\xE2\x80\x94";
/// What the current rater sees of another rater's answer while ratings are hidden.
inline constexpr const char* kHiddenValue = "(hidden until the ratings are revealed)";

/// The value, or kNothingShown.
[[nodiscard]] std::string shown(const std::optional<std::string>& value);

/// One audit entry in words, raters named from `raters` (their id when not among them).
[[nodiscard]] RecordedChange describeChange(const storage::AuditEntry& entry, const std::vector<Rater>& raters);

/// A stored review's record (one item's when given), newest first, in words; NotFound for no such
/// review, Invalid for an item not in its checklist.
[[nodiscard]] std::vector<RecordedChange> reviewRecord(const storage::Repository& repository, storage::RowId reviewId,
                                                       const std::optional<std::string>& item = {});

/// The open review's record as its current rater may see it: while ratings are hidden, the
/// values of other raters' answers are withheld (that they changed is not).
[[nodiscard]] std::vector<RecordedChange> reviewRecord(const ReviewSession& session,
                                                       const std::optional<std::string>& item = {});

}  // namespace ccg::session
