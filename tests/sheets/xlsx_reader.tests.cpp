// Hostile workbooks: each refused fast, in little memory, with a message (PRODUCT.md §3 limits).
#include "test_workbooks.hpp"

#include "checklists/sheets/checklist_from_sheet.hpp"
#include "checklists/sheets/xlsx_reader.hpp"

#include <catch2/catch_test_macros.hpp>

#include <sys/resource.h>

#include <chrono>
#include <fstream>

using namespace ccg;
using namespace ccg::test::sheets;

namespace {

/// A test sheet as raw XML of inline strings (numbers written as text).
std::string rawSheet(const TestSheet& sheet)
{
    std::string rows;
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        std::vector<std::string> cells;
        for (const auto& cell : sheet.rows[r])
            cells.push_back(cell.rfind("#n:", 0) == 0 ? cell.substr(3) : cell.rfind("#b:", 0) == 0 ? "true" : cell);
        rows += inlineRow(static_cast<int>(r + 1), cells);
    }
    return rows;
}

/// The mini workbook's Checklist and Scale sheets with `items` (raw XML) as its Items sheet.
std::string workbookWithItems(const std::string& name, const std::string& items, const std::string& strings = "")
{
    TestWorkbook mini = miniWorkbook();
    const std::string path = scratchPath(name);
    writeZip(path, rawWorkbook({{"Checklist", sheetXml(rawSheet(sheet(mini, "Checklist")))},
                                {"Scale", sheetXml(rawSheet(sheet(mini, "Scale")))},
                                {"Items", items}},
                               strings));
    return path;
}

std::string itemsHeader()
{
    return inlineRow(1, {"domain_id", "domain_title", "item_id", "question"});
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

/// Converts `path` and returns its messages and how long it took.
std::pair<std::string, double> timedMessages(const std::string& path)
{
    const auto start = std::chrono::steady_clock::now();
    const auto conversion = ccg::sheets::checklistFromSheetFile(path, {});
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    return {joinDiagnostics(conversion.errors), took.count()};
}

/// Sets the declared uncompressed size of every member named `member` in the zip at `path`.
void lieAboutSize(const std::string& path, const std::string& member, std::uint32_t size)
{
    std::string bytes = readBytes(path);
    for (const auto& [signature, sizeAt, nameAt] : {std::tuple{std::string("PK\x03\x04", 4), 22, 30},
                                                    std::tuple{std::string("PK\x01\x02", 4), 24, 46}}) {
        for (auto at = bytes.find(signature); at != std::string::npos; at = bytes.find(signature, at + 4)) {
            if (bytes.compare(at + nameAt, member.size(), member) != 0)
                continue;
            for (int i = 0; i < 4; ++i)
                bytes[at + sizeAt + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
        }
    }
    std::ofstream(path, std::ios::binary) << bytes;
}

long peakMemoryKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

TEST_CASE("A zip bomb is refused by its declared size before anything is unpacked", "[sheets][hostile]")
{
    const std::string path = workbookWithItems("bomb.xlsx", sheetXml(itemsHeader() + std::string(64 << 20, ' ')));
    const auto [messages, seconds] = timedMessages(path);
    CHECK(messages == path + ":Items:1: the workbook's part xl/worksheets/sheet3.xml unpacks to more than 16 MiB; refused");
    CHECK(seconds < 2);
}

TEST_CASE("A zip bomb that lies about its size is stopped at what it declared and refused", "[sheets][hostile]")
{
    const std::string path = workbookWithItems("liar.xlsx", sheetXml(itemsHeader() + std::string(64 << 20, ' ')));
    lieAboutSize(path, "xl/worksheets/sheet3.xml", 1000);
    const auto [messages, seconds] = timedMessages(path);
    CHECK(messages.find(path + ":Items:1: the workbook's part xl/worksheets/sheet3.xml") != std::string::npos);
    CHECK(seconds < 2);
}

TEST_CASE("A sheet of more than 16 MiB is refused", "[sheets][hostile]")
{
    std::string rows = itemsHeader();
    for (int row = 2; rows.size() <= (std::size_t{17} << 20); ++row)
        rows += inlineRow(row, {"governance", "Governance", "gov-" + std::to_string(row), "Question " + std::to_string(row) + "?"});
    const std::string path = workbookWithItems("large.xlsx", sheetXml(rows));
    const auto [messages, seconds] = timedMessages(path);
    CHECK(messages.find("unpacks to more than 16 MiB; refused") != std::string::npos);
}

TEST_CASE("A DOCTYPE or entity declaration in any part is refused", "[sheets][hostile]")
{
    const std::string doctype = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">]>";
    SECTION("in a sheet")
    {
        const std::string path = workbookWithItems("doctype.xlsx", doctype + "<worksheet><sheetData/></worksheet>");
        CHECK(timedMessages(path).first ==
              path + ":Items:1: the workbook's part xl/worksheets/sheet3.xml is refused: line 1: it holds a DOCTYPE "
                     "declaration, which could expand entities without bound");
    }
    SECTION("in the shared strings")
    {
        const std::string path = workbookWithItems("doctype-strings.xlsx", sheetXml(itemsHeader()),
                                                   doctype + "<sst><si><t>&lol;</t></si></sst>");
        CHECK(timedMessages(path).first.find(path + ":1: the workbook's part xl/sharedStrings.xml is refused: line 1: "
                                                    "it holds a DOCTYPE declaration") == 0);
    }
}

TEST_CASE("A sheet of a million empty rows is read without a cost per empty row", "[sheets][hostile]")
{
    std::string rows = itemsHeader();
    rows.reserve(7 << 20);
    for (int row = 0; row < 1000000; ++row)
        rows += "<row/>";
    rows += "<row r=\"1000002\"><c r=\"A1000002\" t=\"inlineStr\"><is><t>governance</t></is></c>"
            "<c t=\"inlineStr\"><is><t>Governance</t></is></c><c t=\"inlineStr\"><is><t>gov-01</t></is></c>"
            "<c t=\"inlineStr\"><is><t>The only question?</t></is></c></row>";
    const std::string path = workbookWithItems("million.xlsx", sheetXml(rows));
    rows = std::string();
    const long before = peakMemoryKiB();
    const auto start = std::chrono::steady_clock::now();
    const auto conversion = ccg::sheets::checklistFromSheetFile(path, {});
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    INFO(joinDiagnostics(conversion.errors));
    REQUIRE(conversion.checklist);
    CHECK(conversion.checklist->itemCount() == 1);
    CHECK(took.count() < 5);
    // The peak can only have grown by what reading needs: far less than a row object per empty row.
    CHECK(peakMemoryKiB() - before < 32 * 1024);
}

TEST_CASE("A shared string index out of range is reported at its row", "[sheets][hostile]")
{
    const std::string path = workbookWithItems(
        "strings.xlsx",
        sheetXml(itemsHeader() + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>99</v></c>"
                                 "<c r=\"C2\" t=\"inlineStr\"><is><t>gov-01</t></is></c>"
                                 "<c r=\"D2\" t=\"inlineStr\"><is><t>Why?</t></is></c></row>"),
        "<sst><si><t>governance</t></si></sst>");
    // Reported once: the cell is not then called empty, nor its domain untitled.
    CHECK(timedMessages(path).first == path + ":Items:2: column B refers to shared string 99, but the workbook holds 1");
}

TEST_CASE("A truncated workbook, a file that is not a zip and nesting past 64 levels are refused", "[sheets][hostile]")
{
    const std::string whole = workbookWithItems("whole.xlsx", sheetXml(itemsHeader()));
    const std::string bytes = readBytes(whole);
    const std::string truncated = scratchPath("truncated.xlsx");
    std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    CHECK(timedMessages(truncated).first ==
          truncated + ":1: is not an XLSX workbook (not a zip archive, or truncated); save it from the spreadsheet "
                      "program as Excel Workbook (.xlsx)");
    const std::string text = scratchPath("text.xlsx");
    std::ofstream(text) << "domain_id,item_id\n";
    CHECK(timedMessages(text).first.find(text + ":1: is not an XLSX workbook") == 0);
    std::string deep;
    for (int i = 0; i < 70; ++i)
        deep += "<x>";
    const std::string nested = workbookWithItems("deep.xlsx", sheetXml(itemsHeader() + deep));
    CHECK(timedMessages(nested).first.find("nested deeper than 64 levels") != std::string::npos);
}

TEST_CASE("Only the sheets asked for are read, and every sheet's name is listed", "[sheets][xlsx]")
{
    const std::string path = workbookWithItems("names.xlsx", sheetXml(itemsHeader()));
    const std::string bytes = readBytes(path);
    const auto read = ccg::sheets::readXlsx(bytes, path, {"Items"});
    CHECK(read.errors.empty());
    CHECK(read.sheetNames == std::vector<std::string>{"Checklist", "Scale", "Items"});
    REQUIRE(read.sheets.size() == 1);
    CHECK(read.sheets[0].rows.at(0).cells.at(3).text == "question");
}
