#include "reports/report_sections.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace ccg::reports {

std::string sectionHeading(const ReportSection& section)
{
    if (section.number.size() == 1 && section.number[0] >= 'A')
        return std::string(section.title);
    return std::string(section.number) + ". " + std::string(section.title);
}

const ReportSection& section(std::string_view id)
{
    for (const auto& candidate : kSections)
        if (candidate.id == id)
            return candidate;
    throw std::out_of_range("no report section " + std::string(id));
}

namespace {

/// §5's rule for meeting the standard and the suggested level of assurance, in words.
std::string assuranceNote(const ReportModel& model)
{
    return "Level of assurance. An item meets the standard when it is answered at a level of at least " +
           number(model.rag.greenFrom) + "% of the top of the scale, and is assured when it meets the standard "
           "on documented or verified evidence. A domain's coverage is the weighted share of its applicable items "
           "that are assured (unanswered items count as not assured). The rule suggests substantial assurance at "
           "a coverage of 75% or more with every critical item assured; reasonable at 50% or more with every "
           "critical item answered at level 1 or above; limited at 25% or more, or when the domain's score is "
           "at least " + number(model.rag.redBelow) + "%; otherwise no assurance. Overall, the same rule is "
           "applied to the domain-weighted coverage, the critical items of the whole checklist and the overall "
           "score. The level on the cover is the one the " + model.assessedBy + " chose; until it chooses, the "
           "cover shows the suggestion and says so.";
}

}  // namespace

std::vector<std::string> methodNotes(const ReportModel& model)
{
    const int maxLevel = model.maxLevel();
    std::vector<std::string> notes{
        "Each item's answer is the " + model.assessedBy + "'s agreed rating where one is recorded; otherwise the lower median of "
        "the raters' levels, or not applicable when more than half of the raters said so. An item scores its "
        "level divided by " + std::to_string(maxLevel) + "; an unanswered item scores nothing and items not "
        "applicable are left out.",
        "A domain's score is the weighted average of its items' scores, as a percentage; the overall score is "
        "the weighted average of the domain scores. Completeness is the share of items answered or marked not "
        "applicable.",
        "RAG: red below " + number(model.rag.redBelow) + "%, green from " + number(model.rag.greenFrom) +
            "%, amber between. A domain holding a critical item that is unanswered or below target cannot be "
            "green, and nor can the overall rating while any domain holds one. The RAG is always written out, "
            "so the report reads the same in black and white.",
        "Gap is the target level minus the answer (the whole target for an unanswered item). Priority is the "
        "gap times the item's weight, doubled for critical items; the gap list runs from the highest priority "
        "down, ties in checklist order. Raters disagree when their levels differ by " + words::disagreementWords(maxLevel) + ".",
        "Actions are coloured BRAG as at " + model.cover.asOf + ": blue when done, red when overdue, amber when "
        "due within 30 days, green otherwise; dropped actions are grey. The date is the review's own date "
        "unless another was given when the report was made.",
    };
    if (model.cover.showsAssurance)
        notes.push_back(assuranceNote(model));
    notes.push_back("Follow-through is the share of the commitments carried from earlier reviews that were kept: "
                    "100 \xC3\x97 (done + half of partly done) / (done + partly done + not done). Superseded and "
                    "pending commitments are counted but left out of the rate.");
    notes.push_back("Texts longer than 20,000 characters are shortened in this report; the review itself keeps them "
                    "whole.");
    return notes;
}

std::string disagreementIntro(const ReportModel& model)
{
    return "Items where raters' levels differ by " + words::disagreementWords(model.maxLevel()) +
           ", widest spread first.";
}

std::string emptySectionText(std::string_view id, const ReportModel& model)
{
    if (id == "critical")
        return "No critical item is below its target.";
    if (id == "gaps")
        return "Every assessed item meets its target, so there is no gap to close.";
    if (id == "disagreements")
        return model.raters.size() < 2 ? "Only one rater answered, so there is no spread of views to show."
                                       : "No two raters' levels differ by " +
                                             words::disagreementWords(model.maxLevel()) + " on any item.";
    if (id == "actions")
        return "The review records no actions.";
    if (id == "commitments")
        return "No commitment was carried from an earlier review.";
    if (id == "trend")
        return "No previous review was given, so there is nothing to compare against.";
    return {};
}

std::string pageMark(const ReportModel& model)
{
    std::string mark = model.isDraft() ? "Draft" : "";
    if (model.isPublic())
        mark += (mark.empty() ? "" : " \xC2\xB7 ") + std::string("Public version");
    return mark;
}

std::string paperStatus(const ReportModel& model)
{
    return std::string(model.isDraft() ? "Draft" : "Approved") + " \xC2\xB7 " +
           (model.isPublic() ? "Public version" : model.body() + " version");
}

std::string approvalWords(const ReportModel& model, const ApprovalRow& approval)
{
    std::string text = "Approved by the " + model.assessedBy;
    if (!approval.meeting.empty())
        text += " at " + approval.meeting;
    text += " on " + approval.date;
    if (!approval.minute.empty())
        text += " (minute " + approval.minute + ")";
    if (!approval.approver.empty())
        text += ", signed off by " + approval.approver + (approval.role.empty() ? "" : ", " + approval.role);
    return text + ".";
}

std::string commitmentsIntro(const ReportModel& model)
{
    std::vector<std::string> reviews;
    for (const auto& commitment : model.commitments)
        if (std::find(reviews.begin(), reviews.end(), commitment.fromReview) == reviews.end())
            reviews.push_back(commitment.fromReview);
    std::string from;
    for (const auto& review : reviews)
        from += (from.empty() ? "" : ", ") + review;
    return "What came of the actions agreed in " + std::string(reviews.size() == 1 ? "review " : "reviews ") + from +
           " and carried into this one. "
           "Follow-through: " + words::followThroughWords(model.followThrough) + ".";
}

std::string evidenceWords(const ReportModel& model, const ItemRow& item)
{
    const std::string text = "Evidence strength: " + words::strengthWords(item.assurance.evidenceStrength);
    if (!model.cover.showsAssurance || item.score.status == ItemStatus::NotApplicable)
        return text;
    if (item.assurance.assured)
        return text + "; meets the standard, assured";
    if (item.assurance.meetsStandard)
        return text + "; meets the standard, not assured";
    return text + "; below the standard";
}

std::string appendixIntro(const ReportModel& model)
{
    if (model.isPublic())
        return "Every item in checklist order: the answer that counts, each member's level, and where in the source "
               "report the item comes from. This public version leaves out raters' names, notes and evidence.";
    return "Every item in checklist order: the answer that counts, each rater's answer with notes and evidence, and "
           "where in the source report the item comes from.";
}

std::string appendixAnswersHeading(const ReportModel& model)
{
    return model.isPublic() ? "Members' answers" : "Raters' answers, notes and evidence";
}

}  // namespace ccg::reports
