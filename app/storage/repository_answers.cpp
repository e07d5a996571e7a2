// One change at a time to raters, answers, agreed ratings and targets: each its own
// transaction, audited, committed before returning.
#include "app/storage/repository.hpp"

#include "app/storage/repository_impl.hpp"

namespace ccg::storage {

namespace {

/// One rater's answer row; no rating and no text means no row.
struct AnswerRow {
    std::optional<Rating> rating;
    std::string note;
    std::string evidence;
    [[nodiscard]] bool empty() const { return !rating && note.empty() && evidence.empty(); }
};

AnswerRow readAnswer(Repository::Impl& impl, RowId raterRowId, const std::string& item)
{
    auto select = impl.query("SELECT level, not_applicable, note, evidence FROM answers WHERE rater_id = ? AND item = ?");
    select->bind(1, raterRowId).bind(2, item);
    AnswerRow row;
    if (select->step()) {
        if (!select->isNull(0))
            row.rating = Rating::at(select->getInt(0));
        else if (select->getInt(1) == 1)
            row.rating = Rating::notApplicable();
        row.note = select->getText(2);
        row.evidence = select->getText(3);
    }
    return row;
}

/// Replaces one rater's answer to an item with `change(old)`, auditing each field that moved.
template <typename Change>
void changeAnswer(Repository::Impl& impl, RowId reviewId, const std::string& rater, const std::string& item,
                  Change change)
{
    sql::Transaction transaction(impl.db);
    const ReviewContext context = impl.review(reviewId);
    requireItem(*context.checklist, item);
    const RowId raterRowId = impl.raterRow(reviewId, rater);
    const AnswerRow old = readAnswer(impl, raterRowId, item);
    AnswerRow next = old;
    change(next);
    if (next.rating)
        requireLevel(*context.checklist, next.rating->level, "answer to " + item);
    const std::string at = utcNow();
    if (next.empty()) {
        auto remove = impl.query("DELETE FROM answers WHERE rater_id = ? AND item = ?");
        remove->bind(1, raterRowId).bind(2, item);
        remove->run();
    } else {
        auto upsert = impl.query(
            "INSERT INTO answers (rater_id, item, level, not_applicable, note, evidence, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (rater_id, item) DO UPDATE SET "
            "level = ?3, not_applicable = ?4, note = ?5, evidence = ?6, updated_at = ?7");
        upsert->bind(1, raterRowId).bind(2, item);
        if (next.rating)
            upsert->bind(3, next.rating->level).bind(4, next.rating->isNotApplicable() ? 1 : 0);
        else
            upsert->bindNull(3).bind(4, 0);
        upsert->bind(5, next.note).bind(6, next.evidence).bind(7, at);
        upsert->run();
    }
    bool changed = false;
    if (old.rating != next.rating) {
        impl.audit({reviewId, rater, "answers", item, "rating", auditText(old.rating), auditText(next.rating)}, at);
        changed = true;
    }
    if (old.note != next.note) {
        impl.audit({reviewId, rater, "answers", item, "note", old.note, next.note}, at);
        changed = true;
    }
    if (old.evidence != next.evidence) {
        impl.audit({reviewId, rater, "answers", item, "evidence", old.evidence, next.evidence}, at);
        changed = true;
    }
    if (!changed)
        return;
    impl.touchReview(reviewId, at);
    transaction.commit();
}

}  // namespace

void Repository::addRater(RowId reviewId, const Rater& rater)
{
    if (rater.id.empty())
        throw StorageError(StorageErrorKind::Invalid, "a rater needs an id");
    sql::Transaction transaction(m_impl->db);
    m_impl->review(reviewId);
    auto select = m_impl->query("SELECT 1 FROM raters WHERE review_id = ? AND rater_key = ?");
    select->bind(1, reviewId).bind(2, rater.id);
    if (select->step())
        throw StorageError(StorageErrorKind::Conflict, "the review already has a rater '" + rater.id + "'");
    select->reset();
    auto insert = m_impl->query("INSERT INTO raters (review_id, rater_key, name, role) VALUES (?, ?, ?, ?)");
    insert->bind(1, reviewId).bind(2, rater.id).bind(3, rater.name).bind(4, rater.role);
    insert->run();
    const std::string at = utcNow();
    m_impl->audit({reviewId, rater.id, "raters", rater.id, "row", std::nullopt, rater.name}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

void Repository::updateRater(RowId reviewId, const Rater& rater)
{
    sql::Transaction transaction(m_impl->db);
    auto select = m_impl->query("SELECT id, name, role FROM raters WHERE review_id = ? AND rater_key = ?");
    select->bind(1, reviewId).bind(2, rater.id);
    if (rater.id.empty() || !select->step())
        throw StorageError(StorageErrorKind::NotFound, "review #" + std::to_string(reviewId) + " has no rater '" +
                                                           rater.id + "'");
    const RowId rowId = select->getInt64(0);
    const std::string oldName = select->getText(1);
    const std::string oldRole = select->getText(2);
    select->reset();
    if (oldName == rater.name && oldRole == rater.role)
        return;
    auto update = m_impl->query("UPDATE raters SET name = ?, role = ? WHERE id = ?");
    update->bind(1, rater.name).bind(2, rater.role).bind(3, rowId);
    update->run();
    const std::string at = utcNow();
    if (oldName != rater.name)
        m_impl->audit({reviewId, rater.id, "raters", rater.id, "name", oldName, rater.name}, at);
    if (oldRole != rater.role)
        m_impl->audit({reviewId, rater.id, "raters", rater.id, "role", oldRole, rater.role}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

void Repository::setRating(RowId reviewId, const std::string& rater, const std::string& item, const Rating& rating)
{
    changeAnswer(*m_impl, reviewId, rater, item, [&](AnswerRow& row) { row.rating = rating; });
}

void Repository::clearRating(RowId reviewId, const std::string& rater, const std::string& item)
{
    changeAnswer(*m_impl, reviewId, rater, item, [](AnswerRow& row) { row.rating.reset(); });
}

void Repository::setNote(RowId reviewId, const std::string& rater, const std::string& item, const std::string& note)
{
    changeAnswer(*m_impl, reviewId, rater, item, [&](AnswerRow& row) { row.note = note; });
}

void Repository::setEvidence(RowId reviewId, const std::string& rater, const std::string& item,
                             const std::string& evidence)
{
    changeAnswer(*m_impl, reviewId, rater, item, [&](AnswerRow& row) { row.evidence = evidence; });
}

void Repository::setAnswer(RowId reviewId, const Answer& answer)
{
    changeAnswer(*m_impl, reviewId, answer.rater, answer.item,
                 [&](AnswerRow& row) { row = {answer.rating, answer.note, answer.evidence}; });
}

void Repository::clearAnswer(RowId reviewId, const std::string& rater, const std::string& item)
{
    changeAnswer(*m_impl, reviewId, rater, item, [](AnswerRow& row) { row = {}; });
}

void Repository::setAgreed(RowId reviewId, const std::string& item, const Rating& rating)
{
    sql::Transaction transaction(m_impl->db);
    const ReviewContext context = m_impl->review(reviewId);
    requireItem(*context.checklist, item);
    requireLevel(*context.checklist, rating.level, "agreed rating of " + item);
    auto select = m_impl->query("SELECT level, not_applicable FROM agreed_ratings WHERE review_id = ? AND item = ?");
    select->bind(1, reviewId).bind(2, item);
    std::optional<Rating> old;
    if (select->step())
        old = select->isNull(0) ? Rating::notApplicable() : Rating::at(select->getInt(0));
    select->reset();
    if (old == rating)
        return;
    const std::string at = utcNow();
    auto upsert = m_impl->query(
        "INSERT INTO agreed_ratings (review_id, item, level, not_applicable, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (review_id, item) DO UPDATE SET level = ?3, not_applicable = ?4, updated_at = ?5");
    upsert->bind(1, reviewId).bind(2, item).bind(3, rating.level).bind(4, rating.isNotApplicable() ? 1 : 0).bind(5, at);
    upsert->run();
    m_impl->audit({reviewId, "", "agreed_ratings", item, "rating", auditText(old), auditText(rating)}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

void Repository::clearAgreed(RowId reviewId, const std::string& item)
{
    sql::Transaction transaction(m_impl->db);
    m_impl->review(reviewId);
    auto select = m_impl->query("SELECT level FROM agreed_ratings WHERE review_id = ? AND item = ?");
    select->bind(1, reviewId).bind(2, item);
    if (!select->step())
        return;
    const std::optional<Rating> old = select->isNull(0) ? Rating::notApplicable() : Rating::at(select->getInt(0));
    select->reset();
    auto remove = m_impl->query("DELETE FROM agreed_ratings WHERE review_id = ? AND item = ?");
    remove->bind(1, reviewId).bind(2, item);
    remove->run();
    const std::string at = utcNow();
    m_impl->audit({reviewId, "", "agreed_ratings", item, "rating", auditText(old), std::nullopt}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

void Repository::setTarget(RowId reviewId, const std::string& item, int level)
{
    sql::Transaction transaction(m_impl->db);
    const ReviewContext context = m_impl->review(reviewId);
    requireItem(*context.checklist, item);
    requireLevel(*context.checklist, level, "target of " + item);
    auto select = m_impl->query("SELECT level FROM target_overrides WHERE review_id = ? AND item = ?");
    select->bind(1, reviewId).bind(2, item);
    const std::optional<int> old = select->step() ? std::optional(select->getInt(0)) : std::nullopt;
    select->reset();
    if (old == level)
        return;
    const std::string at = utcNow();
    auto upsert = m_impl->query(
        "INSERT INTO target_overrides (review_id, item, level, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (review_id, item) DO UPDATE SET level = ?3, updated_at = ?4");
    upsert->bind(1, reviewId).bind(2, item).bind(3, level).bind(4, at);
    upsert->run();
    const auto text = [](std::optional<int> value) {
        return value ? std::optional(std::to_string(*value)) : std::nullopt;
    };
    m_impl->audit({reviewId, "", "target_overrides", item, "level", text(old), text(level)}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

void Repository::clearTarget(RowId reviewId, const std::string& item)
{
    sql::Transaction transaction(m_impl->db);
    m_impl->review(reviewId);
    auto select = m_impl->query("SELECT level FROM target_overrides WHERE review_id = ? AND item = ?");
    select->bind(1, reviewId).bind(2, item);
    if (!select->step())
        return;
    const int old = select->getInt(0);
    select->reset();
    auto remove = m_impl->query("DELETE FROM target_overrides WHERE review_id = ? AND item = ?");
    remove->bind(1, reviewId).bind(2, item);
    remove->run();
    const std::string at = utcNow();
    m_impl->audit({reviewId, "", "target_overrides", item, "level", std::to_string(old), std::nullopt}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

}  // namespace ccg::storage
