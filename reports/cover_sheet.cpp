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

std::string recommendationFor(PaperPurpose purpose, const ReportModel& model, bool showsAssurance)
{
    const std::string asked = "The " + model.assessedBy + " is asked to ";
    switch (purpose) {
    case PaperPurpose::Approval: {
        std::string text = asked + "note the findings of its self-assessment, " +
                           (showsAssurance ? "agree the level of assurance below, " : "") +
                           "and approve the action plan (" + plural(model.liveActions, "action", "actions") +
                           " still open";
        if (model.overdueActions > 0)
            text += ", " + std::to_string(model.overdueActions) + " of them overdue";
        return text + ").";
    }
    case PaperPurpose::Discussion:
        return asked + "discuss the " + words::plural(model.gaps.size(), "gap", "gaps") +
               " the review found, starting with the critical items below target, and to agree actions with "
               "owners and due dates.";
    case PaperPurpose::Assurance:
        return asked + "take assurance that every assessed item meets its target, and to agree when to repeat "
               "the review.";
    case PaperPurpose::Information:
        return asked + "note that the review has no answers yet; no findings can be drawn.";
    }
    return {};
}

std::string lowerFirst(std::string text)
{
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

/// What the rule of Appendix B suggests, and why: the assured share and any critical shortfall.
std::string suggestionReason(const AssuranceResult& assurance)
{
    if (!assurance.level)
        return "Every item is not applicable, so there is nothing to assess.";
    std::string text = words::coverageWords(assurance.coverage) +
                       " of the weight of applicable items meets the standard on documented or verified evidence";
    if (assurance.criticalShortfalls > 0)
        text += ", and " + plural(assurance.criticalShortfalls, "critical item is", "critical items are") +
                " not assured";
    return text + ".";
}

/// The cover's level of assurance: the author's choice with who and when, else the suggestion.
void fillAssurance(CoverSheet& cover, const ReportModel& model, const ReportInput& input)
{
    const AssuranceResult& assurance = model.assurance;
    const std::string suggested = words::assuranceWords(assurance.level);
    const auto& choice = input.assessment.assuranceChoice;
    if (!choice) {
        cover.assurance = "Suggested: " + suggested;
        cover.assuranceSuggested = true;
        cover.assuranceReason = "The rule in Appendix B suggests it; the " + model.assessedBy +
                                " has not chosen a level yet. " + suggestionReason(assurance);
        return;
    }
    cover.assurance = words::assuranceWords(choice->level);
    std::string chosen = "Chosen";
    // The public version names nobody who took part (PRODUCT.md §12).
    if (input.audience == Audience::Board && !choice->by.empty())
        chosen += " by " + boundedText(choice->by, 200);
    if (const auto date = parseIsoDate(choice->date))
        chosen += " on " + longDate(*date);
    cover.assuranceReason = chosen + ". The rule in Appendix B suggests " + lowerFirst(suggested) + ": " +
                            suggestionReason(assurance);
}

ApprovalRow approvalRow(const SignOff& approval)
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
    cover.reviewTitle = model.body() + " self-assessment";
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
    for (const auto& source : input.checklist.sources)
        cover.source += (cover.source.empty() ? "" : "; ") + boundedText(words::sourceWords(source), 700);
    cover.purpose = purposeOf(model);
    cover.showsAssurance = input.checklist.assurance;
    // Once approved, the paper records the decision instead of asking for one.
    if (assessment.signOff)
        cover.approval = approvalRow(*assessment.signOff);
    else
        cover.recommendation = recommendationFor(cover.purpose, model, cover.showsAssurance);
    fillAssurance(cover, model, input);
    return cover;
}

}  // namespace ccg::reports
