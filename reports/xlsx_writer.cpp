#include "reports/xlsx_writer.hpp"

#include "reports/report_sections.hpp"
#include "reports/report_style.hpp"
#include "reports/text_escape.hpp"
#include "reports/xlsx_sheet.hpp"

#include <map>
#include <utility>

namespace ccg::reports {

namespace {

using xlsx::Sheet;
using xlsx::check;

/// The formats every sheet shares, created once per workbook.
struct Formats {
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* label = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* score = nullptr;
    lxw_format* date = nullptr;
    std::map<Rag, lxw_format*> rag;
    std::map<Brag, lxw_format*> brag;
};

Formats makeFormats(lxw_workbook* workbook)
{
    Formats f;
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    format_set_font_color(f.title, palette::kAccentDark.rgb);
    f.header = xlsx::headerFormat(workbook);
    f.label = workbook_add_format(workbook);
    format_set_bold(f.label);
    format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = xlsx::wrapFormat(workbook);
    f.score = workbook_add_format(workbook);
    format_set_num_format(f.score, "0.0");
    f.date = workbook_add_format(workbook);
    format_set_num_format(f.date, "d mmm yyyy");
    format_set_align(f.date, LXW_ALIGN_LEFT);
    for (const Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::None})
        f.rag[rag] = xlsx::swatchFormat(workbook, ragSwatch(rag));
    for (const Brag brag : {Brag::Blue, Brag::Green, Brag::Amber, Brag::Red, Brag::Dropped})
        f.brag[brag] = xlsx::swatchFormat(workbook, bragSwatch(brag));
    return f;
}

void summarySheet(Sheet sheet, const ReportModel& model, Formats& f)
{
    const CoverSheet& c = model.cover;
    const ScoreResult& r = model.result;
    sheet.header({{"Measure", 30}, {"Value", 90}}, f.header);
    lxw_row_t row = 1;
    const auto line = [&](std::string_view label, std::string_view value, lxw_format* format = nullptr) {
        sheet.text(row, 0, label, f.label);
        sheet.text(row++, 1, value, format ? format : f.wrap);
    };
    line("Paper", paperStatus(model), f.label);
    line("Organisation", c.organisation);
    line("Review", c.reviewTitle + (c.reviewId.empty() ? "" : " (" + c.reviewId + ")"));
    line("Review date", c.reviewDate);
    line("Actions as at", c.asOf);
    line("Checklist", c.checklistTitle + " (" + c.checklistId + ", version " + c.checklistVersion + ")");
    line("Purpose of the paper", toString(c.purpose));
    if (c.approval) {
        line("Approval", approvalWords(model, *c.approval));
        line("Fingerprint", c.approval->fingerprint);
    } else {
        line("Recommendation", c.recommendation);
    }
    if (c.showsAssurance)
        line("Level of assurance", c.assurance + ". " + c.assuranceReason);
    if (model.followThrough.commitments > 0)
        line("Follow-through", words::followThroughWords(model.followThrough));
    sheet.text(row, 0, "Overall score (%)", f.label);
    sheet.number(row++, 1, r.overall, f.score);
    line("Overall RAG", ragWord(r.overallRag), f.rag[r.overallRag]);
    sheet.text(row, 0, "Completeness (%)", f.label);
    sheet.number(row++, 1, r.completeness, f.score);
    sheet.text(row, 0, "Critical items below target", f.label);
    sheet.number(row++, 1, static_cast<double>(model.criticalBelowTarget.size()));
    sheet.text(row, 0, "Items below target", f.label);
    sheet.number(row++, 1, static_cast<double>(model.gaps.size()));
    sheet.text(row, 0, "Actions overdue", f.label);
    sheet.number(row++, 1, model.overdueActions);
    for (const auto& paragraph : model.summary)
        line("Summary", paragraph);
}

void domainsSheet(Sheet sheet, const ReportModel& model, Formats& f)
{
    sheet.header({{"Domain", 42}, {"Score (%)", 10}, {"RAG", 10}, {"Target score (%)", 12}, {"Items", 8},
                  {"Assessed", 10}, {"Critical below target", 12}, {"Previous score (%)", 12},
                  {"Change (points)", 12}, {"Suggested assurance", 14}, {"Assured (%)", 10}},
                 f.header, f.wrap);
    lxw_row_t row = 1;
    for (const auto& d : model.domains) {
        sheet.text(row, 9, d.assurance.level ? words::assuranceWords(d.assurance.level) : std::string());
        sheet.number(row, 10, d.assurance.coverage ? std::optional<double>(*d.assurance.coverage * 100.0) : std::nullopt,
                     f.score);
        sheet.text(row, 0, d.title, f.wrap);
        sheet.number(row, 1, d.score.score, f.score);
        sheet.text(row, 2, ragWord(d.score.rag), f.rag[d.score.rag]);
        sheet.number(row, 3, d.targetScore, f.score);
        sheet.number(row, 4, d.score.items);
        sheet.number(row, 5, d.score.answered + d.score.notApplicable);
        sheet.number(row, 6, d.score.criticalBelowTarget);
        sheet.number(row, 7, d.previousScore, f.score);
        sheet.number(row++, 8, d.change, f.score);
    }
    sheet.filter(row - 1, 10);
}

void itemsSheet(Sheet sheet, const ReportModel& model, Formats& f)
{
    std::vector<std::pair<std::string, double>> columns{
        {"Item", 10}, {"Domain", 24}, {"Question", 60}, {"Critical", 9}, {"Weight", 8}, {"Answer", 20},
        {"Level", 7}, {"Agreed by the " + model.assessedBy, 16}, {"Target", 7}, {"Gap", 6}, {"Priority", 9}, {"Gap rank", 9},
        {"Spread", 8}, {"Disagreement", 12}};
    for (const auto& rater : model.raters)
        columns.emplace_back("Level: " + rater.name, 12);
    for (const char* title : {"Notes", "Evidence", "Source", "What good looks like"})
        columns.emplace_back(title, 50);
    for (const char* title : {"Evidence strength", "Meets the standard", "Assured", "Importance"})
        columns.emplace_back(title, 12);
    sheet.header(columns, f.header, f.wrap);
    lxw_row_t row = 1;
    for (const auto& item : model.items) {
        const ItemScore& s = item.score;
        lxw_col_t col = 0;
        sheet.text(row, col++, item.id);
        sheet.text(row, col++, item.domainTitle, f.wrap);
        sheet.text(row, col++, item.question, f.wrap);
        sheet.text(row, col++, item.critical ? "yes" : "no");
        sheet.number(row, col++, item.weight);
        sheet.text(row, col++, item.answer, f.wrap);
        sheet.number(row, col++, s.level ? std::optional<double>(*s.level) : std::nullopt);
        sheet.text(row, col++, item.agreed);
        sheet.number(row, col++, s.target);
        sheet.number(row, col++, s.gap ? std::optional<double>(*s.gap) : std::nullopt);
        sheet.number(row, col++, s.priority);
        sheet.number(row, col++, item.gapRank ? std::optional<double>(static_cast<double>(*item.gapRank)) : std::nullopt);
        sheet.number(row, col++, s.spread ? std::optional<double>(*s.spread) : std::nullopt);
        sheet.text(row, col++, s.disagreement ? "yes" : "no");
        for (std::size_t rater = 0; rater < model.raters.size(); ++rater, ++col) {
            for (const auto& answer : item.answers) {
                if (answer.raterIndex != rater)
                    continue;
                if (answer.level)
                    sheet.number(row, col, *answer.level);
                else
                    sheet.text(row, col, "N/A");
            }
        }
        std::string notes;
        std::string evidence;
        for (const auto& answer : item.answers) {
            if (!answer.note.empty())
                notes += (notes.empty() ? "" : "\n") + answer.rater + ": " + answer.note;
            if (!answer.evidence.empty())
                evidence += (evidence.empty() ? "" : "\n") + answer.rater + ": " + answer.evidence;
        }
        std::string sources;
        for (const auto& citation : item.citations)
            sources += (sources.empty() ? "" : "; ") + citation;
        sheet.text(row, col++, notes, f.wrap);
        sheet.text(row, col++, evidence, f.wrap);
        sheet.text(row, col++, sources, f.wrap);
        sheet.text(row, col++, item.guidance, f.wrap);
        sheet.text(row, col++, words::strengthWords(item.assurance.evidenceStrength));
        sheet.text(row, col++, item.assurance.meetsStandard ? "yes" : "no");
        sheet.text(row, col++, item.assurance.assured ? "yes" : "no");
        sheet.text(row++, col++, item.importance);
    }
    sheet.filter(row - 1, static_cast<lxw_col_t>(columns.size() - 1));
    worksheet_freeze_panes(sheet.get(), 1, 1);
}

void actionsSheet(Sheet sheet, const ReportModel& model, Formats& f)
{
    sheet.header({{"Reference", 10}, {"Item", 10}, {"Action", 60}, {"Owner", 30}, {"Due", 13}, {"Status", 12},
                  {"BRAG", 10}, {"Progress", 32}, {"Days overdue", 12}},
                 f.header, f.wrap);
    lxw_row_t row = 1;
    for (const auto& action : model.actions) {
        sheet.text(row, 0, action.reference);
        sheet.text(row, 1, action.itemId);
        sheet.text(row, 2, action.text, f.wrap);
        sheet.text(row, 3, action.owner, f.wrap);
        if (const auto due = parseIsoDate(action.dueIso)) {
            lxw_datetime when{static_cast<int>(due->year()), static_cast<int>(static_cast<unsigned>(due->month())),
                              static_cast<int>(static_cast<unsigned>(due->day())), 0, 0, 0.0};
            check(worksheet_write_datetime(sheet.get(), row, 4, &when, f.date), {});
        } else {
            sheet.text(row, 4, action.dueIso);
        }
        sheet.text(row, 5, action.statusWords);
        sheet.text(row, 6, words::bragName(action.state.brag), f.brag[action.state.brag]);
        sheet.text(row, 7, action.bragWords, f.wrap);
        sheet.number(row++, 8, action.state.daysOverdue ? std::optional<double>(*action.state.daysOverdue) : std::nullopt);
    }
    sheet.filter(row > 1 ? row - 1 : 1, 8);
}

void commitmentsSheet(Sheet sheet, const ReportModel& model, Formats& f)
{
    sheet.header({{"Reference", 10}, {"From review", 16}, {"Item", 10}, {"What we said we would do", 60},
                  {"Owner", 30}, {"Due", 16}, {"Outcome", 12}, {"Remark", 50}},
                 f.header, f.wrap);
    lxw_row_t row = 1;
    for (const auto& c : model.commitments) {
        sheet.text(row, 0, c.reference);
        sheet.text(row, 1, c.fromReview);
        sheet.text(row, 2, c.itemId);
        sheet.text(row, 3, c.text, f.wrap);
        sheet.text(row, 4, c.owner, f.wrap);
        sheet.text(row, 5, c.due);
        sheet.text(row, 6, c.outcomeWords);
        sheet.text(row++, 7, c.remark, f.wrap);
    }
    sheet.filter(row > 1 ? row - 1 : 1, 7);
}

/// A new worksheet whose printed pages all carry the paper's mark ("Draft", "Public version") at the top.
Sheet markedSheet(lxw_workbook* workbook, const char* name, const ReportModel& model, const std::filesystem::path& path)
{
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name);
    if (const std::string mark = pageMark(model); !mark.empty())
        check(worksheet_set_header(sheet, ("&R&\"-,Bold\"" + mark).c_str()), path);
    return Sheet(sheet, path);
}

}  // namespace

void writeXlsx(const ReportModel& model, const std::filesystem::path& path)
{
    const std::string title = model.cover.organisation + " - " + model.cover.reviewTitle + " - gap report";
    xlsx::WorkbookPtr workbook = xlsx::openWorkbook(path, title);
    Formats formats = makeFormats(workbook.get());
    summarySheet(markedSheet(workbook.get(), "Summary", model, path), model, formats);
    domainsSheet(markedSheet(workbook.get(), "Domains", model, path), model, formats);
    itemsSheet(markedSheet(workbook.get(), "Items", model, path), model, formats);
    const Sheet actions = markedSheet(workbook.get(), "Action plan", model, path);
    actionsSheet(actions, model, formats);
    commitmentsSheet(markedSheet(workbook.get(), "Commitments", model, path), model, formats);
    // It is exported as the action plan: whoever opens it comes for the actions, not the summary.
    worksheet_activate(actions.get());
    xlsx::closeWorkbook(std::move(workbook), path);
}

}  // namespace ccg::reports
