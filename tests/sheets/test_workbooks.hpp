#pragma once

// Workbooks the sheet tests read: written with libxlsxwriter as a spreadsheet program would, or
// as raw zip archives of hand-made parts (with minizip) for the hostile ones no program writes.
#include <string>
#include <utility>
#include <vector>

namespace ccg::test::sheets {

/// One sheet as rows of cells. A cell is text, or with a prefix: "=…" a formula, "#n:2" a
/// number, "#d:2024-01-02" a date, "#b:1" a boolean; "" is left empty.
struct TestSheet {
    std::string name;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> merges;  ///< e.g. "F2:F3"
};
using TestWorkbook = std::vector<TestSheet>;

/// The sheet named `name` of `workbook` (which must have it).
TestSheet& sheet(TestWorkbook& workbook, const std::string& name);

/// tests/data/mini-checklist.xml written as the four sheets.
TestWorkbook miniWorkbook();

/// Writes `workbook` as an XLSX file with libxlsxwriter.
void writeWorkbook(const std::string& path, const TestWorkbook& workbook);

/// Writes a zip archive of `members` (name, content), deflated.
void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& members);

/// The parts of a workbook whose sheets are the raw XML given (name, sheet XML), with shared strings.
std::vector<std::pair<std::string, std::string>> rawWorkbook(
    const std::vector<std::pair<std::string, std::string>>& sheets, const std::string& sharedStrings = "");

/// `<worksheet><sheetData>ROWS</sheetData>MORE</worksheet>`.
std::string sheetXml(const std::string& rows, const std::string& more = "");

/// A row of inline-string cells from column A.
std::string inlineRow(int row, const std::vector<std::string>& cells);

/// A fresh path in the test's temporary folder.
std::string scratchPath(const std::string& name);

}  // namespace ccg::test::sheets
