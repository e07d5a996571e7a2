#include "reports/xlsx_writer.hpp"

#include "reports/atomic_file.hpp"
#include "reports/report_style.hpp"
#include "reports/text_escape.hpp"

#include <xlsxwriter.h>

#include <map>
#include <memory>

namespace ccg::reports {

namespace {

/// Excel holds at most 32,767 characters in a cell.
constexpr std::size_t kMaxCellChars = 32000;

struct WorkbookFree {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookFree>;

void check(lxw_error error, const std::filesystem::path& path)
{
    if (error != LXW_NO_ERROR)
        throw ReportWriteError("cannot write '" + path.string() + "': " + lxw_strerror(error));
}

/// One worksheet with its path for error messages and the workbook's formats.
class Sheet {
public:
    Sheet(lxw_worksheet* sheet, const std::filesystem::path& path) : m_sheet(sheet), m_path(path) {}

    void text(lxw_row_t row, lxw_col_t col, std::string_view value, lxw_format* format = nullptr)
    {
        const std::string cell = boundedText(value, kMaxCellChars);
        check(worksheet_write_string(m_sheet, row, col, cell.c_str(), format), m_path);
    }
    void number(lxw_row_t row, lxw_col_t col, std::optional<double> value, lxw_format* format = nullptr)
    {
        if (value)
            check(worksheet_write_number(m_sheet, row, col, *value, format), m_path);
        else
            check(worksheet_write_blank(m_sheet, row, col, format), m_path);
    }
    void header(const std::vector<std::pair<std::string, double>>& columns, lxw_format* format,
                lxw_format* wrap = nullptr)
    {
        for (lxw_col_t col = 0; col < columns.size(); ++col) {
            text(0, col, columns[col].first, format);
            check(worksheet_set_column(m_sheet, col, col, columns[col].second, columns[col].second >= 30 ? wrap : nullptr),
                  m_path);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        worksheet_repeat_rows(m_sheet, 0, 0);
    }
    void filter(lxw_row_t lastRow, lxw_col_t lastCol) { check(worksheet_autofilter(m_sheet, 0, 0, lastRow, lastCol), m_path); }
    [[nodiscard]] lxw_worksheet* get() const { return m_sheet; }

private:
    lxw_worksheet* m_sheet;
    const std::filesystem::path& m_path;
};

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

lxw_format* swatchFormat(lxw_workbook* workbook, const Swatch& swatch)
{
    lxw_format* format = workbook_add_format(workbook);
    format_set_bg_color(format, swatch.fill.rgb);
    format_set_font_color(format, swatch.text.rgb);
    format_set_bold(format);
    format_set_align(format, LXW_ALIGN_CENTER);
    return format;
}

Formats makeFormats(lxw_workbook* workbook)
{
    Formats f;
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    format_set_font_color(f.title, palette::kAccentDark.rgb);
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_bg_color(f.header, palette::kAccent.rgb);
    format_set_font_color(f.header, palette::kWhite.rgb);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.label = workbook_add_format(workbook);
    format_set_bold(f.label);
    format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(workbook);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.score = workbook_add_format(workbook);
    format_set_num_format(f.score, "0.0");
    f.date = workbook_add_format(workbook);
    format_set_num_format(f.date, "d mmm yyyy");
    format_set_align(f.date, LXW_ALIGN_LEFT);
    for (const Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::None})
        f.rag[rag] = swatchFormat(workbook, ragSwatch(rag));
    for (const Brag brag : {Brag::Blue, Brag::Green, Brag::Amber, Brag::Red, Brag::Dropped})
        f.brag[brag] = swatchFormat(workbook, bragSwatch(brag));
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
    line("Organisation", c.organisation);
    line("Review", c.reviewTitle + (c.reviewId.empty() ? "" : " (" + c.reviewId + ")"));
    line("Review date", c.reviewDate);
    line("Actions as at", c.asOf);
    line("Checklist", c.checklistTitle + " (" + c.checklistId + ", version " + c.checklistVersion + ")");
    line("Purpose of the paper", toString(c.purpose));
    line("Recommendation", c.recommendation);
    line("Level of assurance", toString(c.assurance) + ". " + c.assuranceReason);
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
                  {"Change (points)", 12}},
                 f.header, f.wrap);
    lxw_row_t row = 1;
    for (const auto& d : model.domains) {
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
    sheet.filter(row - 1, 8);
}

void itemsSheet(Sheet sheet, const ReportModel& model, Formats& f)
{
    std::vector<std::pair<std::string, double>> columns{
        {"Item", 10}, {"Domain", 24}, {"Question", 60}, {"Critical", 9}, {"Weight", 8}, {"Answer", 20},
        {"Level", 7}, {"Agreed by the board", 16}, {"Target", 7}, {"Gap", 6}, {"Priority", 9}, {"Gap rank", 9},
        {"Spread", 8}, {"Disagreement", 12}};
    for (const auto& rater : model.raters)
        columns.emplace_back("Level: " + rater.name, 12);
    for (const char* title : {"Notes", "Evidence", "Source", "What good looks like"})
        columns.emplace_back(title, 50);
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
        sheet.text(row++, col++, item.guidance, f.wrap);
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

}  // namespace

void writeXlsx(const ReportModel& model, const std::filesystem::path& path)
{
    const std::string file = path.string();
    WorkbookPtr workbook(workbook_new(file.c_str()));
    if (!workbook)
        throw ReportWriteError("cannot write '" + file + "': the workbook could not be created");
    Formats formats = makeFormats(workbook.get());
    const std::string title = model.cover.organisation + " - " + model.cover.reviewTitle + " - gap report";
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.c_str());
    properties.comments = const_cast<char*>("Made with ccg-selfassess");
    check(workbook_set_properties(workbook.get(), &properties), path);
    summarySheet(Sheet(workbook_add_worksheet(workbook.get(), "Summary"), path), model, formats);
    domainsSheet(Sheet(workbook_add_worksheet(workbook.get(), "Domains"), path), model, formats);
    itemsSheet(Sheet(workbook_add_worksheet(workbook.get(), "Items"), path), model, formats);
    lxw_worksheet* actions = workbook_add_worksheet(workbook.get(), "Action plan");
    actionsSheet(Sheet(actions, path), model, formats);
    // It is exported as the action plan: whoever opens it comes for the actions, not the summary.
    worksheet_activate(actions);
    check(workbook_close(workbook.release()), path);
}

}  // namespace ccg::reports
