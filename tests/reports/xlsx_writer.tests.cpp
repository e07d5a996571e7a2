// The XLSX workbook: a valid zip whose sheets hold the expected, formatted cells.
#include "report_fixtures.hpp"

#include "process_runner.hpp"
#include "reports/xlsx_writer.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

namespace {

/// One member of the workbook's zip, by `unzip -p`.
std::string member(const std::string& unzip, const std::string& xlsx, const std::string& name)
{
    const auto result = runProcess(unzip, {"-p", xlsx, name});
    return result.exitCode == 0 ? result.out : std::string();
}

}  // namespace

TEST_CASE("The workbook is a valid zip with summary, domain, item and action sheets", "[reports][xlsx]")
{
    const std::string unzip = findTool("unzip");
    if (unzip.empty())
        SKIP("unzip is not installed");
    const ReportFixture fixture;
    TempDir dir;
    const std::string xlsx = dir.file("report.xlsx");
    writeXlsx(fixture.model(), xlsx);
    CHECK(runProcess(unzip, {"-tq", xlsx}).exitCode == 0);
    const std::string workbook = member(unzip, xlsx, "xl/workbook.xml");
    for (const char* sheet : {"name=\"Summary\"", "name=\"Domains\"", "name=\"Items\"", "name=\"Action plan\""})
        CHECK(workbook.find(sheet) != std::string::npos);
    for (int sheet = 1; sheet <= 4; ++sheet) {
        const std::string xml = member(unzip, xlsx, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
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
    const std::string unzip = findTool("unzip");
    if (unzip.empty())
        SKIP("unzip is not installed");
    const ReportFixture fixture;
    const Assessment review = hostileReview(fixture);
    const ReportModel model = buildReportModel({fixture.checklist, review, nullptr, reviewDate()});
    TempDir dir;
    const std::string xlsx = dir.file("report.xlsx");
    writeXlsx(model, xlsx);
    const XmlParse strings = parseXml(member(unzip, xlsx, "xl/sharedStrings.xml"));
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
        CHECK(member(unzip, xlsx, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml").find("<f>") ==
              std::string::npos);
    const std::string styles = member(unzip, xlsx, "xl/styles.xml");
    CHECK(styles.find("<b/>") != std::string::npos);
    CHECK(styles.find("FF005EB8") != std::string::npos);  // header fill
}
