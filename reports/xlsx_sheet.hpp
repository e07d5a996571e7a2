#pragma once

// What every workbook this program writes is made of: a workbook freed on every path, one check
// that turns libxlsxwriter's codes into ReportWriteError, and a worksheet that writes user text
// only as text. Internal to the XLSX writers (it includes libxlsxwriter's header).
#include "reports/report_style.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ccg::reports::xlsx {

struct WorkbookFree {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookFree>;

/// Throws ReportWriteError naming `path` unless `error` is LXW_NO_ERROR.
void check(lxw_error error, const std::filesystem::path& path);

/// Creates the workbook at `path` with `title` in its properties; throws ReportWriteError.
WorkbookPtr openWorkbook(const std::filesystem::path& path, const std::string& title);
/// Writes the workbook out and frees it; throws ReportWriteError.
void closeWorkbook(WorkbookPtr workbook, const std::filesystem::path& path);

/// A bold, centred cell in a swatch's colours (RAG, BRAG).
lxw_format* swatchFormat(lxw_workbook* workbook, const Swatch& swatch);
/// The header row's format: bold white on the accent colour, wrapped, top-aligned.
lxw_format* headerFormat(lxw_workbook* workbook);
/// Text wrapped in its cell, top-aligned.
lxw_format* wrapFormat(lxw_workbook* workbook);

/// One worksheet with its path for error messages.
class Sheet {
public:
    Sheet(lxw_worksheet* sheet, const std::filesystem::path& path) : m_sheet(sheet), m_path(path) {}

    /// Always a string cell, cut to what Excel holds: never a formula, whatever the text.
    void text(lxw_row_t row, lxw_col_t col, std::string_view value, lxw_format* format = nullptr);
    /// A number, or a blank cell when there is none.
    void number(lxw_row_t row, lxw_col_t col, std::optional<double> value, lxw_format* format = nullptr);
    /// The header row (titles and column widths), frozen and repeated on every printed page;
    /// columns 30 wide or more wrap their text in `wrap`.
    void header(const std::vector<std::pair<std::string, double>>& columns, lxw_format* format,
                lxw_format* wrap = nullptr);
    void filter(lxw_row_t lastRow, lxw_col_t lastCol);
    [[nodiscard]] lxw_worksheet* get() const { return m_sheet; }

private:
    lxw_worksheet* m_sheet;
    const std::filesystem::path& m_path;
};

}  // namespace ccg::reports::xlsx
