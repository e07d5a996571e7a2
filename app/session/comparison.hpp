#pragma once

#include "app/storage/repository.hpp"
#include "checklists/assessment.hpp"
#include "checklists/side_by_side.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ccg::session {

class ReviewSession;

/// A stored review the open one can be compared with.
struct ComparableReview {
    storage::RowId id = 0;  ///< the review's row id in storage
    std::string label;      ///< "Organisation: title (YYYY-MM-DD)"
    bool previous = false;  ///< the review the open one follows
};

/// How the Compare page names a stored review: "Organisation: title (YYYY-MM-DD)".
std::string comparisonLabel(const storage::ReviewSummary& review);

/// What the Compare page sets side by side: the open review, always the first column, and the
/// stored reviews of its checklist (id and version) the user has added, in the order added, at
/// most kMaxComparedReviews in all. The table comes from compareSideBySide, as the command
/// line's compare-stored does. Holds no window.
class Comparison {
public:
    explicit Comparison(const ReviewSession& session) : m_session(session) {}

    /// Reads again which reviews may be compared (call it before showing the comparison). With
    /// another review open than last time it starts afresh: the open review's previous one
    /// added, when that is comparable. Reviews no longer comparable (deleted) are taken out.
    void refresh();
    /// The reviews added, in column order after the open review.
    [[nodiscard]] const std::vector<ComparableReview>& added() const { return m_added; }
    /// The comparable reviews not added yet: the previous review first, then by label.
    [[nodiscard]] std::vector<ComparableReview> addable() const;
    /// Whether no more reviews may be added.
    [[nodiscard]] bool full() const { return m_added.size() + 1 >= kMaxComparedReviews; }
    /// Adds a comparable review as the last column; false when it is not comparable, is there
    /// already, or the comparison is full.
    bool add(storage::RowId reviewId);
    /// Takes an added review out; false when it was not added (the open review cannot be).
    bool remove(storage::RowId reviewId);
    /// The open review (as its current rater may see it) beside the reviews added.
    [[nodiscard]] SideBySide table() const;

private:
    const ReviewSession& m_session;
    std::optional<storage::RowId> m_openReview;
    std::vector<ComparableReview> m_offered;
    std::vector<ComparableReview> m_added;
    /// Each added review's answers, read once: while a review is open, only it is edited.
    mutable std::map<storage::RowId, Assessment> m_answers;
};

/// The files a comparison is saved as.
enum class ComparisonFormat { Csv, Xlsx };
/// The format a file name asks for: an Excel workbook for ".xlsx" (any case), else CSV.
[[nodiscard]] ComparisonFormat comparisonFormat(const std::filesystem::path& out);

/// Writes a comparison whole or not at all. Throws reports::ReportWriteError.
void saveComparison(const Checklist& checklist, const SideBySide& table, ComparisonFormat format,
                    const std::filesystem::path& out);

}  // namespace ccg::session
