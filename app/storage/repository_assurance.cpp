// Assurance and follow-through (PRODUCT.md §5, §12): each item's evidence strength, the level of
// assurance the paper's author chose, and the commitments a review carries from the one it
// follows. Each change its own transaction, audited, committed before returning.
#include "app/storage/repository.hpp"

#include "app/storage/repository_impl.hpp"
#include "checklists/text_rules.hpp"

namespace ccg::storage {

namespace {

struct CommitmentRow {
    RowId reviewId = 0;
    Commitment commitment;
};

CommitmentRow readCommitment(Repository::Impl& impl, RowId commitmentId)
{
    auto select = impl.query(
        "SELECT review_id, from_review, item, owner, due_date, outcome, remark, text FROM commitments WHERE id = ?");
    select->bind(1, commitmentId);
    if (!select->step())
        throw StorageError(StorageErrorKind::NotFound, "no commitment #" + std::to_string(commitmentId));
    return {select->getInt64(0),
            {select->getText(1), select->getText(2), select->getText(3), select->getText(4),
             parseCommitmentOutcome(select->getText(5)).value_or(CommitmentOutcome::Pending), select->getText(6),
             select->getText(7)}};
}

void requireCommitment(const Commitment& commitment)
{
    if (commitment.fromReview.empty())
        throw StorageError(StorageErrorKind::Invalid, "a commitment needs the review it came from");
    requireDate(commitment.due, "commitment due date");
    if (const std::size_t length = countChars(commitment.remark); length > kMaxRationaleChars)
        throw StorageError(StorageErrorKind::Invalid, "the remark holds " + std::to_string(length) +
                                                          " characters; at most " +
                                                          std::to_string(kMaxRationaleChars) + " are allowed");
}

std::optional<std::string> strengthText(EvidenceStrength strength)
{
    return strength == EvidenceStrength::None ? std::nullopt : std::optional(toString(strength));
}

}  // namespace

RowId Repository::Impl::insertCommitment(RowId reviewId, const Commitment& commitment, const std::string& at)
{
    requireCommitment(commitment);
    auto insert = query(
        "INSERT INTO commitments (review_id, from_review, item, owner, due_date, outcome, remark, text, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, reviewId).bind(2, commitment.fromReview).bind(3, commitment.item).bind(4, commitment.owner);
    insert->bind(5, commitment.due).bind(6, toString(commitment.outcome)).bind(7, commitment.remark);
    insert->bind(8, commitment.text).bind(9, at).bind(10, at);
    insert->run();
    return db.lastInsertRowId();
}

void Repository::setEvidenceStrength(RowId reviewId, const std::string& item, EvidenceStrength strength)
{
    sql::Transaction transaction(m_impl->db);
    requireItem(*m_impl->review(reviewId).checklist, item);
    auto select = m_impl->query("SELECT strength FROM evidence_strengths WHERE review_id = ? AND item = ?");
    select->bind(1, reviewId).bind(2, item);
    const EvidenceStrength old =
        select->step() ? parseEvidenceStrength(select->getText(0)).value_or(EvidenceStrength::None)
                       : EvidenceStrength::None;
    select->reset();
    if (old == strength)
        return;
    const std::string at = utcNow();
    m_impl->touchReview(reviewId, at);
    if (strength == EvidenceStrength::None) {
        auto remove = m_impl->query("DELETE FROM evidence_strengths WHERE review_id = ? AND item = ?");
        remove->bind(1, reviewId).bind(2, item);
        remove->run();
    } else {
        auto upsert = m_impl->query(
            "INSERT INTO evidence_strengths (review_id, item, strength, updated_at) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT (review_id, item) DO UPDATE SET strength = ?3, updated_at = ?4");
        upsert->bind(1, reviewId).bind(2, item).bind(3, toString(strength)).bind(4, at);
        upsert->run();
    }
    m_impl->audit({reviewId, "", "evidence_strengths", item, "strength", strengthText(old), strengthText(strength)},
                  at);
    transaction.commit();
}

void Repository::setAssuranceChoice(RowId reviewId, const std::optional<Assurance>& level)
{
    sql::Transaction transaction(m_impl->db);
    const ReviewSummary review = m_impl->summary(reviewId);
    auto select = m_impl->query("SELECT assurance_level FROM reviews WHERE id = ?");
    select->bind(1, reviewId);
    select->step();
    const std::optional<std::string> old = select->getOptionalText(0);
    select->reset();
    const std::optional<std::string> chosen = level ? std::optional(toString(*level)) : std::nullopt;
    if (old == chosen)
        return;
    const std::string at = utcNow();
    m_impl->touchReview(reviewId, at);
    auto update = m_impl->query("UPDATE reviews SET assurance_level = ?, assurance_by = ?, assurance_date = ? WHERE id = ?");
    update->bind(1, chosen).bind(2, level ? m_impl->user : std::string());
    update->bind(3, level ? at.substr(0, 10) : std::string()).bind(4, reviewId);
    update->run();
    m_impl->audit({reviewId, "", "reviews", review.info.id, "assurance", old, chosen}, at);
    transaction.commit();
}

RowId Repository::addCommitment(RowId reviewId, const Commitment& commitment)
{
    sql::Transaction transaction(m_impl->db);
    m_impl->review(reviewId);
    const std::string at = utcNow();
    m_impl->touchReview(reviewId, at);
    const RowId id = m_impl->insertCommitment(reviewId, commitment, at);
    m_impl->audit({reviewId, "", "commitments", std::to_string(id), "row", std::nullopt, commitment.text}, at);
    transaction.commit();
    return id;
}

void Repository::updateCommitment(RowId commitmentId, const Commitment& commitment)
{
    requireCommitment(commitment);
    sql::Transaction transaction(m_impl->db);
    const CommitmentRow old = readCommitment(*m_impl, commitmentId);
    if (old.commitment == commitment)
        return;
    const std::string at = utcNow();
    m_impl->touchReview(old.reviewId, at);
    auto update = m_impl->query(
        "UPDATE commitments SET from_review = ?, item = ?, owner = ?, due_date = ?, outcome = ?, remark = ?, text = ?, "
        "updated_at = ? WHERE id = ?");
    update->bind(1, commitment.fromReview).bind(2, commitment.item).bind(3, commitment.owner).bind(4, commitment.due);
    update->bind(5, toString(commitment.outcome)).bind(6, commitment.remark).bind(7, commitment.text).bind(8, at);
    update->bind(9, commitmentId);
    update->run();
    const Commitment& before = old.commitment;
    const std::pair<const char*, std::pair<std::string, std::string>> fields[] = {
        {"from-review", {before.fromReview, commitment.fromReview}},
        {"item", {before.item, commitment.item}},
        {"owner", {before.owner, commitment.owner}},
        {"due", {before.due, commitment.due}},
        {"outcome", {toString(before.outcome), toString(commitment.outcome)}},
        {"remark", {before.remark, commitment.remark}},
        {"text", {before.text, commitment.text}}};
    for (const auto& [field, values] : fields)
        if (values.first != values.second)
            m_impl->audit({old.reviewId, "", "commitments", std::to_string(commitmentId), field, values.first,
                           values.second},
                          at);
    transaction.commit();
}

}  // namespace ccg::storage
