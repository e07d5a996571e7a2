#pragma once

#include "app/storage/repository.hpp"

#include <optional>
#include <vector>

namespace ccg::session {

/// The figures a review list shows (overall score, RAG, completeness), from its analysis.
storage::ReviewFigures figuresOf(const ScoreResult& scores);

/// Every stored review (of one organisation when given), as Repository::listReviews lists them,
/// each with its figures: the kept ones where they are current, else `known` when it is of that
/// review as stored, else from analysing the review; new figures are kept for the next list.
std::vector<storage::ReviewSummary> listReviewsWithFigures(storage::Repository& repository,
                                                           std::optional<storage::RowId> organisationId = {},
                                                           const storage::FiguresToKeep* known = nullptr);

}  // namespace ccg::session
