// Assurance, follow-through and sign-off in the open review (PRODUCT.md §12): evidence strength,
// the chosen level of assurance and commitments' outcomes are undoable edits; an approval and a
// reopening are recorded for good.
#include "app/session/review_session.hpp"

#include <algorithm>
#include <stdexcept>

namespace ccg::session {

void ReviewSession::setEvidenceStrength(const std::string& itemId, EvidenceStrength strength)
{
    requireReview();
    const EvidenceStrength before = assessment().evidenceStrength(itemId);
    if (before == strength)
        return;
    const RowId reviewId = m_review->summary.id;
    auto write = [this, reviewId, itemId](EvidenceStrength value) {
        m_repository.setEvidenceStrength(reviewId, itemId, value);
    };
    write(strength);
    record(Edit{"Evidence strength of " + itemId, {}, [write, before] { write(before); },
                [write, strength] { write(strength); }, {Change::Answers, itemId}});
}

void ReviewSession::setAssuranceChoice(const std::optional<Assurance>& level)
{
    requireReview();
    const auto& chosen = assessment().assuranceChoice;
    const std::optional<Assurance> before = chosen ? std::optional(chosen->level) : std::nullopt;
    if (before == level)
        return;
    const RowId reviewId = m_review->summary.id;
    auto write = [this, reviewId](const std::optional<Assurance>& value) {
        m_repository.setAssuranceChoice(reviewId, value);
    };
    write(level);
    record(Edit{"Level of assurance", {}, [write, before] { write(before); }, [write, level] { write(level); },
                {Change::Review, {}}});
}

void ReviewSession::updateCommitment(RowId commitmentId, const Commitment& commitment)
{
    requireReview();
    const auto& list = m_review->commitments;
    const auto found = std::find_if(list.begin(), list.end(),
                                    [&](const storage::CommitmentRecord& record) { return record.id == commitmentId; });
    if (found == list.end())
        throw std::runtime_error("That commitment no longer exists.");
    const Commitment before = found->commitment;
    if (before == commitment)
        return;
    m_repository.updateCommitment(commitmentId, commitment);
    record(Edit{"Outcome of a commitment from " + commitment.fromReview, "Commitment/" + std::to_string(commitmentId),
                [this, commitmentId, before] { m_repository.updateCommitment(commitmentId, before); },
                [this, commitmentId, commitment] { m_repository.updateCommitment(commitmentId, commitment); },
                {Change::Actions, {}}});
}

storage::ApprovalRecord ReviewSession::signOff(const SignOff& approval)
{
    requireReview();
    storage::ApprovalRecord record = m_repository.signOff(m_review->summary.id, approval);
    m_history.clear();
    reload();
    notify(Change::Review);
    return record;
}

void ReviewSession::reopen(const std::string& reason)
{
    requireReview();
    m_repository.reopen(m_review->summary.id, reason);
    reload();
    notify(Change::Review);
}

std::vector<storage::ApprovalRecord> ReviewSession::approvals() const
{
    requireReview();
    return m_repository.approvals(m_review->summary.id);
}

}  // namespace ccg::session
