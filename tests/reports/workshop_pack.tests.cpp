// The blank workshop pack: every item with its level descriptors, tick boxes and room for notes.
#include "report_fixtures.hpp"

#include "process_runner.hpp"
#include "reports/report_writer.hpp"
#include "reports/workshop_pack.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

TEST_CASE("The workshop pack prints every item with every level, N/A and space for notes", "[reports][workshop]")
{
    const std::string pdftotext = findTool("pdftotext");
    if (pdftotext.empty())
        SKIP("pdftotext is not installed");
    const ReportFixture fixture;
    TempDir dir;
    writeFile(dir.file("pack.pdf"), renderWorkshopPack(fixture.checklist));
    const auto pages = pdfPages(pdftotext, dir.file("pack.pdf"));
    REQUIRE(pages.size() >= 4);  // the cover and a page per domain
    std::string text;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        CHECK(pages[i].find("Page " + std::to_string(i + 1) + " of " + std::to_string(pages.size())) !=
              std::string::npos);
        text += pages[i];
    }
    for (const auto& domain : fixture.checklist.domains)
        for (const auto& item : domain.items) {
            INFO(item.id);
            const auto at = text.find(item.id + " ");
            REQUIRE(at != std::string::npos);
            const std::string block = text.substr(at, text.find("Notes and evidence", at) - at);
            CHECK(block.find(item.question) != std::string::npos);
            for (const auto& level : fixture.checklist.scale)
                CHECK(block.find(std::to_string(level.value) + " " + level.label) != std::string::npos);
            CHECK(block.find("N/A") != std::string::npos);
        }
    CHECK(text.find("Your name") != std::string::npos);
}

TEST_CASE("A workshop pack made from a review names no organisation: its cover has lines to fill in", "[reports][workshop]")
{
    const std::string pdftotext = findTool("pdftotext");
    if (pdftotext.empty())
        SKIP("pdftotext is not installed");
    const ReportFixture fixture;
    REQUIRE(fixture.review.organisation);
    REQUIRE(fixture.review.review);
    TempDir dir;
    // The report writer is handed the whole review, as for every other format.
    const auto written = writeReport(fixture.input(), ReportFormat::WorkshopPdf, dir.file("pack.pdf"));
    REQUIRE(written.size() == 1);
    const auto pages = pdfPages(pdftotext, written.front().string());
    REQUIRE_FALSE(pages.empty());
    std::string text;
    for (const auto& page : pages)
        text += page;
    for (const std::string& told : {fixture.review.organisation->name, fixture.review.organisation->code,
                                     fixture.review.review->title, std::string("14 March 2014")}) {
        INFO(told);
        CHECK(text.find(told) == std::string::npos);
    }
    // The same blank lines as a pack made from the checklist alone.
    writeFile(dir.file("blank.pdf"), renderWorkshopPack(fixture.checklist));
    const auto blank = pdfPages(pdftotext, dir.file("blank.pdf"));
    REQUIRE_FALSE(blank.empty());
    CHECK(blank[0] == pages[0]);
    for (const char* line : {"Your name", "Your role", "Organisation", "Review", "Date"})
        CHECK(pages[0].find(line) != std::string::npos);
}
