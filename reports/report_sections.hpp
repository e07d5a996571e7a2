#pragma once

#include "reports/report_model.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace ccg::reports {

/// One numbered section of the board paper, the same in every format.
struct ReportSection {
    std::string_view id;      ///< HTML anchor
    std::string_view number;  ///< "1", "A"
    std::string_view title;
};

inline constexpr std::array<ReportSection, 10> kSections{{
    {"summary", "1", "Executive summary"},
    {"domains", "2", "Domain scores"},
    {"critical", "3", "Critical items below target"},
    {"gaps", "4", "Prioritised gap list"},
    {"disagreements", "5", "Disagreements between raters"},
    {"actions", "6", "Action plan"},
    {"commitments", "7", "What we said we would do"},
    {"trend", "8", "Change since the previous review"},
    {"appendix", "A", "Appendix A: every item and its answers"},
    {"about", "B", "Appendix B: how this report is calculated"},
}};

/// "4. Prioritised gap list" (appendices keep their own title).
std::string sectionHeading(const ReportSection& section);

/// The section with anchor `id`; throws std::out_of_range for an unknown id.
const ReportSection& section(std::string_view id);

/// The paragraphs of Appendix B: how scores, RAG, priorities, BRAG, assurance (unless the
/// checklist turns it off) and follow-through are worked out.
std::vector<std::string> methodNotes(const ReportModel& model);

/// The sentence that opens the disagreements section.
std::string disagreementIntro(const ReportModel& model);

/// The sentence a section shows when it has no rows (e.g. no critical item below target).
std::string emptySectionText(std::string_view id, const ReportModel& model);
/// What every page of the paper says about itself: "Draft", "Public version", both joined by
/// " \u00B7 ", or nothing for the signed-off board version.
std::string pageMark(const ReportModel& model);

/// The paper's state in full, for a file with no pages (a CSV column, a workbook's first cell):
/// "Draft" or "Approved", then "Board version" (the assessing body's) or "Public version".
std::string paperStatus(const ReportModel& model);

/// "Approved by the board at MEETING on DATE (minute REF), signed off by NAME, ROLE." for the
/// cover, naming the model's assessing body.
std::string approvalWords(const ReportModel& model, const ApprovalRow& approval);

/// The sentence that opens "What we said we would do": where the commitments come from and the
/// follow-through rate.
std::string commitmentsIntro(const ReportModel& model);

/// An item's evidence strength for Appendix A, with whether it meets the standard and is assured
/// (PRODUCT.md §5) unless the checklist turns assurance off: "Evidence strength: Documented;
/// meets the standard, assured".
std::string evidenceWords(const ReportModel& model, const ItemRow& item);

/// The sentence that opens Appendix A, and the heading of its answers column.
std::string appendixIntro(const ReportModel& model);
std::string appendixAnswersHeading(const ReportModel& model);

}  // namespace ccg::reports
