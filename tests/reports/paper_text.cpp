#include "paper_text.hpp"

#include "csv_reader.hpp"
#include "process_runner.hpp"
#include "report_fixtures.hpp"
#include "reports/csv_writer.hpp"
#include "reports/xlsx_writer.hpp"

#include <catch2/catch_test_macros.hpp>

#include <cctype>

namespace ccg::test {

using namespace ccg::reports;

std::string collapsed(std::string_view text)
{
    std::string result;
    for (const char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (space && (result.empty() || result.back() == ' '))
            continue;
        result += space ? ' ' : c;
    }
    return result;
}

std::vector<std::string> pdfText(const std::string& bytes)
{
    TempDir dir;
    const std::string path = dir.file("paper.pdf");
    writeFile(path, bytes);
    const auto result = runProcess(findTool("pdftotext"), {"-raw", "-enc", "UTF-8", path, "-"});
    REQUIRE(result.exitCode == 0);
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t end; (end = result.out.find('\f', start)) != std::string::npos; start = end + 1)
        pages.push_back(collapsed(result.out.substr(start, end - start)));
    return pages;
}

std::string csvText(const ReportModel& model, std::vector<std::vector<std::string>>* items)
{
    std::string text;
    for (const std::string& csv : {itemsCsv(model), actionsCsv(model)}) {
        const auto table = parseCsv(csv);
        REQUIRE(table);
        if (items && items->empty())
            *items = *table;
        for (const auto& row : *table)
            for (const auto& cell : row)
                text += cell + "\n";
    }
    return collapsed(text);
}

ZipArchive workbookOf(const ReportModel& model, TempDir& dir)
{
    const std::string path = dir.file("paper.xlsx");
    writeXlsx(model, path);
    ZipArchive zip = readZip(path);
    INFO(zip.error);
    REQUIRE(zip.valid);
    return zip;
}

std::string workbookText(const ZipArchive& zip)
{
    std::string text;
    for (const auto& [name, content] : zip.members)
        if (name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0)
            text += parseXml(content).text + "\n";
    return collapsed(text);
}

std::string htmlText(const std::string& html)
{
    const XmlParse parsed = parseXml(html);
    REQUIRE(parsed.wellFormed);
    return collapsed(parsed.text) + "\n" + collapsed(html);
}

bool havePdfToText()
{
    return !findTool("pdftotext").empty();
}

}  // namespace ccg::test
