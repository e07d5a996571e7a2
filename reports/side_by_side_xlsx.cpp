#include "reports/side_by_side_xlsx.hpp"

#include "checklists/words.hpp"
#include "reports/report_style.hpp"
#include "reports/xlsx_sheet.hpp"

#include <map>
#include <utility>

namespace ccg::reports {

namespace {

using xlsx::Sheet;

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* score = nullptr;
    lxw_format* boldScore = nullptr;
    std::map<Rag, lxw_format*> rag;
};

Formats makeFormats(lxw_workbook* workbook)
{
    Formats f;
    f.header = xlsx::headerFormat(workbook);
    f.wrap = xlsx::wrapFormat(workbook);
    f.bold = workbook_add_format(workbook);
    format_set_bold(f.bold);
    f.score = workbook_add_format(workbook);
    format_set_num_format(f.score, "0.0");
    f.boldScore = workbook_add_format(workbook);
    format_set_num_format(f.boldScore, "0.0");
    format_set_bold(f.boldScore);
    for (const Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::None})
        f.rag[rag] = xlsx::swatchFormat(workbook, ragSwatch(rag));
    return f;
}

/// "A: NHS Northmoor CCG: Board review 2014": the letter the other sheets head its columns with.
std::string columnTitle(const SideBySide& table, std::size_t review, const std::string& what = {})
{
    return words::columnLetters(review) + ": " + table.labels[review] + what;
}

const std::string& domainTitle(const SideBySide& table, const std::string& domainId)
{
    for (const auto& domain : table.domains)
        if (domain.id == domainId)
            return domain.title;
    return domainId;
}

void reviewsSheet(Sheet sheet, const SideBySide& table, Formats& f)
{
    sheet.header({{"Column", 8}, {"Review", 50}, {"Completeness (%)", 14}, {"Overall score (%)", 14},
                  {"Overall RAG", 12}},
                 f.header, f.wrap);
    lxw_row_t row = 1;
    for (std::size_t review = 0; review < table.labels.size(); ++review, ++row) {
        sheet.text(row, 0, words::columnLetters(review), f.bold);
        sheet.text(row, 1, table.labels[review], f.wrap);
        sheet.number(row, 2, table.completeness[review], f.score);
        sheet.number(row, 3, table.overall.scores[review], f.score);
        const Rag rag = table.overall.rags[review];
        sheet.text(row, 4, words::ragWord(rag), f.rag[rag]);
    }
    sheet.filter(row > 1 ? row - 1 : 1, 4);
}

void domainsSheet(Sheet sheet, const SideBySide& table, Formats& f)
{
    std::vector<std::pair<std::string, double>> columns{{"Id", 10}, {"Domain", 40}};
    for (std::size_t review = 0; review < table.labels.size(); ++review) {
        columns.emplace_back(columnTitle(table, review, " score (%)"), 16);
        columns.emplace_back(words::columnLetters(review) + " RAG", 10);
    }
    columns.emplace_back("Range (points)", 10);
    sheet.header(columns, f.header, f.wrap);
    lxw_row_t row = 1;
    const auto scoreRow = [&](const ComparedScores& scores, bool overall) {
        lxw_col_t col = 0;
        sheet.text(row, col++, scores.id, overall ? f.bold : nullptr);
        sheet.text(row, col++, scores.title, overall ? f.bold : f.wrap);
        for (std::size_t review = 0; review < scores.scores.size(); ++review) {
            sheet.number(row, col++, scores.scores[review], overall ? f.boldScore : f.score);
            const Rag rag = scores.rags[review];
            sheet.text(row, col++, words::ragWord(rag), f.rag[rag]);
        }
        sheet.number(row++, col, scores.range, overall ? f.boldScore : f.score);
    };
    for (const auto& domain : table.domains)
        scoreRow(domain, false);
    scoreRow(table.overall, true);
    sheet.filter(row - 1, static_cast<lxw_col_t>(columns.size() - 1));
    worksheet_freeze_panes(sheet.get(), 1, 2);
}

void itemsSheet(Sheet sheet, const Checklist& checklist, const SideBySide& table, Formats& f)
{
    std::vector<std::pair<std::string, double>> columns{{"Item", 10}, {"Domain", 24}, {"Question", 60}, {"Critical", 9}};
    for (std::size_t review = 0; review < table.labels.size(); ++review)
        columns.emplace_back(columnTitle(table, review), 14);
    columns.emplace_back("Spread (levels)", 10);
    sheet.header(columns, f.header, f.wrap);
    lxw_row_t row = 1;
    for (const auto& item : table.items) {
        const Item* definition = checklist.findItem(item.itemId);
        lxw_col_t col = 0;
        sheet.text(row, col++, item.itemId);
        sheet.text(row, col++, domainTitle(table, item.domainId), f.wrap);
        sheet.text(row, col++, definition ? definition->question : "", f.wrap);
        sheet.text(row, col++, definition && definition->critical ? "yes" : "no");
        for (std::size_t review = 0; review < item.levels.size(); ++review, ++col) {
            if (item.statuses[review] == ItemStatus::NotApplicable)
                sheet.text(row, col, "N/A");
            else
                sheet.number(row, col, item.levels[review] ? std::optional<double>(*item.levels[review]) : std::nullopt);
        }
        sheet.number(row++, col, item.spread ? std::optional<double>(*item.spread) : std::nullopt);
    }
    sheet.filter(row > 1 ? row - 1 : 1, static_cast<lxw_col_t>(columns.size() - 1));
    worksheet_freeze_panes(sheet.get(), 1, 1);
}

}  // namespace

void writeSideBySideXlsx(const Checklist& checklist, const SideBySide& table, const std::filesystem::path& path)
{
    const std::string title = checklist.title + " - " + std::to_string(table.labels.size()) + " reviews side by side";
    xlsx::WorkbookPtr workbook = xlsx::openWorkbook(path, title);
    Formats formats = makeFormats(workbook.get());
    reviewsSheet(Sheet(workbook_add_worksheet(workbook.get(), "Reviews"), path), table, formats);
    domainsSheet(Sheet(workbook_add_worksheet(workbook.get(), "Domains"), path), table, formats);
    itemsSheet(Sheet(workbook_add_worksheet(workbook.get(), "Items"), path), checklist, table, formats);
    xlsx::closeWorkbook(std::move(workbook), path);
}

}  // namespace ccg::reports
