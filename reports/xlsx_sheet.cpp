#include "reports/xlsx_sheet.hpp"

#include "reports/atomic_file.hpp"
#include "reports/text_escape.hpp"

namespace ccg::reports::xlsx {

namespace {

/// Excel holds at most 32,767 characters in a cell.
constexpr std::size_t kMaxCellChars = 32000;

}  // namespace

void check(lxw_error error, const std::filesystem::path& path)
{
    if (error != LXW_NO_ERROR)
        throw ReportWriteError("cannot write '" + path.string() + "': " + lxw_strerror(error));
}

WorkbookPtr openWorkbook(const std::filesystem::path& path, const std::string& title)
{
    const std::string file = path.string();
    WorkbookPtr workbook(workbook_new(file.c_str()));
    if (!workbook)
        throw ReportWriteError("cannot write '" + file + "': the workbook could not be created");
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.c_str());
    properties.comments = const_cast<char*>("Made with ccg-selfassess");
    check(workbook_set_properties(workbook.get(), &properties), path);
    return workbook;
}

void closeWorkbook(WorkbookPtr workbook, const std::filesystem::path& path)
{
    check(workbook_close(workbook.release()), path);
}

lxw_format* swatchFormat(lxw_workbook* workbook, const Swatch& swatch)
{
    lxw_format* format = workbook_add_format(workbook);
    format_set_bg_color(format, swatch.fill.rgb);
    format_set_font_color(format, swatch.text.rgb);
    format_set_bold(format);
    format_set_align(format, LXW_ALIGN_CENTER);
    return format;
}

lxw_format* headerFormat(lxw_workbook* workbook)
{
    lxw_format* format = workbook_add_format(workbook);
    format_set_bold(format);
    format_set_bg_color(format, palette::kAccent.rgb);
    format_set_font_color(format, palette::kWhite.rgb);
    format_set_text_wrap(format);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
}

lxw_format* wrapFormat(lxw_workbook* workbook)
{
    lxw_format* format = workbook_add_format(workbook);
    format_set_text_wrap(format);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
}

void Sheet::text(lxw_row_t row, lxw_col_t col, std::string_view value, lxw_format* format)
{
    const std::string cell = boundedText(value, kMaxCellChars);
    check(worksheet_write_string(m_sheet, row, col, cell.c_str(), format), m_path);
}

void Sheet::number(lxw_row_t row, lxw_col_t col, std::optional<double> value, lxw_format* format)
{
    if (value)
        check(worksheet_write_number(m_sheet, row, col, *value, format), m_path);
    else
        check(worksheet_write_blank(m_sheet, row, col, format), m_path);
}

void Sheet::header(const std::vector<std::pair<std::string, double>>& columns, lxw_format* format, lxw_format* wrap)
{
    for (lxw_col_t col = 0; col < columns.size(); ++col) {
        text(0, col, columns[col].first, format);
        check(worksheet_set_column(m_sheet, col, col, columns[col].second, columns[col].second >= 30 ? wrap : nullptr),
              m_path);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    worksheet_repeat_rows(m_sheet, 0, 0);
}

void Sheet::filter(lxw_row_t lastRow, lxw_col_t lastCol)
{
    check(worksheet_autofilter(m_sheet, 0, 0, lastRow, lastCol), m_path);
}

}  // namespace ccg::reports::xlsx
