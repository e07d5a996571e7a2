#include "checklists/follow_through.hpp"

namespace ccg {

FollowThrough followThrough(const Assessment& assessment)
{
    FollowThrough result;
    for (const auto& commitment : assessment.commitments) {
        ++result.commitments;
        switch (commitment.outcome) {
        case CommitmentOutcome::Done: ++result.done; break;
        case CommitmentOutcome::Partly: ++result.partly; break;
        case CommitmentOutcome::NotDone: ++result.notDone; break;
        case CommitmentOutcome::Superseded: ++result.superseded; break;
        case CommitmentOutcome::Pending: ++result.pending; break;
        }
    }
    // Superseded and pending commitments say nothing yet about whether the board did what it said.
    if (const int decided = result.done + result.partly + result.notDone; decided > 0)
        result.rate = 100.0 * (result.done + 0.5 * result.partly) / decided;
    return result;
}

}  // namespace ccg
