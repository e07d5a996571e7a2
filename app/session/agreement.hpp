#pragma once

#include "checklists/answer_index.hpp"
#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/review_analysis.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ccg::session {

/// One item of the agree step: what every rater said, how far apart they are, what to agree.
struct AgreementRow {
    std::string itemId;
    std::string question;
    std::vector<std::optional<Rating>> ratings;  ///< one per AgreementTable::raters, empty = not rated
    std::optional<int> spread;                   ///< max - min of the numeric levels
    bool disagreement = false;                   ///< far enough apart to need agreeing (PRODUCT.md §5)
    std::optional<Rating> suggested;             ///< the raters' answer by §5 (lower median), ignoring any agreed rating
    std::optional<Rating> agreed;                ///< the board's recorded rating, if any
};

/// The agree view of a review: raters as columns, items as rows in checklist order.
struct AgreementTable {
    std::vector<Rater> raters;  ///< declared raters, then the anonymous rater if they answered
    std::vector<AgreementRow> rows;
};

/// Builds the agree view from the review's answers and its analysis.
AgreementTable buildAgreement(const Checklist& checklist, const Assessment& assessment, const AnswerIndex& answers,
                              const ReviewAnalysis& analysis);

}  // namespace ccg::session
