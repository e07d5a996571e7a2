#include "reports/cover_sheet.hpp"

#include "reports/text_escape.hpp"

#include <cstdio>

namespace ccg::reports {

namespace {

std::string plural(int count, std::string_view one, std::string_view many)
{
    return words::plural(static_cast<std::size_t>(count), one, many);
}

/// The board approves an action plan when it has live actions; otherwise it discusses the gaps,
/// takes assurance when there are none, or only notes a review that holds no answers yet.
PaperPurpose purposeOf(const ReportModel& model)
{
    if (model.result.answered + model.result.notApplicable == 0)
        return PaperPurpose::Information;
    if (model.liveActions > 0)
        return PaperPurpose::Approval;
    if (!model.gaps.empty())
        return PaperPurpose::Discussion;
    return PaperPurpose::Assurance;
}

std::string recommendationFor(PaperPurpose purpose, const ReportModel& model)
{
    switch (purpose) {
    case PaperPurpose::Approval: {
        std::string text = "The board is asked to note the findings of its self-assessment, agree the level of "
                           "assurance below, and approve the action plan (" +
                           plural(model.liveActions, "action", "actions") + " still open";
        if (model.overdueActions > 0)
            text += ", " + std::to_string(model.overdueActions) + " of them overdue";
        return text + ").";
    }
    case PaperPurpose::Discussion:
        return "The board is asked to discuss the " + words::plural(model.gaps.size(), "gap", "gaps") +
               " the review found, starting with the critical items below target, and to agree actions with "
               "owners and due dates.";
    case PaperPurpose::Assurance:
        return "The board is asked to take assurance that every assessed item meets its target, and to agree "
               "when to repeat the review.";
    case PaperPurpose::Information:
        return "The board is asked to note that the review has no answers yet; no findings can be drawn.";
    }
    return {};
}

AssuranceLevel assuranceOf(const ReportModel& model)
{
    const ScoreResult& result = model.result;
    if (!result.overall || result.completeness < kNoneBelowCompleteness)
        return AssuranceLevel::None;
    if (result.overallRag == Rag::Red || result.completeness < kLimitedBelowCompleteness)
        return AssuranceLevel::Limited;
    if (result.overallRag == Rag::Amber)
        return AssuranceLevel::Reasonable;
    return AssuranceLevel::Substantial;
}

std::string assuranceReasonFor(const ReportModel& model)
{
    const ScoreResult& result = model.result;
    if (!result.overall)
        return "No item has a scored answer.";
    std::string reason = "Overall score " + percent(result.overall) + " (" + ragWord(result.overallRag) + ")";
    const int critical = static_cast<int>(model.criticalBelowTarget.size());
    reason += critical > 0 ? " with " + plural(critical, "critical item", "critical items") + " below target"
                           : " with no critical item below target";
    char completeness[32];
    std::snprintf(completeness, sizeof completeness, "%.0f%%", result.completeness);
    return reason + "; " + completeness + " of items assessed.";
}

ApprovalRow approvalRow(const Approval& approval)
{
    ApprovalRow row;
    const auto date = parseIsoDate(approval.date);
    row.date = date ? longDate(*date) : boundedText(approval.date, 40);
    row.meeting = boundedText(approval.meeting, 300);
    row.minute = boundedText(approval.minute, 100);
    row.approver = boundedText(approval.approver, 200);
    row.role = boundedText(approval.role, 200);
    row.fingerprint = boundedText(approval.fingerprint, 100);
    return row;
}

}  // namespace

CoverSheet coverSheet(const ReportModel& model, const ReportInput& input)
{
    CoverSheet cover;
    const Assessment& assessment = input.assessment;
    if (assessment.organisation && !assessment.organisation->name.empty()) {
        cover.organisation = boundedText(assessment.organisation->name, 300);
        if (!assessment.organisation->code.empty())
            cover.organisation += " (" + boundedText(assessment.organisation->code, 40) + ")";
    } else {
        cover.organisation = "Organisation not named";
    }
    cover.reviewTitle = "Board self-assessment";
    cover.reviewDate = "not dated";
    if (assessment.review) {
        if (!assessment.review->title.empty())
            cover.reviewTitle = boundedText(assessment.review->title, 300);
        cover.reviewId = boundedText(assessment.review->id, 100);
        if (const auto date = parseIsoDate(assessment.review->date))
            cover.reviewDate = longDate(*date);
    }
    cover.asOf = longDate(input.asOf);
    cover.checklistTitle = boundedText(input.checklist.title, 500);
    cover.checklistId = boundedText(input.checklist.id, 100);
    cover.checklistVersion = boundedText(input.checklist.version, 40);
    if (const auto& source = input.checklist.source) {
        cover.source = boundedText(source->title, 300);
        std::string detail = boundedText(source->publisher, 300);
        if (source->year)
            detail += (detail.empty() ? "" : ", ") + std::to_string(*source->year);
        if (!detail.empty())
            cover.source += " (" + detail + ")";
    }
    cover.purpose = purposeOf(model);
    // Once approved, the paper records the decision instead of asking for one.
    if (input.approval)
        cover.approval = approvalRow(*input.approval);
    else
        cover.recommendation = recommendationFor(cover.purpose, model);
    cover.assurance = assuranceOf(model);
    cover.assuranceReason = assuranceReasonFor(model);
    return cover;
}

}  // namespace ccg::reports
