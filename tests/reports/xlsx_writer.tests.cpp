// The XLSX workbook: a valid zip whose sheets hold the expected, formatted cells.
#include "report_fixtures.hpp"

#include "process_runner.hpp"
#include "reports/xlsx_writer.hpp"
#include "zip_archive.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

TEST_CASE("The workbook is a valid zip with summary, domain, item and action sheets", "[reports][xlsx]")
{
    const ReportFixture fixture;
    TempDir dir;
    const std::string xlsx = dir.file("report.xlsx");
    writeXlsx(fixture.model(), xlsx);
    const ZipArchive zip = readZip(xlsx);
    INFO(zip.error);
    REQUIRE(zip.valid);
    const std::string workbook = zip.member("xl/workbook.xml");
    for (const char* sheet : {"name=\"Summary\"", "name=\"Domains\"", "name=\"Items\"", "name=\"Action plan\""})
        CHECK(workbook.find(sheet) != std::string::npos);
    for (int sheet = 1; sheet <= 4; ++sheet) {
        const std::string xml = zip.member("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
        INFO("sheet " << sheet);
        CHECK(parseXml(xml).wellFormed);
        CHECK(xml.find("state=\"frozen\"") != std::string::npos);
        CHECK(xml.find("<cols>") != std::string::npos);
        if (sheet > 1)
            CHECK(xml.find("<autoFilter ref=\"A1:") != std::string::npos);
    }
}

TEST_CASE("The workbook's cells hold every item, every action and user text as plain text", "[reports][xlsx][security]")
{
    const ReportFixture fixture;
    const Assessment review = hostileReview(fixture);
    const ReportModel model = buildReportModel({fixture.checklist, review, nullptr, reviewDate()});
    TempDir dir;
    const std::string xlsx = dir.file("report.xlsx");
    writeXlsx(model, xlsx);
    const ZipArchive zip = readZip(xlsx);
    INFO(zip.error);
    REQUIRE(zip.valid);
    const XmlParse strings = parseXml(zip.member("xl/sharedStrings.xml"));
    REQUIRE(strings.wellFormed);
    for (const auto& item : model.items)
        CHECK(strings.text.find(item.id) != std::string::npos);
    for (const auto& action : model.actions)
        CHECK(strings.text.find(action.text) != std::string::npos);
    for (const auto& hostile : hostileStrings()) {
        INFO(hostile);
        CHECK(strings.text.find(hostile) != std::string::npos);
    }
    CHECK(strings.text.find(longNote()) != std::string::npos);
    for (int sheet = 1; sheet <= 4; ++sheet)
        CHECK(zip.member("xl/worksheets/sheet" + std::to_string(sheet) + ".xml").find("<f>") == std::string::npos);
    const std::string styles = zip.member("xl/styles.xml");
    CHECK(styles.find("<b/>") != std::string::npos);
    CHECK(styles.find("FF005EB8") != std::string::npos);  // header fill
}

TEST_CASE("The zip check of the workbook tests finds a damaged or cut-short workbook", "[reports][xlsx]")
{
    const ReportFixture fixture;
    TempDir dir;
    const std::string xlsx = dir.file("report.xlsx");
    writeXlsx(fixture.model(), xlsx);
    const std::string bytes = readFile(xlsx);
    REQUIRE(readZip(xlsx).valid);
    SECTION("a byte changed inside a compressed member")
    {
        std::string damaged = bytes;
        const auto sheet = damaged.find("xl/worksheets/sheet3.xml");
        REQUIRE(sheet != std::string::npos);
        damaged[sheet + 200] = static_cast<char>(damaged[sheet + 200] ^ 0x55);
        writeFile(xlsx, damaged);
        CHECK_FALSE(readZip(xlsx).valid);
    }
    SECTION("the end cut off")
    {
        writeFile(xlsx, bytes.substr(0, bytes.size() / 2));
        CHECK_FALSE(readZip(xlsx).valid);
    }
    SECTION("not a zip at all")
    {
        writeFile(xlsx, "<html>not a workbook</html>");
        CHECK_FALSE(readZip(xlsx).valid);
    }
}

TEST_CASE("No workbook cell leaves a bidi override open for the cells after it", "[reports][xlsx][security]")
{
    const ReportFixture fixture;
    const Assessment review = spoofingReview(fixture);
    TempDir dir;
    const std::string xlsx = dir.file("report.xlsx");
    writeXlsx(buildReportModel({fixture.checklist, review, nullptr, reviewDate()}), xlsx);
    const ZipArchive zip = readZip(xlsx);
    REQUIRE(zip.valid);
    const std::string strings = zip.member("xl/sharedStrings.xml");
    REQUIRE(strings.find("Mallory\u202E") != std::string::npos);
    int cells = 0;
    for (std::size_t at = strings.find("<t"); at != std::string::npos; at = strings.find("<t", at + 1)) {
        const auto start = strings.find('>', at) + 1;
        const auto end = strings.find("</t>", start);
        if (end == std::string::npos)
            break;
        const std::string cell = strings.substr(start, end - start);
        INFO(cell);
        CHECK(openBidiControls(cell) == 0);
        ++cells;
    }
    CHECK(cells > 10);
}

TEST_CASE("The workbook opens on its action plan sheet, the only sheet selected", "[reports][xlsx]")
{
    const ReportFixture fixture;
    TempDir dir;
    const std::string xlsx = dir.file("actions.xlsx");
    writeXlsx(fixture.model(), xlsx);
    const ZipArchive zip = readZip(xlsx);
    INFO(zip.error);
    REQUIRE(zip.valid);
    const std::string workbook = zip.member("xl/workbook.xml");
    // Sheets count from 0 in activeTab: the fourth, "Action plan", is 3.
    CHECK(workbook.find("activeTab=\"3\"") != std::string::npos);
    CHECK(workbook.find("<sheet name=\"Action plan\" sheetId=\"4\"") != std::string::npos);
    for (int sheet = 1; sheet <= 4; ++sheet) {
        INFO("sheet " << sheet);
        const bool selected =
            zip.member("xl/worksheets/sheet" + std::to_string(sheet) + ".xml").find("tabSelected=\"1\"") !=
            std::string::npos;
        // Two selected tabs would open grouped, and the first edit would go to both sheets.
        CHECK(selected == (sheet == 4));
    }
}
