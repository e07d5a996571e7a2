// Sign-off (PRODUCT.md §12): recording a review's approval with the answers file as approved,
// the lock it puts on every edit, and reopening with a reason. Approvals are never deleted and
// their snapshots never change (the schema's triggers refuse it too).
#include "app/storage/repository.hpp"

#include "app/storage/repository_impl.hpp"
#include "checklists/assessment_writer.hpp"
#include "checklists/sign_off_fingerprint.hpp"
#include "checklists/text_rules.hpp"

namespace ccg::storage {

namespace {

void requireApprovalFields(const SignOff& approval)
{
    const std::pair<const char*, const std::string*> fields[] = {{"date", &approval.date},
                                                                 {"meeting", &approval.meeting},
                                                                 {"minute reference", &approval.minute},
                                                                 {"approver", &approval.approver},
                                                                 {"approver's role", &approval.role}};
    for (const auto& [what, value] : fields) {
        if (value->empty())
            throw StorageError(StorageErrorKind::Invalid, std::string("a sign-off needs the ") + what);
        if (countChars(*value) > kMaxRationaleChars)
            throw StorageError(StorageErrorKind::Invalid, std::string("the sign-off's ") + what + " is longer than " +
                                                              std::to_string(kMaxRationaleChars) + " characters");
    }
    requireDate(approval.date, "sign-off date");
}

ApprovalRecord readApproval(sql::Statement& row)
{
    ApprovalRecord record;
    record.id = row.getInt64(0);
    record.signOff = {row.getText(1), row.getText(2), row.getText(3), row.getText(4), row.getText(5), row.getText(6)};
    record.snapshot = row.getText(7);
    record.recordedAt = row.getText(8);
    record.recordedBy = row.getText(9);
    record.reopenedAt = row.getOptionalText(10);
    record.reopenedBy = row.getOptionalText(11).value_or("");
    record.reopenReason = row.getOptionalText(12).value_or("");
    return record;
}

constexpr const char* kApprovalColumns =
    "SELECT id, approved_date, meeting, minute, approver, role, fingerprint, snapshot, recorded_at, recorded_by, "
    "reopened_at, reopened_by, reopen_reason FROM sign_offs ";

}  // namespace

namespace {

std::string lockMessage(const std::string& reviewKey, const std::string& date, const std::string& meeting,
                        const std::string& minute)
{
    return "review '" + reviewKey + "' was approved on " + date + " at " + meeting + " (minute " + minute +
           "); reopen it to change it";
}

}  // namespace

std::string ReviewSummary::lockReason() const
{
    if (!signedOff)
        return {};
    return lockMessage(info.id, signedOff->date, signedOff->meeting, signedOff->minute);
}

void Repository::Impl::requireUnlocked(RowId reviewId)
{
    // Runs before every edit, note autosaves included: two indexed lookups, not a summary().
    auto select = query(
        "SELECT r.review_key, a.approved_date, a.meeting, a.minute FROM reviews r "
        "LEFT JOIN sign_offs a ON a.review_id = r.id AND a.reopened_at IS NULL WHERE r.id = ?");
    select->bind(1, reviewId);
    if (!select->step())
        throw StorageError(StorageErrorKind::NotFound, "no review #" + std::to_string(reviewId));
    const auto date = select->getOptionalText(1);
    std::string message = date ? lockMessage(select->getText(0), *date, select->getText(2), select->getText(3)) : "";
    select->reset();
    if (date)
        throw StorageError(StorageErrorKind::Locked, message);
}

void Repository::Impl::requireNeverApproved(RowId id, bool wholeOrganisation)
{
    auto select = query(
        "SELECT r.review_key, a.approved_date, a.minute FROM sign_offs a JOIN reviews r ON r.id = a.review_id "
        "WHERE (?2 = 0 AND r.id = ?1) OR (?2 = 1 AND r.organisation_id = ?1) ORDER BY a.id DESC LIMIT 1");
    select->bind(1, id).bind(2, wholeOrganisation ? 1 : 0);
    if (!select->step())
        return;
    const std::string message = "review '" + select->getText(0) + "' was approved on " + select->getText(1) +
                                " (minute " + select->getText(2) +
                                "); an approved review is kept as the record of what was approved";
    select->reset();
    throw StorageError(StorageErrorKind::Conflict, message);
}

void Repository::Impl::keepApproval(RowId reviewId, const SignOff& approval, const std::string& snapshot,
                                    const std::string& at)
{
    auto insert = query(
        "INSERT INTO sign_offs (review_id, approved_date, meeting, minute, approver, role, fingerprint, snapshot, "
        "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, reviewId).bind(2, approval.date).bind(3, approval.meeting).bind(4, approval.minute);
    insert->bind(5, approval.approver).bind(6, approval.role).bind(7, approval.fingerprint).bind(8, snapshot);
    insert->bind(9, at).bind(10, user);
    insert->run();
    auto status = query("UPDATE reviews SET status = 'final' WHERE id = ?");
    status->bind(1, reviewId);
    status->run();
    audit({reviewId, "", "sign_offs", approval.minute, "sign-off", std::nullopt,
           "approved on " + approval.date + " at " + approval.meeting + " (minute " + approval.minute + ") by " +
               approval.approver + ", " + approval.role + "; " + approval.fingerprint},
          at);
}

ApprovalRecord Repository::signOff(RowId reviewId, const SignOff& approval)
{
    requireApprovalFields(approval);
    sql::Transaction transaction(m_impl->db);
    const std::string at = utcNow();
    // Marks the review changed (and refuses one approved already) before the approval locks it.
    m_impl->touchReview(reviewId, at);
    Assessment approved = m_impl->load(reviewId).assessment;
    approved.signOff = approval;
    approved.signOff->fingerprint.clear();
    const std::string source = "review #" + std::to_string(reviewId);
    const std::string snapshot = withSignOffFingerprint(writeAssessmentXml(approved), source);
    const SignOffCheck check = checkSignOff(snapshot, source);
    if (check.verdict != SignOffCheck::Verdict::kMatches)
        throw StorageError(StorageErrorKind::Other, "the approved answers file did not match its own fingerprint: " +
                                                        joinDiagnostics(check.errors));
    approved.signOff->fingerprint = check.fingerprint;
    m_impl->keepApproval(reviewId, *approved.signOff, snapshot, at);
    transaction.commit();
    return approvals(reviewId).front();
}

void Repository::reopen(RowId reviewId, const std::string& reason)
{
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        throw StorageError(StorageErrorKind::Invalid, "reopening an approved review needs a reason");
    if (countChars(reason) > kMaxRationaleChars)
        throw StorageError(StorageErrorKind::Invalid, "the reason is longer than " +
                                                          std::to_string(kMaxRationaleChars) + " characters");
    sql::Transaction transaction(m_impl->db);
    const ReviewSummary old = m_impl->summary(reviewId);
    if (!old.locked())
        throw StorageError(StorageErrorKind::Conflict, "review '" + old.info.id + "' is not approved, so there is "
                                                                                   "nothing to reopen");
    const std::string at = utcNow();
    auto update = m_impl->query(
        "UPDATE sign_offs SET reopened_at = ?, reopened_by = ?, reopen_reason = ? "
        "WHERE review_id = ? AND reopened_at IS NULL");
    update->bind(1, at).bind(2, m_impl->user).bind(3, reason).bind(4, reviewId);
    update->run();
    auto status = m_impl->query("UPDATE reviews SET status = 'in-progress' WHERE id = ?");
    status->bind(1, reviewId);
    status->run();
    m_impl->audit({reviewId, "", "sign_offs", old.signedOff->minute, "sign-off",
                   "approved on " + old.signedOff->date + " (minute " + old.signedOff->minute + ")",
                   "reopened: " + reason},
                  at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

std::vector<ApprovalRecord> Repository::approvals(RowId reviewId) const
{
    auto select = m_impl->query(std::string(kApprovalColumns) + "WHERE review_id = ? ORDER BY id DESC");
    select->bind(1, reviewId);
    std::vector<ApprovalRecord> records;
    while (select->step())
        records.push_back(readApproval(*select));
    return records;
}

}  // namespace ccg::storage
