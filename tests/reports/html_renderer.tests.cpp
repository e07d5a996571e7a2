// The HTML board paper: well-formed, complete, self-contained, every user text escaped.
#include "report_fixtures.hpp"

#include "reports/html_renderer.hpp"
#include "reports/text_escape.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

namespace {

/// The markup of one <section id="…">, or empty.
std::string sectionOf(const std::string& html, const std::string& id)
{
    const auto start = html.find("<section id=\"" + id + "\">");
    if (start == std::string::npos)
        return {};
    const auto end = html.find("</section>", start);
    return html.substr(start, end - start);
}

std::string hostileHtml(const ReportFixture& fixture)
{
    const Assessment review = hostileReview(fixture);
    return renderHtml(buildReportModel({fixture.checklist, review, &fixture.previous, reviewDate()}));
}

}  // namespace

TEST_CASE("The HTML report is well-formed XML", "[reports][html]")
{
    const ReportFixture fixture;
    const XmlParse parsed = parseXml(renderHtml(fixture.model()));
    INFO(parsed.error);
    CHECK(parsed.wellFormed);
    CHECK(parsed.elements.front() == "html");
}

TEST_CASE("The HTML report lists every gap-list item in priority order", "[reports][html]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    const std::string gaps = sectionOf(renderHtml(model), "gaps");
    REQUIRE_FALSE(gaps.empty());
    std::size_t last = 0;
    for (const std::size_t index : model.gaps) {
        const auto at = gaps.find(">" + model.items[index].id + "<");
        INFO(model.items[index].id);
        REQUIRE(at != std::string::npos);
        CHECK(at > last);
        last = at;
        CHECK(gaps.find(escapeMarkup(model.items[index].guidance)) != std::string::npos);
    }
    CHECK(gaps.find(">gov-03<") == std::string::npos);
}

TEST_CASE("The HTML action plan holds every action with its BRAG in colour and in words", "[reports][html]")
{
    const ReportFixture fixture;
    const std::string actions = sectionOf(renderHtml(fixture.model()), "actions");
    for (const char* text : {"Refresh the register, then publish it", "Commission an external board review",
                             "+Publish &quot;you said, we did&quot;", "Agree the joint plan", "Pool the budget early"})
        CHECK(actions.find(text) != std::string::npos);
    for (const char* brag : {"brag-red\">Red</span> Overdue by 14 days", "brag-amber\">Amber</span> Due within 30 days",
                             "brag-green\">Green</span> On track", "brag-blue\">Blue</span> Done",
                             "brag-dropped\">Dropped</span>"})
        CHECK(actions.find(brag) != std::string::npos);
}

TEST_CASE("Hostile strings appear escaped in the markup and intact in the text", "[reports][html][security]")
{
    const ReportFixture fixture;
    const std::string html = hostileHtml(fixture);
    const XmlParse parsed = parseXml(html);
    INFO(parsed.error);
    REQUIRE(parsed.wellFormed);
    for (const auto& hostile : hostileStrings()) {
        INFO(hostile);
        CHECK(parsed.text.find(hostile) != std::string::npos);
    }
    CHECK(parsed.text.find(longNote()) != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
    for (const auto& element : parsed.elements)
        CHECK(element != "script");
}

TEST_CASE("The HTML report needs nothing from outside the file", "[reports][html][security]")
{
    const ReportFixture fixture;
    const std::string html = hostileHtml(fixture);
    for (const char* fetch : {"<script", "<link", "<img", "<iframe", "<object", "src=", "url(", "@import"})
        CHECK(html.find(fetch) == std::string::npos);
    for (std::size_t at = html.find("href=\""); at != std::string::npos; at = html.find("href=\"", at + 1))
        CHECK(html.compare(at + 6, 1, "#") == 0);
    CHECK(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
    CHECK(html.find("@page { size: A4;") != std::string::npos);
}

TEST_CASE("The HTML report says plainly when a section has nothing to show", "[reports][html]")
{
    const ReportFixture fixture;
    const std::string html = renderHtml(fixture.model(false));
    CHECK(sectionOf(html, "trend").find("No previous review was given") != std::string::npos);
    CHECK(sectionOf(renderHtml(fixture.model()), "trend").find("Board self-review 2013") != std::string::npos);
}

TEST_CASE("The HTML report of the test review matches the approved baseline", "[reports][html][approval]")
{
    const ReportFixture fixture;
    CHECK(matchesApproved("report.html", renderHtml(fixture.model())));
}

TEST_CASE("A right-to-left override in a name cannot run on into the next names or the page",
          "[reports][html][security]")
{
    const ReportFixture fixture;
    const Assessment review = spoofingReview(fixture);
    const std::string html = renderHtml(buildReportModel({fixture.checklist, review, nullptr, reviewDate()}));
    const XmlParse parsed = parseXml(html);
    INFO(parsed.error);
    REQUIRE(parsed.wellFormed);
    // Even a reader that ignores <bdi>: nothing is still open where the next name starts.
    for (const std::string next : {"Alice Smith", "Board self-assessment: gap report", "Governance"}) {
        INFO(next);
        const auto at = parsed.text.find(next);
        REQUIRE(at != std::string::npos);
        CHECK(openBidiControls(parsed.text.substr(0, at)) == 0);
    }
    // Every name is isolated, so its direction cannot reorder what stands around it.
    CHECK(html.find("<bdi>Alice Smith</bdi>") != std::string::npos);
    CHECK(html.find("<bdi>\u2068Mallory\u202E\u202C\u2069</bdi>") != std::string::npos);
}
