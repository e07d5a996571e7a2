// The CSV item list and action plan: RFC 4180, UTF-8 with BOM, no formula injection.
#include "report_fixtures.hpp"

#include "reports/csv_writer.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

namespace {

using Table = std::vector<std::vector<std::string>>;

std::size_t column(const Table& table, const std::string& title)
{
    const auto& header = table.front();
    const auto found = std::find(header.begin(), header.end(), title);
    REQUIRE(found != header.end());
    return static_cast<std::size_t>(found - header.begin());
}

ReportModel hostileModel(const ReportFixture& fixture)
{
    const Assessment review = hostileReview(fixture);
    return buildReportModel({fixture.checklist, review, nullptr, reviewDate()});
}

/// Every cell of both CSV files of the model.
std::vector<std::string> cellsOf(const ReportModel& model)
{
    std::vector<std::string> cells;
    for (const std::string& csv : {itemsCsv(model), actionsCsv(model)}) {
        const auto table = parseCsv(csv);
        REQUIRE(table);
        for (const auto& row : *table)
            cells.insert(cells.end(), row.begin(), row.end());
    }
    return cells;
}

}  // namespace

TEST_CASE("The item CSV round-trips through an RFC 4180 reader, one row per item", "[reports][csv]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    const std::string csv = itemsCsv(model);
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const auto table = parseCsv(csv);
    REQUIRE(table);
    REQUIRE(table->size() == model.items.size() + 1);
    for (const auto& row : *table)
        CHECK(row.size() == table->front().size());
    const std::size_t item = column(*table, "Item");
    const std::size_t rank = column(*table, "Gap rank");
    const std::size_t chair = column(*table, "Level: Dr A. O'Chair");
    const std::size_t notes = column(*table, "Notes");
    for (std::size_t i = 0; i < model.items.size(); ++i)
        CHECK((*table)[i + 1][item] == model.items[i].id);
    CHECK((*table)[1][rank] == "2");
    CHECK((*table)[1][chair] == "4");
    CHECK((*table)[4][chair] == "N/A");
    CHECK((*table)[1][notes] == "Dr A. O'Chair: O'Brien & co said \"yes\" <script>alert(1)</script>");
}

TEST_CASE("The action CSV lists every action with its status and BRAG in words", "[reports][csv]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    const auto table = parseCsv(actionsCsv(model));
    REQUIRE(table);
    REQUIRE(table->size() == model.actions.size() + 1);
    const std::size_t brag = column(*table, "BRAG");
    const std::size_t progress = column(*table, "Progress");
    const std::size_t action = column(*table, "Action");
    CHECK((*table)[1][brag] == "Red");
    CHECK((*table)[1][progress] == "Overdue by 14 days");
    CHECK((*table)[1][column(*table, "Days overdue")] == "14");
    CHECK((*table)[1][action] == "Refresh the register, then publish it");
    CHECK((*table)[3][action] == "'+Publish \"you said, we did\"");
    CHECK((*table)[3][column(*table, "Owner")] == "'-Head of engagement");
    CHECK((*table)[5][column(*table, "Owner")] == "'@finance");
}

TEST_CASE("No CSV cell can start a formula, whatever the user typed", "[reports][csv][security]")
{
    const ReportFixture fixture;
    const ReportModel model = hostileModel(fixture);
    for (const auto& cell : cellsOf(model)) {
        INFO(cell);
        CHECK((cell.empty() || std::string("=+-@\t\r").find(cell[0]) == std::string::npos));
    }
    const auto actions = parseCsv(actionsCsv(model));
    CHECK((*actions)[1][column(*actions, "Action")] == "'" + hostileStrings()[4]);
    CHECK((*actions)[1][column(*actions, "Owner")] == hostileStrings()[1]);
    // Right-to-left text comes isolated (U+2068 … U+2069), so it cannot reorder what stands beside it.
    CHECK((*actions)[2][column(*actions, "Action")] == "\u2068" + hostileStrings()[2] + "\u2069");
}

TEST_CASE("Every record of the CSV ends with CRLF and line breaks inside cells are quoted", "[reports][csv]")
{
    const ReportFixture fixture;
    Assessment review = fixture.review;
    review.answers[0].note = "first line\nsecond line";
    const ReportModel model = buildReportModel({fixture.checklist, review, nullptr, reviewDate()});
    const std::string csv = itemsCsv(model);
    const auto table = parseCsv(csv);
    REQUIRE(table);
    CHECK((*table)[1][column(*table, "Notes")] == "Dr A. O'Chair: first line\nsecond line");
    CHECK(csv.substr(csv.size() - 2) == "\r\n");
}

TEST_CASE("The CSV files of the test review match the approved baselines", "[reports][csv][approval]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    CHECK(matchesApproved("items.csv", itemsCsv(model)));
    CHECK(matchesApproved("actions.csv", actionsCsv(model)));
}

TEST_CASE("No CSV cell leaves a bidi override open for the cells after it", "[reports][csv][security]")
{
    const ReportFixture fixture;
    const Assessment review = spoofingReview(fixture);
    const ReportModel model = buildReportModel({fixture.checklist, review, nullptr, reviewDate()});
    int overrides = 0;
    for (const auto& cell : cellsOf(model)) {
        INFO(cell);
        CHECK(openBidiControls(cell) == 0);
        overrides += cell.find("\u202E") != std::string::npos ? 1 : 0;
    }
    CHECK(overrides > 0);  // the override itself is kept, closed inside its cell
}
