#include "reports/csv_writer.hpp"

#include "reports/csv_document.hpp"
#include "reports/report_sections.hpp"

namespace ccg::reports {

namespace {

/// "Name: text" lines for every answer whose `field` is not empty.
std::string joined(const ItemRow& item, std::string AnswerRow::*field)
{
    std::string text;
    for (const auto& answer : item.answers) {
        if ((answer.*field).empty())
            continue;
        text += (text.empty() ? "" : "\n") + answer.rater + ": " + answer.*field;
    }
    return text;
}

std::string joinedCitations(const ItemRow& item)
{
    std::string text;
    for (const auto& citation : item.citations)
        text += (text.empty() ? "" : "; ") + citation;
    return text;
}

}  // namespace

std::string itemsCsv(const ReportModel& model)
{
    CsvDocument csv;
    const std::string paper = paperStatus(model);
    csv.raw("Paper");
    for (const char* title : {"Item", "Domain", "Question", "Critical", "Weight", "Status", "Level", "Answer"})
        csv.raw(title);
    csv.text("Agreed by the " + model.assessedBy);
    for (const char* title : {"Target", "Gap", "Priority", "Gap rank", "Spread", "Disagreement"})
        csv.raw(title);
    for (const auto& rater : model.raters)
        csv.text("Level: " + rater.name);
    csv.raw("Notes").raw("Evidence").raw("Source").raw("What good looks like");
    // Since format 1.1, after every column a script may already read by position.
    csv.raw("Evidence strength").raw("Meets the standard").raw("Assured").raw("Importance");
    csv.endRecord();
    for (const auto& item : model.items) {
        const ItemScore& s = item.score;
        csv.raw(paper);
        csv.text(item.id).text(item.domainTitle).text(item.question).flag(item.critical).number(item.weight);
        csv.raw(words::statusWords(s.status)).optional(s.level).text(item.answer).text(item.agreed).raw(std::to_string(s.target));
        csv.optional(s.gap);
        if (s.priority)
            csv.number(*s.priority);
        else
            csv.raw("");
        csv.raw(item.gapRank ? std::to_string(*item.gapRank) : "").optional(s.spread).flag(s.disagreement);
        for (std::size_t rater = 0; rater < model.raters.size(); ++rater) {
            std::string level;
            for (const auto& answer : item.answers)
                if (answer.raterIndex == rater)
                    level = answer.level ? std::to_string(*answer.level) : "N/A";
            csv.raw(level);
        }
        csv.text(joined(item, &AnswerRow::note)).text(joined(item, &AnswerRow::evidence)).text(joinedCitations(item));
        csv.text(item.guidance);
        csv.raw(words::strengthWords(item.assurance.evidenceStrength));
        csv.flag(item.assurance.meetsStandard).flag(item.assurance.assured).raw(item.importance);
        csv.endRecord();
    }
    return csv.take();
}

std::string actionsCsv(const ReportModel& model)
{
    CsvDocument csv;
    const std::string paper = paperStatus(model);
    csv.raw("Paper");
    for (const char* title : {"Reference", "Item", "Item question", "Action", "Owner", "Due", "Status", "BRAG",
                              "Progress", "Days overdue"})
        csv.raw(title);
    csv.endRecord();
    for (const auto& action : model.actions) {
        csv.raw(paper);
        csv.raw(action.reference).text(action.itemId).text(action.itemQuestion).text(action.text).text(action.owner);
        csv.text(action.dueIso).raw(action.statusWords).raw(words::bragName(action.state.brag)).text(action.bragWords);
        csv.optional(action.state.daysOverdue);
        csv.endRecord();
    }
    return csv.take();
}

}  // namespace ccg::reports
