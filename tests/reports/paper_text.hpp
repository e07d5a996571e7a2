#pragma once

// Shared by the report tests: every paper read back as the text a reader sees, white space
// collapsed so that text wrapped across lines or cells still matches.
#include "reports/report_model.hpp"
#include "process_runner.hpp"
#include "zip_archive.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ccg::test {

/// White space collapsed to single spaces.
std::string collapsed(std::string_view text);
/// The pages of a PDF as pdftotext -raw reads them, white space collapsed.
std::vector<std::string> pdfText(const std::string& bytes);
/// Every text of both CSV files: each cell decoded, one per line; `items` gets the items table.
std::string csvText(const reports::ReportModel& model, std::vector<std::vector<std::string>>* items = nullptr);
/// The workbook of `model`, read back.
ZipArchive workbookOf(const reports::ReportModel& model, TempDir& dir);
/// The character data of every XML member of a workbook, decoded.
std::string workbookText(const ZipArchive& zip);
/// The HTML as a reader sees it (character data decoded) and as it is written.
std::string htmlText(const std::string& html);
bool havePdfToText();

}  // namespace ccg::test
