// Actions of a review, and whole assessments in and out (answers files, PRODUCT.md §4).
#include "app/storage/repository.hpp"

#include "app/storage/repository_impl.hpp"
#include "checklists/sign_off_fingerprint.hpp"

namespace ccg::storage {

namespace {

struct ActionRow {
    RowId reviewId = 0;
    Action action;
};

ActionRow readAction(Repository::Impl& impl, RowId actionId)
{
    auto select = impl.query("SELECT review_id, item, owner, due_date, status, text FROM actions WHERE id = ?");
    select->bind(1, actionId);
    if (!select->step())
        throw StorageError(StorageErrorKind::NotFound, "no action #" + std::to_string(actionId));
    return {select->getInt64(0),
            {select->getText(1), select->getText(2), select->getText(3),
             parseActionStatus(select->getText(4)).value_or(ActionStatus::Open), select->getText(5)}};
}

void requireAction(const Checklist& checklist, const Action& action)
{
    requireItem(checklist, action.item);
    requireDate(action.due, "action due date");
}

/// The review key an imported file without `<review>` gets: "imported-1", "imported-2"...
std::string freeReviewKey(Repository& repository, const std::string& code)
{
    for (int n = 1;; ++n) {
        const std::string key = "imported-" + std::to_string(n);
        if (!repository.findReview(code, key))
            return key;
    }
}

/// The approved snapshot an imported signed-off file keeps: the file's own text, which alone
/// matches its fingerprint (another writing of the same answers would not).
std::string approvedText(const Assessment& assessment, const ImportOptions& options)
{
    if (options.signedText.empty())
        throw StorageError(StorageErrorKind::Invalid,
                           "a signed-off answers file is imported with its text, to keep it as approved");
    const SignOffCheck check = checkSignOff(options.signedText, options.source.empty() ? "answers" : options.source);
    if (check.verdict != SignOffCheck::Verdict::kMatches || !check.signOff ||
        check.fingerprint != assessment.signOff->fingerprint)
        throw StorageError(StorageErrorKind::Invalid, "the file was changed after it was approved; nothing was imported");
    return options.signedText;
}

}  // namespace

RowId Repository::addAction(RowId reviewId, const Action& action)
{
    sql::Transaction transaction(m_impl->db);
    requireAction(*m_impl->review(reviewId).checklist, action);
    const std::string at = utcNow();
    auto insert = m_impl->query(
        "INSERT INTO actions (review_id, item, text, owner, due_date, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, reviewId).bind(2, action.item).bind(3, action.text).bind(4, action.owner).bind(5, action.due);
    insert->bind(6, toString(action.status)).bind(7, at).bind(8, at);
    insert->run();
    const RowId id = m_impl->db.lastInsertRowId();
    m_impl->audit({reviewId, "", "actions", std::to_string(id), "row", std::nullopt, action.text}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
    return id;
}

void Repository::updateAction(RowId actionId, const Action& action)
{
    sql::Transaction transaction(m_impl->db);
    const ActionRow old = readAction(*m_impl, actionId);
    requireAction(*m_impl->review(old.reviewId).checklist, action);
    if (old.action == action)
        return;
    const std::string at = utcNow();
    auto update = m_impl->query(
        "UPDATE actions SET item = ?, text = ?, owner = ?, due_date = ?, status = ?, updated_at = ? WHERE id = ?");
    update->bind(1, action.item).bind(2, action.text).bind(3, action.owner).bind(4, action.due);
    update->bind(5, toString(action.status)).bind(6, at).bind(7, actionId);
    update->run();
    const std::pair<const char*, std::pair<std::string, std::string>> fields[] = {
        {"item", {old.action.item, action.item}},
        {"text", {old.action.text, action.text}},
        {"owner", {old.action.owner, action.owner}},
        {"due", {old.action.due, action.due}},
        {"status", {toString(old.action.status), toString(action.status)}}};
    for (const auto& [field, values] : fields)
        if (values.first != values.second)
            m_impl->audit({old.reviewId, "", "actions", std::to_string(actionId), field, values.first, values.second},
                          at);
    m_impl->touchReview(old.reviewId, at);
    transaction.commit();
}

void Repository::deleteAction(RowId actionId)
{
    sql::Transaction transaction(m_impl->db);
    const ActionRow old = readAction(*m_impl, actionId);
    auto remove = m_impl->query("DELETE FROM actions WHERE id = ?");
    remove->bind(1, actionId);
    remove->run();
    const std::string at = utcNow();
    m_impl->audit({old.reviewId, "", "actions", std::to_string(actionId), "row", old.action.text, std::nullopt}, at);
    m_impl->touchReview(old.reviewId, at);
    transaction.commit();
}

RowId Repository::importAssessment(const Assessment& assessment, RowId checklistRowId, const ImportOptions& options)
{
    const std::string approved = assessment.signOff ? approvedText(assessment, options) : std::string();
    sql::Transaction transaction(m_impl->db);
    const auto checklist = m_impl->checklist(checklistRowId);
    if (assessment.checklistId != checklist->id)
        throw StorageError(StorageErrorKind::Invalid, "the answers are for checklist '" + assessment.checklistId +
                                                          "', not '" + checklist->id + "'");
    const std::optional<Organisation> organisation =
        assessment.organisation ? assessment.organisation : options.organisation;
    if (!organisation || organisation->code.empty())
        throw StorageError(StorageErrorKind::Invalid,
                           "the answers name no organisation; say which one (--organisation CODE)");
    const auto existing = findOrganisation(organisation->code);
    const std::string at = utcNow();
    const RowId organisationId = existing ? existing->id : m_impl->insertOrganisation(*organisation, at);
    ReviewInfo info = assessment.review.value_or(ReviewInfo{});
    if (info.id.empty())
        info.id = freeReviewKey(*this, organisation->code);
    if (auto clash = findReview(organisation->code, info.id))
        throw StorageError(StorageErrorKind::Conflict, "organisation " + organisation->code + " already has review '" +
                                                           info.id + "' (#" + std::to_string(*clash) +
                                                           "); nothing was imported");
    requireDate(info.date, "review date");
    // The latest earlier review of the organisation becomes the previous one, for trends.
    std::optional<RowId> previous;
    if (!info.date.empty()) {
        auto earlier = m_impl->query(
            "SELECT id FROM reviews WHERE organisation_id = ? AND review_date <> '' AND review_date < ? "
            "ORDER BY review_date DESC, id DESC LIMIT 1");
        earlier->bind(1, organisationId).bind(2, info.date);
        if (earlier->step())
            previous = earlier->getInt64(0);
    }
    auto insert = m_impl->query(
        "INSERT INTO reviews (organisation_id, checklist_id, review_key, title, review_date, status, "
        "previous_review_id, created_at, updated_at, blind, id, follows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, organisationId).bind(2, checklistRowId).bind(3, info.id).bind(4, info.title).bind(5, info.date);
    insert->bind(6, toString(options.status.value_or(ReviewStatus::Draft))).bind(7, previous).bind(8, at).bind(9, at);
    insert->bind(10, options.blind ? 1 : 0).bind(11, m_impl->nextReviewId()).bind(12, info.follows);
    insert->run();
    const RowId reviewId = m_impl->db.lastInsertRowId();
    m_impl->insertContent(reviewId, *checklist, assessment, {}, false, at);
    if (assessment.signOff)
        m_impl->keepApproval(reviewId, *assessment.signOff, approved, at);
    m_impl->audit({reviewId, "", "reviews", info.id, "row", std::nullopt,
                   "imported" + (options.source.empty() ? std::string() : " from " + options.source) + ": " +
                       std::to_string(assessment.answers.size()) + " answers, " +
                       std::to_string(assessment.actions.size()) + " actions"},
                  at);
    transaction.commit();
    return reviewId;
}

Assessment Repository::exportAssessment(RowId reviewId) const
{
    return m_impl->load(reviewId).assessment;
}

}  // namespace ccg::storage
