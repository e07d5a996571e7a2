#include "app/session/review_list.hpp"

#include "checklists/review_analysis.hpp"

namespace ccg::session {

storage::ReviewFigures figuresOf(const ScoreResult& scores)
{
    return {scores.overall, scores.overallRag, scores.completeness};
}

std::vector<storage::ReviewSummary> listReviewsWithFigures(storage::Repository& repository,
                                                           std::optional<storage::RowId> organisationId,
                                                           const storage::FiguresToKeep* known)
{
    auto reviews = repository.listReviews(organisationId);
    std::vector<storage::FiguresToKeep> computed;
    for (auto& review : reviews) {
        if (review.figures)
            continue;
        if (known && known->reviewId == review.id && known->revision == review.revision) {
            review.figures = known->figures;
            computed.push_back(*known);
            continue;
        }
        const storage::StoredReview stored = repository.loadReview(review.id);
        review.figures = figuresOf(analyse(*stored.checklist, stored.assessment, nullptr, today()).current);
        computed.push_back({review.id, *review.figures, stored.summary.revision});
    }
    repository.keepFigures(computed);
    return reviews;
}

}  // namespace ccg::session
