#pragma once

#include "checklists/checklist.hpp"
#include "checklists/review_analysis.hpp"

#include <string>
#include <vector>

namespace ccg::gui {

/// What the dashboard says of assurance and follow-through (PRODUCT.md §5, §12), in the shared
/// words; no window here, so the wording is tested without a display.
struct DashboardAssurance {
    bool assessed = false;              ///< the checklist assesses assurance; else only follow-through shows
    std::vector<std::string> domains;   ///< checklist order: "Assurance: Limited\n40% assured"
    std::string suggested;              ///< "Suggested: No assurance (14% assured)"
    std::string chosen;                 ///< "Chosen: Limited", or that the author has not chosen yet
    std::string followThrough;          ///< the rate and what it is made of
};

/// The dashboard's assurance and follow-through lines of a review's analysis.
DashboardAssurance dashboardAssurance(const Checklist& checklist, const ReviewAnalysis& analysis);

}  // namespace ccg::gui
