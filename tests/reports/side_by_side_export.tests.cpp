// Several reviews side by side as CSV and as a workbook: every review a column, every cell of
// user text kept as text.
#include "report_fixtures.hpp"

#include "process_runner.hpp"
#include "reports/atomic_file.hpp"
#include "reports/side_by_side_csv.hpp"
#include "reports/side_by_side_xlsx.hpp"
#include "xlsx_cells.hpp"
#include "zip_archive.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

namespace {

/// The fixture's review three times over, named by organisations whose names a spreadsheet
/// would otherwise take for formulas or split into fields.
std::vector<ReviewToCompare> hostileBoards(const ReportFixture& fixture)
{
    const char* names[] = {"=HYPERLINK(\"http://evil.example\",\"click\")", "O'Brien \"Trust\", CCG", "@SUM(1+1)"};
    const Assessment* answers[] = {&fixture.review, &fixture.review, &fixture.previous};
    std::vector<ReviewToCompare> reviews;
    for (std::size_t i = 0; i < 3; ++i) {
        Assessment review = *answers[i];
        review.organisation = Organisation{"00Q", names[i]};
        review.review = ReviewInfo{"r", "", ""};
        reviews.push_back({"", std::move(review)});
    }
    return reviews;
}

}  // namespace

TEST_CASE("The comparison CSV neutralises organisation names a spreadsheet would run", "[reports][compare][security]")
{
    const ReportFixture fixture;
    const SideBySide table = compareSideBySide(fixture.checklist, hostileBoards(fixture));
    const auto csv = parseCsv(sideBySideCsv(fixture.checklist, table));
    REQUIRE(csv);
    REQUIRE(csv->size() == 2 + 2 * (table.domains.size() + 1) + table.items.size());
    const auto& header = csv->front();
    REQUIRE(header.size() == 3 + 3 + 1);
    CHECK(header[3] == "'=HYPERLINK(\"http://evil.example\",\"click\")");
    CHECK(header[4] == "O'Brien \"Trust\", CCG");  // quoted, so its comma splits nothing
    CHECK(header[5] == "'@SUM(1+1)");
    for (const auto& record : *csv) {
        CHECK(record.size() == header.size());
        for (const auto& field : record)
            CHECK((field.empty() || std::string("=+-@").find(field.front()) == std::string::npos));
    }
}

TEST_CASE("The comparison workbook has a column per review and keeps names as text", "[reports][compare][xlsx]")
{
    const ReportFixture fixture;
    const SideBySide table = compareSideBySide(fixture.checklist, hostileBoards(fixture));
    TempDir dir;
    const std::string path = dir.file("compare.xlsx");
    writeSideBySideXlsx(fixture.checklist, table, path);
    const ZipArchive zip = readZip(path);
    INFO(zip.error);
    REQUIRE(zip.valid);
    const std::string workbook = zip.member("xl/workbook.xml");
    for (const char* sheet : {"name=\"Reviews\"", "name=\"Domains\"", "name=\"Items\""})
        CHECK(workbook.find(sheet) != std::string::npos);

    const auto reviews = worksheetCells(zip, 1);
    for (std::size_t review = 0; review < 3; ++review) {
        const std::string row = std::to_string(review + 2);
        CHECK(reviews.at("A" + row) == std::string(1, static_cast<char>('A' + review)));
        CHECK(reviews.at("B" + row) == table.labels[review]);
        CHECK(std::stod(reviews.at("D" + row)) == *table.overall.scores[review]);
    }
    // Items: id, domain, question, critical, then one level per review and the spread.
    const auto items = worksheetCells(zip, 3);
    CHECK(items.at("E1") == "A: " + table.labels[0]);
    for (std::size_t row = 0; row < table.items.size(); ++row) {
        const auto& item = table.items[row];
        const std::string line = std::to_string(row + 2);
        CAPTURE(item.itemId);
        CHECK(items.at("A" + line) == item.itemId);
        for (std::size_t review = 0; review < 3; ++review) {
            const std::string cell = std::string(1, static_cast<char>('E' + review)) + line;
            if (item.statuses[review] == ItemStatus::NotApplicable)
                CHECK(items.at(cell) == "N/A");
            else if (item.levels[review])
                CHECK(items.at(cell) == std::to_string(*item.levels[review]));
            else
                CHECK_FALSE(items.count(cell));
        }
        if (item.spread)
            CHECK(items.at("H" + line) == std::to_string(*item.spread));
    }
    for (int sheet = 1; sheet <= 3; ++sheet)
        CHECK(zip.member("xl/worksheets/sheet" + std::to_string(sheet) + ".xml").find("<f>") == std::string::npos);
}

TEST_CASE("The comparison workbook is refused where it cannot be written", "[reports][compare][xlsx]")
{
    const ReportFixture fixture;
    const SideBySide table = compareSideBySide(fixture.checklist, hostileBoards(fixture));
    TempDir dir;
    CHECK_THROWS_AS(writeSideBySideXlsx(fixture.checklist, table, dir.file("no-such-folder/compare.xlsx")),
                    ReportWriteError);
}
