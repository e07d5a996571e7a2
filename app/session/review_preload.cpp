#include "app/session/review_preload.hpp"

#include <exception>
#include <utility>

namespace ccg::session {

std::optional<RowId> reviewToOpen(const std::vector<storage::ReviewSummary>& reviews,
                                  std::optional<RowId> lastOpened)
{
    if (reviews.empty())
        return std::nullopt;
    for (const auto& review : reviews)
        if (lastOpened && review.id == *lastOpened)
            return review.id;
    return reviews.front().id;
}

namespace {

std::optional<ReviewPreload::Result> readStartReview(storage::Repository& connection, std::optional<RowId> lastOpened)
{
    ReviewPreload::Result result;
    result.reviews = connection.listReviews();
    if (const auto id = reviewToOpen(result.reviews, lastOpened))
        result.review = connection.loadReview(*id);
    return result;
}

}  // namespace

ReviewPreload::ReviewPreload(const storage::Repository& repository, std::optional<RowId> lastOpened)
{
    try {
        m_result = std::async(std::launch::async, [connection = repository.openAnotherConnection(),
                                                   lastOpened]() mutable -> std::optional<Result> {
            try {
                return readStartReview(connection, lastOpened);
            } catch (const std::exception&) {
                return std::nullopt;  // the usual path meets the same problem and reports it
            }
        });
    } catch (const std::exception&) {
        // No second connection or no thread: the usual path reads the review instead.
    }
}

std::optional<ReviewPreload::Result> ReviewPreload::take()
{
    if (!m_result.valid())
        return std::nullopt;
    return m_result.get();
}

}  // namespace ccg::session
