#include "reports/pdf_sections.hpp"

#include "reports/pdf_table.hpp"
#include "reports/report_sections.hpp"
#include "reports/text_escape.hpp"

#include <cstdio>

namespace ccg::reports::pdf {

namespace {

const TextStyle kIntro{9.0, false, false, palette::kText};
const char* const kMutedSpan = "<span foreground=\"#4c6272\">";

/// Starts a section; returns false (after saying so) when it has nothing to show.
bool open(PdfDocument& doc, std::string_view id, bool empty, const ReportModel& model)
{
    doc.heading(sectionHeading(section(id)), 1);
    if (empty)
        doc.paragraph(emptySectionText(id, model), {9.0, false, true});
    return !empty;
}

std::string gapText(const ItemRow& item)
{
    return item.score.gap ? std::to_string(*item.score.gap) : "\xE2\x80\x94";
}

PdfCell idCell(const ItemRow& item)
{
    std::string text = "<b>" + escapeMarkup(item.id) + "</b>";
    if (item.critical)
        text += "\n<span size=\"small\" weight=\"bold\">CRITICAL</span>";
    if (!item.importance.empty())
        text += "\n<span size=\"small\">" + escapeMarkup(words::capitalised(item.importance)) + "</span>";
    return PdfCell{text, true};
}

PdfCell muted(const std::string& text)
{
    return PdfCell{kMutedSpan + escapeMarkup(text) + "</span>", true};
}

}  // namespace

void criticalItems(PdfDocument& doc, const ReportModel& model)
{
    if (!open(doc, "critical", model.criticalBelowTarget.empty(), model))
        return;
    doc.paragraph("Items the checklist marks critical, highest priority first. While any is unanswered or below "
                  "target, its domain and the overall rating cannot be green.", kIntro);
    PdfTable table({{"Item", 1.0}, {"Question", 3.6}, {"Domain", 1.5}, {"Answer", 1.4}, {"Target", 1.3},
                    {"Gap", 0.6, PANGO_ALIGN_RIGHT}});
    for (const std::size_t index : model.criticalBelowTarget) {
        const ItemRow& item = model.items[index];
        table.addRow({idCell(item), PdfCell{item.question}, PdfCell{item.domainTitle}, PdfCell{item.answer},
                      PdfCell{item.target}, PdfCell{gapText(item)}});
    }
    table.render(doc);
}

void gapList(PdfDocument& doc, const ReportModel& model)
{
    if (!open(doc, "gaps", model.gaps.empty(), model))
        return;
    doc.paragraph("Every item below target, highest priority first (priority = gap \xC3\x97 weight, doubled for "
                  "critical items).", kIntro);
    PdfTable table({{"#", 0.4, PANGO_ALIGN_RIGHT}, {"Item", 1.1}, {"Question and what good looks like", 5.0},
                    {"Answer", 1.4}, {"Target", 1.3}, {"Gap", 0.6, PANGO_ALIGN_RIGHT},
                    {"Priority", 1.0, PANGO_ALIGN_RIGHT}});
    for (const std::size_t index : model.gaps) {
        const ItemRow& item = model.items[index];
        std::string text = escapeMarkup(item.question);
        if (!item.guidance.empty())
            text += "\n<b>What good looks like:</b> " + escapeMarkup(item.guidance);
        text += "\n" + std::string(kMutedSpan) + escapeMarkup(item.domainTitle) + "</span>";
        table.addRow({PdfCell{std::to_string(*item.gapRank)}, idCell(item), PdfCell{text, true}, PdfCell{item.answer},
                      PdfCell{item.target}, PdfCell{gapText(item)},
                      PdfCell{number(item.score.priority.value_or(0.0)), false, std::nullopt, true}});
    }
    table.render(doc);
}

void disagreements(PdfDocument& doc, const ReportModel& model)
{
    if (!open(doc, "disagreements", model.disagreements.empty(), model))
        return;
    doc.paragraph(disagreementIntro(model), kIntro);
    PdfTable table({{"Item", 1.0}, {"Question", 3.4}, {"Each rater's level", 2.4}, {"Spread", 0.8, PANGO_ALIGN_RIGHT},
                    {"Counted as", 1.3}});
    for (const auto& row : model.disagreements) {
        const ItemRow& item = model.items[row.item];
        std::string ratings;
        for (const auto& rating : row.ratings)
            ratings += (ratings.empty() ? "" : "\n") + std::string("<b>") + escapeMarkup(rating.rater) + ":</b> " +
                       escapeMarkup(rating.rating);
        std::string counted = escapeMarkup(item.answer + (item.agreed.empty() ? "" : " (agreed)"));
        if (!item.rationale.empty())
            counted += "\n<b>Why:</b> " + escapeMarkup(item.rationale);
        for (const auto& dissent : item.dissent)
            counted += "\n<b>" + escapeMarkup(dissent.rater) + " dissents" + (dissent.text.empty() ? "." : ":") +
                       "</b> " + escapeMarkup(dissent.text);
        table.addRow({idCell(item), PdfCell{item.question}, PdfCell{ratings, true}, PdfCell{std::to_string(row.spread)},
                      PdfCell{counted, true}});
    }
    table.render(doc);
}

void actionPlan(PdfDocument& doc, const ReportModel& model)
{
    if (!open(doc, "actions", model.actions.empty(), model))
        return;
    doc.paragraph("As at " + model.cover.asOf + ": " + std::to_string(model.overdueActions) + " overdue, " +
                      std::to_string(model.actionsDueSoon) +
                      " due within 30 days. BRAG: blue done, green on track, amber due within 30 days, red overdue.",
                  kIntro);
    PdfTable table({{"Ref", 0.5, PANGO_ALIGN_LEFT, true}, {"Item", 1.0}, {"Action", 3.2}, {"Owner", 1.7}, {"Due", 1.3},
                    {"Status", 1.45}, {"BRAG", 1.0, PANGO_ALIGN_CENTER}});
    for (const auto& action : model.actions) {
        std::string status = escapeMarkup(action.statusWords);
        if (action.state.brag != Brag::Blue && action.state.brag != Brag::Dropped)
            status += "\n" + std::string(kMutedSpan) + escapeMarkup(action.bragWords) + "</span>";
        table.addRow({PdfCell{action.reference, false, std::nullopt, true}, PdfCell{action.itemId}, PdfCell{action.text},
                      PdfCell{action.owner}, PdfCell{action.due}, PdfCell{status, true},
                      PdfCell{words::bragName(action.state.brag), false, bragSwatch(action.state.brag)}});
    }
    table.render(doc);
}

void commitments(PdfDocument& doc, const ReportModel& model)
{
    if (!open(doc, "commitments", model.commitments.empty(), model))
        return;
    doc.paragraph(commitmentsIntro(model), kIntro);
    PdfTable table({{"Ref", 0.5, PANGO_ALIGN_LEFT, true}, {"Item", 1.0}, {"What we said we would do", 2.9},
                    {"Owner", 1.5}, {"Due", 1.2}, {"Outcome", 1.35}, {"Remark", 2.1}});
    for (const auto& c : model.commitments) {
        const std::string text = escapeMarkup(c.text) + "\n" + kMutedSpan + "Agreed in " + escapeMarkup(c.fromReview) +
                                 "</span>";
        table.addRow({PdfCell{c.reference, false, std::nullopt, true}, PdfCell{c.itemId}, PdfCell{text, true},
                      PdfCell{c.owner}, PdfCell{c.due}, PdfCell{c.outcomeWords, false, std::nullopt, true},
                      PdfCell{c.remark}});
    }
    table.render(doc);
}

void trend(PdfDocument& doc, const ReportModel& model)
{
    const TrendSummary& t = model.trend;
    if (!open(doc, "trend", !t.hasPrevious, model))
        return;
    doc.paragraph("Compared with " + t.previousLabel + (t.previousApproval.empty() ? "" : ", " + t.previousApproval) +
                      ". Change is in percentage points.",
                  kIntro);
    if (!t.checklistNote.empty())
        doc.paragraph(t.checklistNote, kIntro);
    PdfTable table({{"Domain", 3.0}, {"Previous", 1.0, PANGO_ALIGN_RIGHT}, {"RAG", 0.8, PANGO_ALIGN_CENTER},
                    {"This review", 1.0, PANGO_ALIGN_RIGHT}, {"RAG", 0.8, PANGO_ALIGN_CENTER},
                    {"Change", 0.8, PANGO_ALIGN_RIGHT}, {"Items higher", 0.8, PANGO_ALIGN_RIGHT},
                    {"Items lower", 0.8, PANGO_ALIGN_RIGHT}});
    for (const auto& d : model.domains)
        table.addRow({PdfCell{d.title}, PdfCell{percent(d.previousScore)},
                      PdfCell{ragWord(d.previousRag), false, ragSwatch(d.previousRag)}, PdfCell{percent(d.score.score)},
                      PdfCell{ragWord(d.score.rag), false, ragSwatch(d.score.rag)}, PdfCell{change(d.change)},
                      PdfCell{std::to_string(d.itemsImproved)}, PdfCell{std::to_string(d.itemsDeclined)}});
    table.addTotal({PdfCell{"Overall"}, PdfCell{percent(t.facts.scores.overall)},
                    PdfCell{ragWord(t.facts.scores.overallRag), false, ragSwatch(t.facts.scores.overallRag)}, PdfCell{percent(model.result.overall)},
                    PdfCell{ragWord(model.result.overallRag), false, ragSwatch(model.result.overallRag)},
                    PdfCell{change(t.facts.overall.change)}, PdfCell{std::to_string(t.facts.overall.itemsImproved)},
                    PdfCell{std::to_string(t.facts.overall.itemsDeclined)}});
    table.addTotal({PdfCell{"Completeness"}, PdfCell{percent(t.facts.scores.completeness)}, PdfCell{},
                    PdfCell{percent(model.result.completeness)}, PdfCell{},
                    PdfCell{change(model.result.completeness - t.facts.scores.completeness)}, PdfCell{}, PdfCell{}});
    table.render(doc);
}

void appendix(PdfDocument& doc, const ReportModel& model)
{
    open(doc, "appendix", false, model);
    doc.paragraph(appendixIntro(model), kIntro);
    PdfTable table({{"Item", 0.95}, {"Question and source", 3.0}, {"Answer", 1.4},
                    {appendixAnswersHeading(model), 3.6}});
    std::string domain;
    for (const auto& item : model.items) {
        if (item.domainId != domain) {
            domain = item.domainId;
            table.addGroup(item.domainTitle);
        }
        std::string question = escapeMarkup(item.question);
        for (const auto& citation : item.citations)
            question += "\n" + std::string(kMutedSpan) + "Source: " + escapeMarkup(citation) + "</span>";
        std::string answer = "<b>" + escapeMarkup(item.answer) + "</b>";
        if (!item.agreed.empty())
            answer += "\n" + std::string(kMutedSpan) + "Agreed by the " + escapeMarkup(model.assessedBy) + "</span>";
        answer += "\n" + std::string(kMutedSpan) + "Target: " + escapeMarkup(item.target) + "</span>";
        answer += "\n" + std::string(kMutedSpan) + escapeMarkup(evidenceWords(model, item)) + "</span>";
        if (item.hasPrevious)
            answer += "\n" + std::string(kMutedSpan) + "Previous: " + escapeMarkup(item.previousAnswer) + "</span>";
        std::string answers;
        for (const auto& a : item.answers) {
            answers += (answers.empty() ? "" : "\n") + std::string("<b>") + escapeMarkup(a.rater) + ":</b> " +
                       escapeMarkup(a.rating);
            if (!a.note.empty())
                answers += "\n" + std::string(kMutedSpan) + "Note:</span> " + escapeMarkup(a.note);
            if (!a.evidence.empty())
                answers += "\n" + std::string(kMutedSpan) + "Evidence:</span> " + escapeMarkup(a.evidence);
        }
        table.addRow({idCell(item), PdfCell{question, true}, PdfCell{answer, true},
                      answers.empty() ? muted("No rater answered.") : PdfCell{answers, true}});
    }
    table.render(doc);
}

void about(PdfDocument& doc, const ReportModel& model)
{
    open(doc, "about", false, model);
    for (const auto& paragraph : methodNotes(model))
        doc.paragraph(paragraph, {8.5}, 5.0);
}

}  // namespace ccg::reports::pdf
