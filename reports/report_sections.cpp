#include "reports/report_sections.hpp"

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

std::vector<std::string> methodNotes(const ReportModel& model)
{
    const int maxLevel = model.maxLevel();
    return {
        "Each item's answer is the board's agreed rating where one is recorded; otherwise the lower median of "
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
        "Level of assurance: none when no item is scored or under half the items are assessed; limited when "
        "the overall rating is red or under 80% of items are assessed; reasonable when amber; substantial "
        "when green.",
        "Texts longer than 20,000 characters are shortened in this report; the review itself keeps them whole.",
    };
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
           (model.isPublic() ? "Public version" : "Board version");
}

std::string approvalWords(const ApprovalRow& approval)
{
    std::string text = "Approved by the board";
    if (!approval.meeting.empty())
        text += " at " + approval.meeting;
    text += " on " + approval.date;
    if (!approval.minute.empty())
        text += " (minute " + approval.minute + ")";
    if (!approval.approver.empty())
        text += ", signed off by " + approval.approver + (approval.role.empty() ? "" : ", " + approval.role);
    return text + ".";
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
