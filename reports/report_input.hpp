#pragma once

#include "checklists/assessment.hpp"
#include "checklists/calendar_date.hpp"
#include "checklists/checklist.hpp"

#include <optional>
#include <string>

namespace ccg::reports {

/// Who a paper is for (PRODUCT.md §12): the board sees everything; the public version names no
/// rater and shows no notes, evidence or dissent.
enum class Audience { Board, Public };

/// What a gap report is made from. The checklist and assessments must outlive the call.
struct ReportInput {
    const Checklist& checklist;
    const Assessment& assessment;
    const Assessment* previous = nullptr;  ///< an earlier review of the same checklist, if any
    Date asOf;                             ///< reference date for "overdue" and "due within 30 days"
    /// The checklist version `previous` was made with (PRODUCT.md §12); null when it is `checklist`.
    const Checklist* previousChecklist = nullptr;
    /// The paper is approved when the assessment carries a sign-off (PRODUCT.md §12); until then
    /// every page says "Draft".
    Audience audience = Audience::Board;
};

/// The reference date a report uses unless told otherwise: the review's date when it has a
/// valid one (a board paper describes the review as at its date), else today.
Date defaultAsOf(const Assessment& assessment);

}  // namespace ccg::reports
