#pragma once

#include "checklists/assessment.hpp"

#include <optional>

namespace ccg {

/// What came of the commitments a review carries from earlier ones (PRODUCT.md §5, §12).
struct FollowThrough {
    int commitments = 0;
    int done = 0;
    int partly = 0;
    int notDone = 0;
    int superseded = 0;
    int pending = 0;
    /// 100 × (done + ½·partly) / (done + partly + not-done); null when that sum is 0.
    std::optional<double> rate;
};

/// Counts every commitment of the review by outcome and works out the follow-through rate.
FollowThrough followThrough(const Assessment& assessment);

}  // namespace ccg
