// The record of a review (PRODUCT.md §12): its audit trail, newest first, each change with the
// item it is about, as plain data. Reading it into words is app/session/recorded_change.cpp's.
#include "app/storage/repository.hpp"

#include "app/storage/repository_impl.hpp"

namespace ccg::storage {

namespace {

// Answers, agreed ratings, targets and dissents are keyed by their item; an action by its id,
// so its item is the action's (or, once it is deleted, the item it last moved to, if it moved);
// an action moved away from an item leaves that move in the item's record.
constexpr const char* kHistorySelect = R"sql(
SELECT id, at, user_name, review_id, rater, table_name, row_key, field, old_value, new_value, item FROM (
  SELECT l.*, CASE
    WHEN l.table_name IN ('answers', 'agreed_ratings', 'target_overrides', 'dissents') THEN l.row_key
    WHEN l.table_name = 'actions' THEN COALESCE(
      (SELECT a.item FROM actions a WHERE a.id = CAST(l.row_key AS INTEGER) AND a.review_id = l.review_id),
      (SELECT m.new_value FROM audit_log m WHERE m.review_id = l.review_id AND m.table_name = 'actions'
         AND m.row_key = l.row_key AND m.field = 'item' ORDER BY m.id DESC LIMIT 1),
      '')
    ELSE '' END AS item
  FROM audit_log l WHERE l.review_id = ?1)
WHERE ?2 IS NULL OR item = ?2 OR (table_name = 'actions' AND field = 'item' AND old_value = ?2)
ORDER BY id DESC
)sql";

}  // namespace

std::vector<AuditEntry> Repository::reviewHistory(RowId reviewId, const std::optional<std::string>& item) const
{
    const ReviewContext review = m_impl->review(reviewId);
    if (item)
        requireItem(*review.checklist, *item);
    auto select = m_impl->query(kHistorySelect);
    select->bind(1, reviewId).bind(2, item);
    std::vector<AuditEntry> entries;
    while (select->step())
        entries.push_back({select->getInt64(0), select->getText(1), select->getText(2), select->getOptionalInt64(3),
                           select->getText(4), select->getText(5), select->getText(6), select->getText(7),
                           select->getOptionalText(8), select->getOptionalText(9), select->getText(10)});
    return entries;
}

}  // namespace ccg::storage
