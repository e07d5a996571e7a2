#pragma once

#include "app/storage/repository.hpp"

#include <future>
#include <optional>
#include <vector>

namespace ccg::session {

using storage::RowId;

/// The review to open at start: the one opened last when it still exists, else the first
/// listed (organisation code, newest date first). Nothing when there are no reviews.
[[nodiscard]] std::optional<RowId> reviewToOpen(const std::vector<storage::ReviewSummary>& reviews,
                                                std::optional<RowId> lastOpened);

/// Reads the review the desktop application opens at start on a thread of its own, through
/// a second connection, while the window is being built; the user sees it sooner and the
/// window is no different. Any failure here is left to the usual path, which reads the
/// review again and reports what is wrong.
class ReviewPreload {
public:
    struct Result {
        std::vector<storage::ReviewSummary> reviews;
        std::optional<storage::StoredReview> review;  ///< none when there are no reviews
    };

    /// Starts the thread; destroying the preload waits for it (std::async's future does).
    ReviewPreload(const storage::Repository& repository, std::optional<RowId> lastOpened);

    /// Waits for the thread and hands over what it read; nothing when it failed or was taken.
    [[nodiscard]] std::optional<Result> take();

private:
    std::future<std::optional<Result>> m_result;
};

}  // namespace ccg::session
