#include "reports/pdf_renderer.hpp"

#include "reports/pdf_document.hpp"
#include "reports/pdf_radar.hpp"
#include "reports/pdf_sections.hpp"
#include "reports/pdf_table.hpp"
#include "reports/report_sections.hpp"
#include "reports/text_escape.hpp"

#include <array>

namespace ccg::reports {

namespace {

using pdf::PdfCell;
using pdf::PdfColumn;
using pdf::PdfDocument;
using pdf::PdfTable;
using pdf::TextStyle;

PdfCell markup(std::string text)
{
    return PdfCell{std::move(text), true};
}

std::string purposeBoxes(PaperPurpose chosen)
{
    static constexpr std::array kPurposes{PaperPurpose::Approval, PaperPurpose::Assurance, PaperPurpose::Discussion,
                                          PaperPurpose::Information};
    std::string text;
    for (const auto purpose : kPurposes) {
        const bool on = purpose == chosen;
        text += on ? "<b>\xE2\x98\x92 " + escapeMarkup(toString(purpose)) + "</b>"
                   : "<span foreground=\"#4c6272\">\xE2\x98\x90 " + escapeMarkup(toString(purpose)) + "</span>";
        text += "     ";
    }
    return text;
}

void cover(PdfDocument& doc, const ReportModel& model)
{
    const CoverSheet& c = model.cover;
    const ScoreResult& r = model.result;
    doc.fillRect(0.0, 0.0, PdfDocument::kPageWidth, 10.0, palette::kAccent);
    doc.setY(46.0);
    doc.paragraph(c.organisation, {13.0, true, false, palette::kAccent}, 4.0);
    doc.paragraph(model.body() + " self-assessment: gap report", {22.0, true, false, palette::kAccentDark}, 4.0);
    doc.paragraph(c.reviewTitle + " \xE2\x80\x94 " + c.reviewDate, {12.0}, 16.0);

    doc.paragraph("Summary for the " + model.assessedBy, {10.5, true, false, palette::kAccentDark}, 4.0);
    PdfTable box({{"", 0.3}, {"", 0.7}}, false);
    const auto label = [](const char* text) { return PdfCell{text, false, Swatch{palette::kPanel, palette::kText}, true}; };
    box.addRow({label("Purpose of the paper"), markup(purposeBoxes(c.purpose))});
    if (c.approval) {
        box.addRow({label("Approval"), PdfCell{approvalWords(model, *c.approval)}});
        // Small enough that the 71 characters stay on one line, to be read or copied whole.
        box.addRow({label("Fingerprint"),
                    markup("<span size=\"x-small\">" + escapeMarkup(c.approval->fingerprint) + "</span>")});
    } else {
        box.addRow({label("Recommendation"), PdfCell{c.recommendation}});
    }
    if (c.showsAssurance)
        box.addRow({label("Level of assurance"),
                    markup("<b>" + escapeMarkup(c.assurance) + ".</b> " + escapeMarkup(c.assuranceReason))});
    if (model.followThrough.commitments > 0)
        box.addRow({label("Follow-through"), PdfCell{words::followThroughWords(model.followThrough)}});
    box.addRow({label("Overall score"),
                markup("<b>" + escapeMarkup(percent(r.overall)) + "</b>" +
                       (model.answeredOnly.provisional
                            ? "  " + escapeMarkup(words::provisionalWords(model.answeredOnly.overall))
                            : std::string()))});
    box.addRow({label("Overall RAG"), PdfCell{ragWord(r.overallRag), false, ragSwatch(r.overallRag), true}});
    box.addRow({label("Completeness"),
                PdfCell{percent(r.completeness) + " (" + std::to_string(r.answered) + " answered, " +
                        std::to_string(r.notApplicable) + " not applicable, " + std::to_string(r.unanswered) +
                        " unanswered of " + std::to_string(r.items) + ")"}});
    box.addRow({label("Critical items below target"), PdfCell{std::to_string(model.criticalBelowTarget.size())}});
    box.addRow({label("Actions"), PdfCell{std::to_string(model.actions.size()) + " (" +
                                          std::to_string(model.overdueActions) + " overdue, " +
                                          std::to_string(model.actionsDueSoon) + " due within 30 days)"}});
    box.render(doc);

    doc.paragraph("About this paper", {10.5, true, false, palette::kAccentDark}, 4.0);
    PdfTable details({{"", 0.3}, {"", 0.7}}, false);
    details.addRow({label("Organisation"), PdfCell{c.organisation}});
    details.addRow({label("Review"), PdfCell{c.reviewTitle + (c.reviewId.empty() ? "" : " (" + c.reviewId + ")")}});
    details.addRow({label("Review date"), PdfCell{c.reviewDate}});
    details.addRow({label("Actions as at"), PdfCell{c.asOf}});
    details.addRow({label("Checklist"),
                    PdfCell{c.checklistTitle + " (" + c.checklistId + ", version " + c.checklistVersion + ")"}});
    if (!c.source.empty())
        details.addRow({label("Based on"), PdfCell{c.source}});
    std::string raters;
    for (const auto& rater : model.raters)
        raters += (raters.empty() ? "" : "; ") + rater.name + (rater.role.empty() ? "" : " (" + rater.role + ")");
    details.addRow({label("Raters"), PdfCell{raters.empty() ? "None recorded" : raters}});
    details.render(doc);
}

void summary(PdfDocument& doc, const ReportModel& model)
{
    doc.heading(sectionHeading(section("summary")), 1);
    for (const auto& paragraph : model.summary)
        doc.paragraph(paragraph, {9.5}, 6.0);
}

/// A domain's (or the overall) suggested level of assurance and the share of weight assured.
void addAssuranceCells(std::vector<PdfCell>& cells, std::optional<Assurance> level, std::optional<double> coverage)
{
    cells.push_back(PdfCell{level ? words::assuranceWords(level) : std::string(words::kDash)});
    cells.push_back(PdfCell{words::coverageWords(coverage)});
}

void domains(PdfDocument& doc, const ReportModel& model)
{
    const bool assurance = model.cover.showsAssurance;
    doc.heading(sectionHeading(section("domains")), 1);
    std::vector<PdfColumn> columns{{"Domain", 3.2},
                                   {"Score", 0.9, PANGO_ALIGN_RIGHT},
                                   {"RAG", 0.9, PANGO_ALIGN_CENTER},
                                   {"Target score", 1.0, PANGO_ALIGN_RIGHT},
                                   {"Items assessed", 1.0, PANGO_ALIGN_RIGHT},
                                   {"Critical below target", 1.1, PANGO_ALIGN_RIGHT}};
    if (assurance) {
        // Narrower title and figure columns leave the two new ones room for whole words.
        columns[0].share = 2.7;
        columns[5].share = 0.95;
        columns.insert(columns.end(), {{"Suggested assurance", 1.3}, {"Assured", 1.0, PANGO_ALIGN_RIGHT}});
    }
    PdfTable table(std::move(columns));
    for (const auto& d : model.domains) {
        const auto& s = d.score;
        std::vector<PdfCell> cells{PdfCell{d.title}, PdfCell{percent(s.score)},
                                   PdfCell{ragWord(s.rag), false, ragSwatch(s.rag)}, PdfCell{percent(d.targetScore)},
                                   PdfCell{std::to_string(s.answered + s.notApplicable) + " of " + std::to_string(s.items)},
                                   PdfCell{std::to_string(s.criticalBelowTarget)}};
        if (assurance)
            addAssuranceCells(cells, d.assurance.level, d.assurance.coverage);
        table.addRow(std::move(cells));
    }
    const ScoreResult& r = model.result;
    std::vector<PdfCell> total{PdfCell{"Overall"}, PdfCell{percent(r.overall)},
                               PdfCell{ragWord(r.overallRag), false, ragSwatch(r.overallRag)}, PdfCell{""},
                               PdfCell{std::to_string(r.answered + r.notApplicable) + " of " + std::to_string(r.items)},
                               PdfCell{std::to_string(model.criticalBelowTarget.size())}};
    if (assurance)
        addAssuranceCells(total, model.assurance.level, model.assurance.coverage);
    table.addTotal(std::move(total));
    table.render(doc);
    pdf::drawRadar(doc, model);
}

}  // namespace

namespace pdf {

PageFrame boardPaperFrame(const ReportModel& model)
{
    const CoverSheet& c = model.cover;
    return {c.organisation + " \xC2\xB7 " + model.body() + " self-assessment", c.reviewTitle + " \xC2\xB7 " + c.reviewDate,
            c.checklistId + " version " + c.checklistVersion + " \xC2\xB7 actions as at " + c.asOf,
            "Gap report: " + c.organisation + ", " + c.reviewTitle, c.organisation,
            model.body() + " self-assessment against " + c.checklistTitle, pageMark(model)};
}

void layOutBoardPaper(PdfDocument& doc, const ReportModel& model)
{
    cover(doc, model);
    doc.newPage();
    summary(doc, model);
    domains(doc, model);
    criticalItems(doc, model);
    gapList(doc, model);
    disagreements(doc, model);
    actionPlan(doc, model);
    commitments(doc, model);
    trend(doc, model);
    doc.newPage();
    appendix(doc, model);
    about(doc, model);
}

}  // namespace pdf

std::string renderPdf(const ReportModel& model)
{
    pdf::PdfDocument doc(pdf::boardPaperFrame(model));
    pdf::layOutBoardPaper(doc, model);
    return doc.finish();
}

}  // namespace ccg::reports
