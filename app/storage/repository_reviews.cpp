// Reviews: create (optionally copying a previous one), list with their kept figures, load, delete.
#include "app/storage/repository.hpp"

#include "app/storage/repository_impl.hpp"
#include "checklists/review_analysis.hpp"

#include <algorithm>

namespace ccg::storage {

namespace {

const std::string kSummarySelect =
    "SELECT r.id, r.organisation_id, o.code, o.name, r.review_key, r.title, r.review_date, r.status, "
    "r.checklist_id, c.checklist_key, c.version, r.previous_review_id, r.created_at, r.updated_at, "
    "s.overall, s.rag, s.completeness, s.scoring_version, r.revision, r.blind, r.revealed_at, r.revealed_by, "
    "r.follows, a.approved_date, a.meeting, a.minute, a.approver, a.role, a.fingerprint, c.title "
    "FROM reviews r JOIN organisations o ON o.id = r.organisation_id JOIN checklists c ON c.id = r.checklist_id "
    "LEFT JOIN review_scores s ON s.review_id = r.id "
    "LEFT JOIN sign_offs a ON a.review_id = r.id AND a.reopened_at IS NULL ";

Rag ragFromText(const std::string& text)
{
    for (auto rag : {Rag::Red, Rag::Amber, Rag::Green})
        if (toString(rag) == text)
            return rag;
    return Rag::None;
}

/// Reads one row of kSummarySelect, with the kept figures when they are current.
void readSummary(sql::Statement& row, ReviewSummary& summary)
{
    summary.id = row.getInt64(0);
    summary.organisationId = row.getInt64(1);
    summary.organisation = {row.getText(2), row.getText(3)};
    summary.info = {row.getText(4), row.getText(5), row.getText(6), row.getText(22)};
    summary.status = parseReviewStatus(row.getText(7)).value_or(ReviewStatus::Draft);
    summary.checklistRowId = row.getInt64(8);
    summary.checklistId = row.getText(9);
    summary.checklistVersion = row.getText(10);
    summary.checklistTitle = row.getText(29);
    summary.previousReviewId = row.getOptionalInt64(11);
    summary.createdAt = row.getText(12);
    summary.updatedAt = row.getText(13);
    summary.revision = row.getInt64(18);
    summary.blind = row.getInt(19) == 1;
    if (!row.isNull(20))
        summary.revealed = Reveal{row.getText(20), row.getText(21)};
    if (!row.isNull(23))
        summary.signedOff = SignOff{row.getText(23), row.getText(24), row.getText(25),
                                    row.getText(26), row.getText(27), row.getText(28)};
    if (!row.isNull(17) && row.getInt(17) == kRulesVersion)
        summary.figures = ReviewFigures{row.getOptionalDouble(14), ragFromText(row.getText(15)), row.getDouble(16)};
}

/// What of `source` a copy takes, as content for insertContent.
Assessment copiedContent(const StoredReview& source, const CopyOptions& copy)
{
    Assessment content;
    if (copy.raters || copy.answers)
        content.raters = source.assessment.raters;
    if (copy.answers)
        content.answers = source.assessment.answers;
    if (copy.agreed)
        content.agreed = source.assessment.agreed;
    if (copy.targets)
        content.targets = source.assessment.targets;
    if (copy.openActions)
        for (const auto& action : source.assessment.actions)
            if (action.status == ActionStatus::Open || action.status == ActionStatus::InProgress)
                content.actions.push_back(action);
    return content;
}

/// What a follow-on review carries from the review it follows (PRODUCT.md §12): each action still
/// open or in progress, as a pending commitment naming the review and item it came from.
std::vector<Commitment> carriedCommitments(const StoredReview& earlier)
{
    std::vector<Commitment> commitments;
    for (const auto& action : earlier.assessment.actions)
        if (action.status == ActionStatus::Open || action.status == ActionStatus::InProgress)
            commitments.push_back({earlier.summary.info.id, action.item, action.owner, action.due,
                                   CommitmentOutcome::Pending, "", action.text});
    return commitments;
}

}  // namespace

ReviewSummary Repository::Impl::summary(RowId reviewId)
{
    auto select = query(kSummarySelect + "WHERE r.id = ?");
    select->bind(1, reviewId);
    if (!select->step())
        throw StorageError(StorageErrorKind::NotFound, "no review #" + std::to_string(reviewId));
    ReviewSummary result;
    readSummary(*select, result);
    return result;
}

ReviewSummary Repository::reviewSummary(RowId reviewId) const
{
    return m_impl->summary(reviewId);
}

void Repository::keepFigures(const std::vector<FiguresToKeep>& figures)
{
    if (figures.empty())
        return;
    try {
        sql::Transaction transaction(m_impl->db);
        // Only figures of a review as it still is: another program may have changed it since.
        auto upsert = m_impl->query(
            "INSERT OR REPLACE INTO review_scores (review_id, scoring_version, overall, rag, completeness, computed_at) "
            "SELECT id, ?, ?, ?, ?, ? FROM reviews WHERE id = ? AND revision = ?");
        const std::string at = utcNow();
        for (const auto& kept : figures) {
            upsert->bind(1, kRulesVersion).bind(2, kept.figures.overall).bind(3, toString(kept.figures.overallRag));
            upsert->bind(4, kept.figures.completeness).bind(5, at).bind(6, kept.reviewId).bind(7, kept.revision);
            upsert->run();
        }
        transaction.commit();
    } catch (const StorageError&) {
        // A database that cannot be written now (read-only, busy) simply keeps nothing.
    }
}

RowId Repository::createReview(const NewReview& review)
{
    if (review.info.id.empty())
        throw StorageError(StorageErrorKind::Invalid, "a review needs an id (e.g. 2014-q1)");
    requireDate(review.info.date, "review date");
    sql::Transaction transaction(m_impl->db);
    auto organisation = m_impl->query("SELECT code FROM organisations WHERE id = ?");
    organisation->bind(1, review.organisationId);
    if (!organisation->step())
        throw StorageError(StorageErrorKind::NotFound, "no organisation #" + std::to_string(review.organisationId));
    const std::string code = organisation->getText(0);
    organisation->reset();
    const auto checklist = m_impl->checklist(review.checklistRowId);
    const std::optional<RowId> previous = review.copyFrom ? review.copyFrom : review.previousReviewId;
    std::optional<StoredReview> source;
    if (review.copyFrom || (review.followOn && previous))
        source = m_impl->load(*previous);
    if (review.followOn && !previous)
        throw StorageError(StorageErrorKind::Invalid, "a follow-on review needs the review it follows on from");
    if (previous) {
        const RowId organisationOfPrevious = source ? source->summary.organisationId : m_impl->summary(*previous).organisationId;
        if (organisationOfPrevious != review.organisationId)
            throw StorageError(StorageErrorKind::Invalid, "review #" + std::to_string(*previous) +
                                                              " belongs to another organisation");
    }
    if (findReview(code, review.info.id))
        throw StorageError(StorageErrorKind::Conflict,
                           "organisation " + code + " already has a review '" + review.info.id + "'");
    const std::string at = utcNow();
    auto insert = m_impl->query(
        "INSERT INTO reviews (organisation_id, checklist_id, review_key, title, review_date, status, "
        "previous_review_id, created_at, updated_at, blind, id, follows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, review.organisationId).bind(2, review.checklistRowId).bind(3, review.info.id);
    insert->bind(4, review.info.title).bind(5, review.info.date).bind(6, toString(review.status));
    insert->bind(7, previous).bind(8, at).bind(9, at).bind(10, review.blind ? 1 : 0).bind(11, m_impl->nextReviewId());
    insert->bind(12, review.followOn ? source->summary.info.id : review.info.follows);
    insert->run();
    const RowId id = m_impl->db.lastInsertRowId();
    Assessment content;
    if (review.copyFrom)
        content = copiedContent(*source, review.copy);
    if (review.followOn)
        content.commitments = carriedCommitments(*source);
    m_impl->insertContent(id, *checklist, content,
                          review.copyFrom && review.copy.answers ? source->drafts : std::vector<AnswerDraft>{}, true, at);
    std::string created = review.copyFrom ? "copy of review #" + std::to_string(*review.copyFrom) : "created";
    if (review.followOn)
        created += "; follows on from '" + source->summary.info.id + "' with " +
                   std::to_string(content.commitments.size()) + " commitment(s)";
    m_impl->audit({id, "", "reviews", review.info.id, "row", std::nullopt, created}, at);
    transaction.commit();
    return id;
}

std::vector<ReviewSummary> Repository::listReviews(std::optional<RowId> organisationId) const
{
    std::vector<ReviewSummary> reviews;
    auto select = m_impl->query(kSummarySelect +
                                "WHERE ?1 IS NULL OR r.organisation_id = ?1 "
                                "ORDER BY o.code, r.review_date DESC, r.id DESC");
    select->bind(1, organisationId);
    while (select->step())
        readSummary(*select, reviews.emplace_back());
    return reviews;
}

std::optional<RowId> Repository::findReview(const std::string& organisationCode, const std::string& reviewKey) const
{
    auto select = m_impl->query(
        "SELECT r.id FROM reviews r JOIN organisations o ON o.id = r.organisation_id "
        "WHERE o.code = ? AND r.review_key = ?");
    select->bind(1, organisationCode).bind(2, reviewKey);
    if (!select->step())
        return std::nullopt;
    return select->getInt64(0);
}

StoredReview Repository::loadReview(RowId reviewId) const
{
    return m_impl->load(reviewId);
}

ItemContent Repository::loadItem(RowId reviewId, const std::string& itemId) const
{
    const ReviewContext review = m_impl->review(reviewId);
    return m_impl->content(reviewId, *review.checklist, &itemId);
}

void Repository::updateReviewInfo(RowId reviewId, const ReviewInfo& info)
{
    if (info.id.empty())
        throw StorageError(StorageErrorKind::Invalid, "a review needs an id (e.g. 2014-q1)");
    requireDate(info.date, "review date");
    sql::Transaction transaction(m_impl->db);
    const ReviewSummary old = m_impl->summary(reviewId);
    // The review it follows is part of its record, set when it was made: not changed here.
    if (old.info.id == info.id && old.info.title == info.title && old.info.date == info.date)
        return;
    if (old.info.id != info.id && findReview(old.organisation.code, info.id))
        throw StorageError(StorageErrorKind::Conflict,
                           "organisation " + old.organisation.code + " already has a review '" + info.id + "'");
    auto update = m_impl->query("UPDATE reviews SET review_key = ?, title = ?, review_date = ? WHERE id = ?");
    const std::string at = utcNow();
    update->bind(1, info.id).bind(2, info.title).bind(3, info.date).bind(4, reviewId);
    update->run();
    m_impl->touchReview(reviewId, at);
    const std::pair<const char*, std::pair<std::string, std::string>> fields[] = {
        {"id", {old.info.id, info.id}}, {"title", {old.info.title, info.title}}, {"date", {old.info.date, info.date}}};
    for (const auto& [field, values] : fields)
        if (values.first != values.second)
            m_impl->audit({reviewId, "", "reviews", info.id, field, values.first, values.second}, at);
    transaction.commit();
}

void Repository::setReviewStatus(RowId reviewId, ReviewStatus status)
{
    sql::Transaction transaction(m_impl->db);
    const ReviewSummary old = m_impl->summary(reviewId);
    if (old.status == status)
        return;
    const std::string at = utcNow();
    auto update = m_impl->query("UPDATE reviews SET status = ? WHERE id = ?");
    update->bind(1, toString(status)).bind(2, reviewId);
    update->run();
    m_impl->touchReview(reviewId, at);
    m_impl->audit({reviewId, "", "reviews", old.info.id, "status", toString(old.status), toString(status)}, at);
    transaction.commit();
}

void Repository::setPreviousReview(RowId reviewId, std::optional<RowId> previousReviewId)
{
    sql::Transaction transaction(m_impl->db);
    const ReviewSummary old = m_impl->summary(reviewId);
    if (previousReviewId) {
        if (*previousReviewId == reviewId)
            throw StorageError(StorageErrorKind::Invalid, "a review cannot be its own previous review");
        if (m_impl->summary(*previousReviewId).organisationId != old.organisationId)
            throw StorageError(StorageErrorKind::Invalid, "review #" + std::to_string(*previousReviewId) +
                                                              " belongs to another organisation");
    }
    if (old.previousReviewId == previousReviewId)
        return;
    const std::string at = utcNow();
    auto update = m_impl->query("UPDATE reviews SET previous_review_id = ? WHERE id = ?");
    update->bind(1, previousReviewId).bind(2, reviewId);
    update->run();
    m_impl->touchReview(reviewId, at);
    const auto text = [](std::optional<RowId> id) {
        return id ? std::optional(std::to_string(*id)) : std::nullopt;
    };
    m_impl->audit({reviewId, "", "reviews", old.info.id, "previous", text(old.previousReviewId), text(previousReviewId)},
                  at);
    transaction.commit();
}

void Repository::deleteReview(RowId reviewId)
{
    sql::Transaction transaction(m_impl->db);
    const ReviewSummary old = m_impl->summary(reviewId);
    m_impl->requireNeverApproved(reviewId);
    auto remove = m_impl->query("DELETE FROM reviews WHERE id = ?");
    remove->bind(1, reviewId);
    remove->run();
    m_impl->audit({reviewId, "", "reviews", old.info.id, "row", old.organisation.code + " " + old.info.title, std::nullopt},
                  utcNow());
    transaction.commit();
}

}  // namespace ccg::storage
