// The rating round of ReviewSession (PRODUCT.md §11): blind rating and reveal, each rater's
// progress, rating forms and returns.
#include "app/session/review_session.hpp"

#include "app/storage/return_file.hpp"

#include <algorithm>

namespace ccg::session {

void ReviewSession::setBlind(bool blind)
{
    requireReview();
    m_repository.setBlind(m_review->summary.id, blind);
    reload();
    notify(Change::Raters);
}

void ReviewSession::reveal()
{
    requireReview();
    if (m_beforeReviewChange)
        m_beforeReviewChange();  // a note being typed is stored before everyone sees the ratings
    m_repository.reveal(m_review->summary.id);
    reload();
    notify(Change::Raters);
}

int ReviewSession::ratedCount(const std::string& raterId) const
{
    if (!m_review)
        return 0;
    return static_cast<int>(std::count_if(m_review->assessment.answers.begin(), m_review->assessment.answers.end(),
                                          [&](const Answer& answer) { return answer.rater == raterId; }));
}

std::vector<RaterProgress> ReviewSession::raterProgress() const
{
    requireReview();
    std::vector<RaterProgress> progress;
    const int items = static_cast<int>(checklist().itemCount());
    for (auto& round : m_repository.raterRounds(m_review->summary.id))
        progress.push_back({round.rater, raterName(round.rater), ratedCount(round.rater), items, std::move(round)});
    return progress;
}

std::vector<WrittenForm> ReviewSession::writeRatingForms(const std::filesystem::path& folder)
{
    requireReview();
    if (m_beforeReviewChange)
        m_beforeReviewChange();  // a note being typed goes into the form of the rater who typed it
    auto written = session::writeRatingForms(m_repository, m_review->summary.id, folder);
    notify(Change::Reviews);
    return written;
}

std::vector<ReturnOutcome> ReviewSession::takeReturns(
    const std::vector<std::filesystem::path>& files,
    const std::function<bool(const std::string& rater, const std::string& returnedAt)>& replaceEarlier)
{
    requireReview();
    if (m_beforeReviewChange)
        m_beforeReviewChange();
    const RowId reviewId = m_review->summary.id;
    std::vector<ReturnOutcome> outcomes;
    for (const auto& file : files) {
        ReturnOutcome outcome;
        outcome.file = file;
        try {
            storage::ReturnFile read = storage::readReturnFile(m_repository, reviewId, file);
            outcome.rater = read.rater;
            const auto rounds = m_repository.raterRounds(reviewId);
            const auto earlier = std::find_if(rounds.begin(), rounds.end(), [&](const storage::RaterRound& round) {
                return round.rater == read.rater && round.returnedAt;
            });
            if (earlier != rounds.end() && replaceEarlier && !replaceEarlier(read.rater, *earlier->returnedAt)) {
                outcome.message = "skipped: " + raterName(read.rater) + "'s earlier return was kept";
                outcomes.push_back(std::move(outcome));
                continue;
            }
            outcome.changes = m_repository.takeReturn(reviewId, read.rater, read.answers, file.filename().string());
            outcome.taken = true;
            outcome.message = "took " + std::to_string(outcome.changes.taken) + " answers of " +
                              raterName(read.rater) + " (" + std::to_string(outcome.changes.added) + " new, " +
                              std::to_string(outcome.changes.replaced) + " changed, " +
                              std::to_string(outcome.changes.removed) + " no longer rated)";
        } catch (const InputError& error) {
            outcome.message = error.what();
        } catch (const storage::StorageError& error) {
            outcome.message = error.what();
        }
        outcomes.push_back(std::move(outcome));
    }
    // A return is not undone key by key: what it replaced is in the audit trail.
    m_history.clear();
    reload();
    notify(Change::Raters);
    return outcomes;
}

}  // namespace ccg::session
