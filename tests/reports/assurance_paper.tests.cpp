// The paper's level of assurance, "What we said we would do" and the assessing body's name
// (PRODUCT.md §5, §9, §12), on the demo reviews: the 2014 follow-on review with commitments,
// evidence strengths and a chosen level, and the signed-off 2013 review.
#include "paper_text.hpp"
#include "report_fixtures.hpp"

#include "reports/html_renderer.hpp"
#include "reports/pdf_renderer.hpp"
#include "reports/report_sections.hpp"
#include "reports/text_escape.hpp"
#include "xlsx_cells.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

namespace {

using Demo = DemoFixture;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// The HTML section with anchor `id`, from its opening tag to its end.
std::string sectionOf(const std::string& html, const std::string& id)
{
    const auto start = html.find("<section id=\"" + id + "\">");
    REQUIRE(start != std::string::npos);
    return html.substr(start, html.find("</section>", start) - start);
}

/// The HTML with every text a user typed or a checklist brought (each is isolated in <bdi>) taken out:
/// what is left is the paper's own wording.
std::string ownWords(const std::string& html)
{
    std::string words;
    std::size_t at = 0;
    for (std::size_t open; (open = html.find("<bdi>", at)) != std::string::npos;) {
        words += html.substr(at, open - at);
        at = html.find("</bdi>", open);
        REQUIRE(at != std::string::npos);
        at += 6;
    }
    return words + html.substr(at);
}

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

}  // namespace

TEST_CASE("The demo's follow-on paper shows the chosen level, each domain's suggestion and what came of last year's "
          "commitments",
          "[reports][assurance][demo]")
{
    const Demo demo;
    const ReportModel model = demo.model();

    // The cover: the level Sue Brennan chose, beside what the rule suggests (13.6% assured overall).
    CHECK_FALSE(model.cover.assuranceSuggested);
    CHECK(model.cover.assurance == "Limited");
    CHECK(model.cover.assuranceReason.rfind("Chosen by Sue Brennan on 12 March 2014. The rule in Appendix B suggests "
                                            "no assurance: 14% of the weight of applicable items meets the standard",
                                            0) == 0);

    // Each domain's suggested level and assured share, as worked out by hand in the note.
    const std::vector<std::pair<std::string, std::string>> expected{
        {"Limited", "10%"},      {"Limited", "43%"}, {"No assurance", "0%"}, {"Limited", "10%"},
        {"Limited", "33%"},      {"No assurance", "0%"}, {"No assurance", "0%"}, {"No assurance", "13%"}};
    REQUIRE(model.domains.size() == expected.size());
    const std::string html = renderHtml(model);
    const std::string domains = sectionOf(html, "domains");
    for (std::size_t d = 0; d < expected.size(); ++d) {
        const DomainRow& row = model.domains[d];
        INFO(row.id);
        CHECK(words::assuranceWords(row.assurance.level) == expected[d].first);
        CHECK(contains(domains, "<td>" + expected[d].first + "</td><td class=\"num\">" + expected[d].second + "</td>"));
    }
    CHECK(contains(domains, "<th scope=\"col\">Suggested assurance</th>"));

    // "What we said we would do": every commitment with its owner, outcome and remark, and the rate.
    REQUIRE(model.commitments.size() == 4);
    const std::string section = sectionOf(html, "commitments");
    CHECK(contains(section, "<h2>7. What we said we would do</h2>"));
    CHECK(contains(section, "review 2013-q1"));
    CHECK(contains(section, "Follow-through: 50% (1 done, 1 partly done, 1 not done; 1 superseded and 0 pending left "
                            "out)."));
    for (const auto& commitment : demo.review.commitments) {
        INFO(commitment.text);
        CHECK(contains(section, escapeMarkup(commitment.text)));
        CHECK(contains(section, escapeMarkup(commitment.remark)));
        CHECK(contains(section, "<strong>" + words::outcomeWords(commitment.outcome) + "</strong>"));
    }
    CHECK(contains(html, "<th scope=\"row\">Follow-through</th>"));
    // The trend is against the approved 2013 review, and says how it was approved.
    CHECK(contains(sectionOf(html, "trend"), "approved at"));
    CHECK(contains(sectionOf(html, "trend"), "(minute SB/13/022)</bdi>"));
    // The rule of §5 is printed where the paper explains itself.
    const std::string about = sectionOf(html, "about");
    CHECK(contains(about, "is assured when it meets the standard on documented or verified evidence"));
    CHECK(contains(about, "100 \xC3\x97 (done + half of partly done) / (done + partly done + not done)"));
    // The appendix gives each item's evidence strength (gov-04 is verified in the demo).
    CHECK(demo.review.evidenceStrength("gov-04") == EvidenceStrength::Verified);
    CHECK(contains(html, "Evidence strength: Verified; meets the standard, assured"));
    CHECK(demo.review.evidenceStrength("prov-04") == EvidenceStrength::Asserted);
    CHECK(contains(html, "Evidence strength: Asserted; meets the standard, not assured"));

    if (!havePdfToText())
        SKIP("pdftotext is not installed");
    const auto pages = pdfText(renderPdf(model));
    CHECK(contains(pages.front(), "Level of assurance Limited. Chosen by Sue Brennan on 12 March 2014."));
    CHECK(contains(pages.front(), "Follow-through 50%"));
    std::string all;
    for (const auto& page : pages)
        all += page + "\n";
    CHECK(contains(all, "7. What we said we would do"));
    CHECK(contains(all, "Not done"));
    CHECK(contains(all, "Evidence strength: Verified; meets the standard, assured"));
    TempDir dir;
    const ZipArchive workbook = workbookOf(model, dir);
    const auto commitments = worksheetCells(workbook, 5);
    CHECK(commitments.at("D1") == "What we said we would do");
    CHECK(commitments.at("G2") == "Done");
    CHECK(commitments.at("G4") == "Not done");
    CHECK(commitments.count("A6") == 0);
}

TEST_CASE("Until a level is chosen the paper prints the suggestion and says it is one", "[reports][assurance]")
{
    Demo demo;
    demo.review.assuranceChoice.reset();
    const ReportModel model = demo.model();
    CHECK(model.cover.assuranceSuggested);
    CHECK(model.cover.assurance == "Suggested: No assurance");
    const std::string html = renderHtml(model);
    CHECK(contains(html, "<strong>Suggested: No assurance</strong>. The rule in Appendix B suggests it; the board has "
                         "not chosen a level yet."));
    CHECK_FALSE(contains(html, "Chosen by"));
}

TEST_CASE("A checklist that turns assurance off gives a paper with no level of assurance anywhere",
          "[reports][assurance]")
{
    Demo demo;
    demo.checklist.assurance = false;
    const ReportModel model = demo.model();
    CHECK_FALSE(model.cover.showsAssurance);
    CHECK_FALSE(contains(model.cover.recommendation, "level of assurance"));
    const std::string html = renderHtml(model);
    CHECK_FALSE(contains(html, "Level of assurance"));
    CHECK_FALSE(contains(html, "Suggested assurance"));
    CHECK_FALSE(contains(html, "meets the standard"));
    // Follow-through is not an opinion on assurance: it stays.
    CHECK(contains(html, "What we said we would do"));
    CHECK(contains(html, "Follow-through: 50%"));
    TempDir dir;
    CHECK_FALSE(contains(workbookText(workbookOf(model, dir)), "Level of assurance"));
    if (!havePdfToText())
        SKIP("pdftotext is not installed");
    for (const auto& page : pdfText(renderPdf(model))) {
        CHECK_FALSE(contains(page, "Level of assurance"));
        CHECK_FALSE(contains(page, "Suggested assurance"));
    }
}

TEST_CASE("The public paper says when the level was chosen but not by whom", "[reports][assurance][public]")
{
    const Demo demo;
    const ReportModel model = demo.model(Audience::Public);
    CHECK(model.cover.assuranceReason.rfind("Chosen on 12 March 2014.", 0) == 0);
    // Mark Hollis is a rater: the commitment he owns is withheld like his actions.
    const auto owned = std::find_if(model.commitments.begin(), model.commitments.end(),
                                    [](const CommitmentRow& c) { return c.itemId == "lg-02"; });
    REQUIRE(owned != model.commitments.end());
    CHECK(owned->owner == "A member (name withheld)");
}

TEST_CASE("The paper names the checklist's assessing body and never a hard-coded board", "[reports][wording]")
{
    const ReportFixture fixture;
    Checklist checklist = fixture.checklist;
    checklist.assessedBy = "audit committee";
    // The reviews' titles say "Board"; the summary and the page title quote them as they are.
    Assessment review = fixture.review;
    Assessment previous = fixture.previous;
    review.review->title = "Annual self-review 2014";
    previous.review->title = "Annual self-review 2013";
    const ReportModel model = buildReportModel({checklist, review, &previous, reviewDate()});
    const std::string html = renderHtml(model);
    CHECK(contains(html, "<h1>Audit committee self-assessment: gap report</h1>"));
    CHECK(contains(html, "<caption>Summary for the audit committee</caption>"));
    CHECK(contains(model.cover.recommendation, "The audit committee is asked to"));
    CHECK(paperStatus(model) == "Draft \xC2\xB7 Audit committee version");
    const std::string own = lowered(ownWords(html));
    CHECK_FALSE(contains(own, "board"));
    CHECK(contains(own, "audit committee"));

    if (!havePdfToText())
        SKIP("pdftotext is not installed");
    const auto pages = pdfText(renderPdf(model));
    CHECK(contains(pages.front(), "Audit committee self-assessment: gap report"));
    CHECK(contains(pages.front(), "Summary for the audit committee"));
}

TEST_CASE("The signed-off 2013 demo paper shows its approval and fingerprint and no Draft mark",
          "[reports][sign-off][demo]")
{
    const Demo demo;
    REQUIRE(demo.previous.signOff);
    const ReportModel model =
        buildReportModel({demo.checklist, demo.previous, nullptr, defaultAsOf(demo.previous)});
    CHECK_FALSE(model.isDraft());
    const std::string html = renderHtml(model);
    CHECK(contains(html, "(minute SB/13/022)"));
    CHECK(contains(html, demo.previous.signOff->fingerprint));
    CHECK_FALSE(contains(html, "is asked to"));
    CHECK_FALSE(contains(html, "<p class=\"page-mark\">"));
}

TEST_CASE("A framework's importance word stands beside the item in the gap list, the appendix and the workbook",
          "[reports][format-1.1]")
{
    const ReportFixture fixture;
    Checklist checklist = fixture.checklist;
    Item* item = nullptr;
    for (auto& domain : checklist.domains)
        for (auto& candidate : domain.items)
            if (candidate.id == "lg-02")
                item = &candidate;
    REQUIRE(item);
    item->importance = Importance::Must;
    const ReportModel model = buildReportModel({checklist, fixture.review, nullptr, reviewDate()});
    const std::string html = renderHtml(model);
    const std::string gaps = sectionOf(html, "gaps");
    const auto row = gaps.find("<span class=\"id\">lg-02</span>");
    REQUIRE(row != std::string::npos);
    CHECK(gaps.substr(row, 200).find("<span class=\"importance\">Must</span>") != std::string::npos);
    CHECK(contains(sectionOf(html, "appendix"), "<span class=\"importance\">Must</span>"));
    // It changes no figure.
    const ReportModel plain = fixture.model(false);
    CHECK(model.result.overall == plain.result.overall);
    CHECK(model.gaps == plain.gaps);
    TempDir dir;
    const auto cells = worksheetCells(workbookOf(model, dir), 3);
    std::string column;
    for (const auto& [cell, value] : cells)
        if (value == "Importance" && cell.back() == '1' && cell.size() <= 3)
            column = cell.substr(0, cell.size() - 1);
    REQUIRE_FALSE(column.empty());
    std::size_t musts = 0;
    for (const auto& [cell, value] : cells)
        if (cell.rfind(column, 0) == 0 && value == "must")
            ++musts;
    CHECK(musts == 1);
    if (!havePdfToText())
        SKIP("pdftotext is not installed");
    std::string all;
    for (const auto& page : pdfText(renderPdf(model)))
        all += page;
    CHECK(contains(all, "lg-02 CRITICAL Must"));
}
