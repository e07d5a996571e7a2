#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"

#include <string>
#include <vector>

namespace ccg::reports {

/// What one rater's rating form is written from.
struct RatingFormInput {
    const Checklist& checklist;
    Organisation organisation;
    ReviewInfo review;
    Rater rater;
    /// The rater's answers already stored, to prefill; answers of other raters are never shown.
    std::vector<Answer> answers;
};

/// A self-contained HTML page with which one rater rates every item in any browser, offline, and
/// saves an answers file (PRODUCT.md §4, §11); its policy forbids every external resource.
std::string ratingFormHtml(const RatingFormInput& input);

/// A portable name for the rater's form, e.g. "00Q-2014-q1-rating-form-chair.html": ASCII letters,
/// digits, '-' and '_' only (plus the extension), at most about 130 characters, never empty.
std::string ratingFormFileName(const Organisation& organisation, const ReviewInfo& review, const Rater& rater);

/// The name the form saves the rater's answers as, e.g. "00Q-2014-q1-answers-chair.xml".
std::string ratingAnswersFileName(const Organisation& organisation, const ReviewInfo& review, const Rater& rater);

}  // namespace ccg::reports
