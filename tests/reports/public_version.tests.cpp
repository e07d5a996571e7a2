// The public version of the paper and the "Draft" mark (PRODUCT.md §12): the demo review, with
// raters' names, roles, notes, evidence and dissent, rendered in every format.
#include "paper_text.hpp"
#include "report_fixtures.hpp"

#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"
#include "process_runner.hpp"
#include "reports/csv_writer.hpp"
#include "reports/html_renderer.hpp"
#include "reports/pdf_renderer.hpp"
#include "reports/public_version.hpp"
#include "reports/report_sections.hpp"
#include "reports/text_escape.hpp"
#include "reports/xlsx_writer.hpp"
#include "xlsx_cells.hpp"
#include "zip_archive.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cctype>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

namespace {

constexpr const char* kDissent = "I cannot agree: the register has not been published since March.";
constexpr const char* kSilentDissenter = "lay-governance";

/// The demo 2014 review and the review before it, with a rationale that names a rater and two
/// dissents (one with a reason, one without) on an agreed item.
struct Demo : DemoFixture {
    Demo()
    {
        for (auto& agreed : review.agreed) {
            if (agreed.item != "org-05")  // an agreed disagreement: the paper shows its record
                continue;
            agreed.rationale = "Mark Hollis showed the skills map; the board agreed level 2.";
            agreed.dissent = {{"accountable-officer", kDissent}, {kSilentDissenter, ""}};
        }
    }

    /// What the public version must never show: every rater's name and role, every note, every
    /// evidence text and every dissent.
    [[nodiscard]] std::vector<std::string> secrets() const
    {
        std::vector<std::string> secrets{kDissent};
        for (const auto& rater : review.raters)
            secrets.insert(secrets.end(), {rater.name, rater.role});
        for (const auto& answer : review.answers)
            for (const auto* text : {&answer.note, &answer.evidence})
                if (!text->empty())
                    secrets.push_back(*text);
        return secrets;
    }
};

/// Does `text` show `secret`, or its first 30 characters (a note cut by wrapping is still a leak)?
bool shows(const std::string& text, const std::string& secret)
{
    const std::string whole = collapsed(secret);
    return text.find(whole) != std::string::npos || text.find(whole.substr(0, 30)) != std::string::npos;
}

bool isRole(const Assessment& review, const std::string& text)
{
    return std::any_of(review.raters.begin(), review.raters.end(), [&](const Rater& r) { return r.role == text; });
}

}  // namespace

TEST_CASE("The public version of the demo review shows no rater's name, role, note, evidence or dissent in any format",
          "[reports][public]")
{
    if (!havePdfToText())
        SKIP("pdftotext is not installed");
    const Demo demo;
    const ReportModel model = demo.model(Audience::Public);
    TempDir dir;
    const ZipArchive workbook = workbookOf(model, dir);
    const std::vector<std::string> pages = pdfText(renderPdf(model));
    std::string pdf;
    for (const auto& page : pages)
        pdf += page + "\n";
    const std::vector<std::pair<const char*, std::string>> outputs{
        {"html", htmlText(renderHtml(model))}, {"pdf", pdf}, {"csv", csvText(model)}, {"xlsx", workbookText(workbook)}};
    for (const auto& [format, text] : outputs) {
        INFO(format);
        for (const auto& secret : demo.secrets()) {
            INFO(secret);
            CHECK_FALSE(shows(text, secret));
            CHECK_FALSE(shows(text, escapeMarkup(secret)));
        }
        CHECK(text.find("Public version") != std::string::npos);
        CHECK(text.find("Draft") != std::string::npos);
        CHECK(text.find("Member 3") != std::string::npos);
        CHECK(text.find("dissent") == std::string::npos);  // not even that someone dissented
    }
    REQUIRE(pages.size() > 10);
    for (std::size_t page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages[page].find("Draft \xC2\xB7 Public version") != std::string::npos);
    }
}

TEST_CASE("The board version of the demo review shows the raters, their notes, evidence and dissent",
          "[reports][public]")
{
    if (!havePdfToText())
        SKIP("pdftotext is not installed");
    const Demo demo;
    const ReportModel model = demo.model(Audience::Board);
    TempDir dir;
    const std::string html = htmlText(renderHtml(model));
    const std::string csv = csvText(model);
    const std::string xlsx = workbookText(workbookOf(model, dir));
    const std::vector<std::string> pages = pdfText(renderPdf(model));
    std::string pdf;
    for (const auto& page : pages)
        pdf += page + "\n";
    for (const auto& secret : demo.secrets()) {
        INFO(secret);
        CHECK(shows(html, secret));
        CHECK(shows(pdf, secret));
        // The spreadsheets hold names and answers, not roles or the record of agreement.
        if (secret != kDissent && !isRole(demo.review, secret)) {
            CHECK(shows(csv, secret));
            CHECK(shows(xlsx, secret));
        }
    }
    CHECK(html.find("Janet Okafor dissents.") != std::string::npos);
    CHECK(html.find("Mark Hollis showed the skills map") != std::string::npos);
    for (const std::string* text : std::initializer_list<const std::string*>{&html, &pdf, &csv, &xlsx}) {
        CHECK(text->find("Public version") == std::string::npos);
        CHECK(text->find("Member 1") == std::string::npos);
    }
    for (std::size_t page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages[page].find("Draft") != std::string::npos);
    }
}

TEST_CASE("The public model numbers the raters in the review's order and withholds owners and mentions that name them",
          "[reports][public]")
{
    const Demo demo;
    const ReportModel board = demo.model(Audience::Board);
    const ReportModel model = demo.model(Audience::Public);
    CHECK(model.isPublic());
    CHECK_FALSE(board.isPublic());
    REQUIRE(model.raters.size() == 3);
    for (std::size_t i = 0; i < model.raters.size(); ++i) {
        CHECK(model.raters[i].name == "Member " + std::to_string(i + 1));
        CHECK(model.raters[i].role.empty());
    }
    REQUIRE(model.items.size() == board.items.size());
    for (std::size_t i = 0; i < model.items.size(); ++i) {
        const ItemRow& item = model.items[i];
        REQUIRE(item.answers.size() == board.items[i].answers.size());
        CHECK(item.dissent.empty());
        for (std::size_t a = 0; a < item.answers.size(); ++a) {
            const AnswerRow& answer = item.answers[a];
            CHECK(answer.raterIndex == board.items[i].answers[a].raterIndex);
            CHECK(answer.rater == memberName(answer.raterIndex));
            CHECK(answer.rating == board.items[i].answers[a].rating);
            CHECK(answer.note.empty());
            CHECK(answer.evidence.empty());
        }
    }
    // The figures are the board's: only who said what is withheld.
    CHECK(model.result.overall == board.result.overall);
    CHECK(model.gaps == board.gaps);
    CHECK(model.summary == board.summary);
    REQUIRE(model.disagreements.size() == board.disagreements.size());
    for (const auto& row : model.disagreements)
        for (const auto& rating : row.ratings)
            CHECK(rating.rater == memberName(rating.raterIndex));
    const auto org05 = std::find_if(model.items.begin(), model.items.end(), [](auto& item) { return item.id == "org-05"; });
    REQUIRE(org05 != model.items.end());
    CHECK(org05->rationale == "[name withheld] showed the skills map; the board agreed level 2.");

    REQUIRE(model.actions.size() == board.actions.size());
    std::vector<std::string> owners;
    for (const auto& action : model.actions)
        owners.push_back(action.owner);
    // "Dr Asha Patel, Chair" and "Mark Hollis, Accountable Officer" name raters; the others do not.
    CHECK(owners == std::vector<std::string>{"Sue Brennan, Head of Corporate Governance",
                                             "Karen Lowe, Director of Quality & Nursing",
                                             "Sue Brennan, Head of Corporate Governance", kWithheldOwner,
                                             kWithheldOwner, "Dr Tom Reilly, Clinical Lead for Urgent Care",
                                             "Andrew Clegg, Chief Finance Officer", "Priya Shah, Head of Engagement",
                                             "Priya Shah, Head of Engagement"});
}

TEST_CASE("publicVersion withholds a rater's name or role in any case and leaves other text alone", "[reports][public]")
{
    const ReportFixture fixture;
    ReportModel board = fixture.model();
    board.actions.front().text = "Ask c. lay and DR A. O'CHAIR, then the Chair, to publish it";
    board.actions.front().owner = "Board secretary";
    board.items.front().rationale = "No names here.";
    const ReportModel model = publicVersion(board, {"Dr A. O'Chair", "Chair", "C. Lay", "", "Lay member"});
    CHECK(model.actions.front().text ==
          "Ask [name withheld] and [name withheld], then the [name withheld], to publish it");
    CHECK(model.actions.front().owner == "Board secretary");
    CHECK(model.actions.at(1).owner == kWithheldOwner);  // "Chair"
    CHECK(model.items.front().rationale == "No names here.");
    // The anonymous rater is a member like any other, numbered last.
    REQUIRE(model.raters.size() == 4);
    CHECK(board.raters.back().name == "Anonymous rater");
    CHECK(model.raters.back().name == "Member 4");
}

TEST_CASE("Until a review is signed off every page says Draft and the cover asks the board to decide, after it the "
          "cover shows the approval and its fingerprint",
          "[reports][public][draft]")
{
    if (!havePdfToText())
        SKIP("pdftotext is not installed");
    const ReportFixture fixture;
    const SignOff approval{"2014-05-15", "Board meeting in public", "BM/14/052", "Dr A. O'Chair", "Chair",
                           "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"};
    Assessment signedReview = fixture.review;
    signedReview.signOff = approval;
    const auto model = [&](Audience audience, bool signedOff) {
        ReportInput input = fixture.input();
        input.audience = audience;
        return buildReportModel({fixture.checklist, signedOff ? signedReview : fixture.review, input.previous,
                                 input.asOf, nullptr, audience});
    };
    const auto pagesSay = [](const ReportModel& m, const std::string& word) {
        int pages = 0;
        for (const auto& page : pdfText(renderPdf(m)))
            pages += page.find(word) != std::string::npos ? 1 : 0;
        return pages;
    };

    SECTION("unsigned")
    {
        const ReportModel draft = model(Audience::Board, false);
        CHECK(draft.isDraft());
        CHECK(pageMark(draft) == "Draft");
        CHECK(paperStatus(draft) == "Draft \xC2\xB7 Board version");
        CHECK(draft.cover.recommendation.rfind("The board is asked to", 0) == 0);
        const std::string html = renderHtml(draft);
        CHECK(html.find("<p class=\"page-mark\">Draft</p>") != std::string::npos);
        CHECK(html.find("@top-right { content: \"Draft\"") != std::string::npos);
        CHECK(html.find("is asked to") != std::string::npos);
        CHECK(html.find("Fingerprint") == std::string::npos);
        const int pages = static_cast<int>(pdfText(renderPdf(draft)).size());
        CHECK(pagesSay(draft, "Draft") == pages);
        std::vector<std::vector<std::string>> items;
        csvText(draft, &items);
        REQUIRE(items.size() == draft.items.size() + 1);
        CHECK(items.front().front() == "Paper");
        for (std::size_t row = 1; row < items.size(); ++row)
            CHECK(items[row].front() == "Draft \xC2\xB7 Board version");
        TempDir dir;
        const ZipArchive workbook = workbookOf(draft, dir);
        CHECK(worksheetCells(workbook, 1).at("B2") == "Draft \xC2\xB7 Board version");
        for (int sheet = 1; sheet <= 4; ++sheet) {
            INFO("sheet " << sheet);
            CHECK(workbook.member("xl/worksheets/sheet" + std::to_string(sheet) + ".xml")
                      .find("<oddHeader>&amp;R&amp;\"-,Bold\"Draft</oddHeader>") != std::string::npos);
        }
    }
    SECTION("signed off, board version")
    {
        const ReportModel approved = model(Audience::Board, true);
        CHECK_FALSE(approved.isDraft());
        CHECK(pageMark(approved).empty());
        CHECK(paperStatus(approved) == "Approved \xC2\xB7 Board version");
        CHECK(approved.cover.recommendation.empty());
        REQUIRE(approved.cover.approval);
        const std::string words = "Approved by the board at Board meeting in public on 15 May 2014 (minute BM/14/052), "
                                  "signed off by Dr A. O'Chair, Chair.";
        CHECK(approvalWords(approved, *approved.cover.approval) == words);
        const std::string html = renderHtml(approved);
        CHECK(html.find("page-mark\">") == std::string::npos);
        CHECK(html.find("@top-right") == std::string::npos);
        CHECK(html.find("is asked to") == std::string::npos);
        CHECK(html.find(escapeMarkup(words)) != std::string::npos);
        CHECK(html.find(approval.fingerprint) != std::string::npos);
        const auto pages = pdfText(renderPdf(approved));
        CHECK(pagesSay(approved, "Draft") == 0);
        CHECK(pages.front().find(approval.fingerprint) != std::string::npos);
        CHECK(pages.front().find("is asked to") == std::string::npos);
        CHECK(pages.front().find("(minute BM/") != std::string::npos);
        CHECK(csvText(approved).find("Draft") == std::string::npos);
        TempDir dir;
        const ZipArchive workbook = workbookOf(approved, dir);
        CHECK(worksheetCells(workbook, 1).at("B2") == "Approved \xC2\xB7 Board version");
        CHECK(workbookText(workbook).find(approval.fingerprint) != std::string::npos);
        CHECK(workbook.member("xl/worksheets/sheet1.xml").find("oddHeader") == std::string::npos);
    }
    SECTION("signed off, public version")
    {
        const ReportModel approved = model(Audience::Public, true);
        CHECK(pageMark(approved) == "Public version");
        REQUIRE(approved.cover.approval);
        CHECK(approved.cover.approval->approver.empty());
        CHECK(approvalWords(approved, *approved.cover.approval) ==
              "Approved by the board at Board meeting in public on 15 May 2014 (minute BM/14/052).");
        const int pages = static_cast<int>(pdfText(renderPdf(approved)).size());
        CHECK(pagesSay(approved, "Public version") == pages);
        CHECK(pagesSay(approved, "Draft") == 0);
        CHECK(pagesSay(approved, "O'Chair") == 0);
        CHECK(renderHtml(approved).find("O&#39;Chair") == std::string::npos);
    }
}

TEST_CASE("Printed from a browser, every page of the HTML paper says Draft and Public version", "[reports][public][browser]")
{
    const std::string chromium = findTool("chromium");
    if (chromium.empty() || !havePdfToText())
        SKIP("chromium or pdftotext is not installed");
    const Demo demo;
    TempDir dir;
    const std::string html = dir.file("paper.html");
    const std::string pdf = dir.file("printed.pdf");
    writeFile(html, renderHtml(demo.model(Audience::Public)));
    const auto printed = runProcess(chromium, {"--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                               "--user-data-dir=" + dir.file("profile"), "--print-to-pdf=" + pdf,
                                               "file://" + html});
    INFO(printed.err);
    REQUIRE(printed.exitCode == 0);
    const std::vector<std::string> pages = pdfText(readFile(pdf));
    REQUIRE(pages.size() > 10);
    for (std::size_t page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages[page].find("Draft \xC2\xB7 Public version") != std::string::npos);
    }
}
