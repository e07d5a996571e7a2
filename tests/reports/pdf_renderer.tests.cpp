// The PDF board paper, checked with poppler's pdfinfo, pdftotext and pdffonts.
#include "report_fixtures.hpp"

#include "process_runner.hpp"
#include "reports/pdf_document.hpp"
#include "reports/pdf_renderer.hpp"
#include "shaping_counter.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>
#include <sstream>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

namespace {

/// pdftotext in content-stream order (-raw keeps each table cell's lines together), per page.
std::vector<std::string> rawPages(const std::string& pdf)
{
    const std::string tool = findTool("pdftotext");
    const auto result = runProcess(tool, {"-raw", "-enc", "UTF-8", pdf, "-"});
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t end; (end = result.out.find('\f', start)) != std::string::npos; start = end + 1)
        pages.push_back(result.out.substr(start, end - start));
    return pages;
}

std::string withoutSpace(const std::string& text)
{
    std::string result;
    std::copy_if(text.begin(), text.end(), std::back_inserter(result),
                 [](unsigned char c) { return !std::isspace(c); });
    return result;
}

std::string joined(const std::vector<std::string>& pages)
{
    std::string all;
    for (const auto& page : pages)
        all += page + "\n";
    return all;
}

/// Where `word` stands on its own (between white space or the ends of `text`), from `from`.
std::size_t findWord(const std::string& text, const std::string& word, std::size_t from = 0)
{
    for (std::size_t at = text.find(word, from); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool startOk = at == 0 || std::isspace(static_cast<unsigned char>(text[at - 1]));
        const std::size_t end = at + word.size();
        const bool endOk = end == text.size() || std::isspace(static_cast<unsigned char>(text[end]));
        if (startOk && endOk)
            return at;
    }
    return std::string::npos;
}

int pageWith(const std::vector<std::string>& pages, const std::string& word)
{
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (findWord(pages[i], word) != std::string::npos)
            return static_cast<int>(i) + 1;
    return 0;
}

bool havePoppler()
{
    return !findTool("pdfinfo").empty() && !findTool("pdftotext").empty();
}

}  // namespace

TEST_CASE("The PDF report opens, is A4 and says Page N of M on every page", "[reports][pdf]")
{
    if (!havePoppler())
        SKIP("pdfinfo or pdftotext is not installed");
    const ReportFixture fixture;
    TempDir dir;
    writeFile(dir.file("report.pdf"), renderPdf(fixture.model()));
    const auto info = runProcess(findTool("pdfinfo"), {dir.file("report.pdf")});
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.find("595.276 x 841.89 pts (A4)") != std::string::npos);
    std::smatch pagesLine;
    REQUIRE(std::regex_search(info.out, pagesLine, std::regex("Pages:\\s+(\\d+)")));
    const int pageCount = std::stoi(pagesLine[1]);
    CHECK(pageCount >= 3);
    const auto pages = rawPages(dir.file("report.pdf"));
    REQUIRE(static_cast<int>(pages.size()) == pageCount);
    for (int page = 1; page <= pageCount; ++page)
        CHECK(pages[static_cast<std::size_t>(page - 1)].find("Page " + std::to_string(page) + " of " +
                                                             std::to_string(pageCount)) != std::string::npos);
}

TEST_CASE("The PDF report holds every gap-list item and every action", "[reports][pdf]")
{
    if (!havePoppler())
        SKIP("pdfinfo or pdftotext is not installed");
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    TempDir dir;
    writeFile(dir.file("report.pdf"), renderPdf(model));
    const std::string text = joined(rawPages(dir.file("report.pdf")));
    const auto gapsAt = text.find("4. Prioritised gap list");
    const auto actionsAt = text.find("6. Action plan");
    REQUIRE(gapsAt != std::string::npos);
    REQUIRE(actionsAt != std::string::npos);
    const std::string gapSection = text.substr(gapsAt, text.find("5. Disagreements") - gapsAt);
    std::size_t last = 0;
    for (const std::size_t index : model.gaps) {
        const auto at = findWord(gapSection, model.items[index].id);
        INFO(model.items[index].id);
        REQUIRE(at != std::string::npos);
        CHECK(at > last);
        last = at;
    }
    const std::string flat = withoutSpace(text.substr(actionsAt));
    for (const auto& action : model.actions) {
        INFO(action.text);
        CHECK(flat.find(withoutSpace(action.reference + action.itemId + action.text)) != std::string::npos);
    }
    CHECK(flat.find("Red") != std::string::npos);
    CHECK(flat.find("Overdueby14days") != std::string::npos);
}

TEST_CASE("The PDF report embeds every font it uses", "[reports][pdf]")
{
    const std::string pdffonts = findTool("pdffonts");
    if (pdffonts.empty())
        SKIP("pdffonts is not installed");
    const ReportFixture fixture;
    TempDir dir;
    writeFile(dir.file("report.pdf"), renderPdf(fixture.model()));
    const auto fonts = runProcess(pdffonts, {dir.file("report.pdf")});
    REQUIRE(fonts.exitCode == 0);
    std::istringstream lines(fonts.out);
    std::string line;
    int listed = 0;
    while (std::getline(lines, line)) {
        if (line.empty() || line.rfind("name", 0) == 0 || line.rfind("---", 0) == 0)
            continue;
        ++listed;
        INFO(line);
        CHECK(std::regex_search(line, std::regex("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$")));
    }
    CHECK(listed > 0);
}

TEST_CASE("A long review breaks across pages between rows, repeating the table header", "[reports][pdf]")
{
    if (!havePoppler())
        SKIP("pdfinfo or pdftotext is not installed");
    const LongReview long_ = longReview(160);
    const ReportModel model = buildReportModel({long_.checklist, long_.review, nullptr, reviewDate()});
    TempDir dir;
    writeFile(dir.file("long.pdf"), renderPdf(model));
    const auto pages = rawPages(dir.file("long.pdf"));
    REQUIRE(pages.size() > 10);
    std::set<int> gapPages;
    for (const std::size_t index : model.gaps) {
        const std::string n = model.items[index].id.substr(5);
        const int start = pageWith(pages, "GSTART" + n);
        const int end = pageWith(pages, "GEND" + n);
        INFO("item " << n << " starts on page " << start << " and ends on page " << end);
        REQUIRE(start > 0);
        CHECK(start == end);
        CHECK(findWord(pages[static_cast<std::size_t>(start - 1)], "item-" + n) != std::string::npos);
        gapPages.insert(start);
    }
    CHECK(gapPages.size() > 3);
    for (const int page : gapPages)
        CHECK(pages[static_cast<std::size_t>(page - 1)].find("Question and what good looks like") != std::string::npos);
    const std::string text = joined(pages);
    for (int i = 0; i < 160; ++i)
        CHECK(findWord(text, "ACTION" + std::to_string(i)) != std::string::npos);
}

TEST_CASE("Hostile text reaches the PDF intact, and a note longer than a page is split between lines",
          "[reports][pdf][security]")
{
    if (!havePoppler())
        SKIP("pdfinfo or pdftotext is not installed");
    const ReportFixture fixture;
    const Assessment review = hostileReview(fixture);
    TempDir dir;
    writeFile(dir.file("hostile.pdf"),
              renderPdf(buildReportModel({fixture.checklist, review, &fixture.previous, reviewDate()})));
    const auto pages = rawPages(dir.file("hostile.pdf"));
    const std::string flat = withoutSpace(joined(pages));
    for (const std::size_t i : {0u, 1u, 4u, 5u}) {
        INFO(hostileStrings()[i]);
        CHECK(flat.find(withoutSpace(hostileStrings()[i])) != std::string::npos);
    }
    // Every word of the note, in order: only the running header and footer may come between
    // the part on one page and the part on the next.
    const std::string text = joined(pages);
    std::istringstream words(longNote());
    std::string word;
    std::size_t at = text.find("Note: word0");
    REQUIRE(at != std::string::npos);
    int found = 0;
    while (words >> word) {
        const std::size_t next = findWord(text, word, at);
        INFO("word " << found << ": " << word);
        REQUIRE(next != std::string::npos);
        CHECK(next - at < 300);
        at = next + word.size();
        ++found;
    }
    CHECK(found > 1000);
    CHECK(pageWith(pages, "END-OF-NOTE") > pageWith(pages, "word0"));  // 10,000 characters do not fit one page
}

TEST_CASE("The action plan's Ref column fits the widest reference on one line", "[reports][pdf]")
{
    if (!havePoppler())
        SKIP("pdfinfo or pdftotext is not installed");
    const int actions = GENERATE(9, 12, 120);
    CAPTURE(actions);
    const LongReview long_ = longReview(actions);
    const ReportModel model = buildReportModel({long_.checklist, long_.review, nullptr, reviewDate()});
    REQUIRE(model.actions.size() == static_cast<std::size_t>(actions));
    TempDir dir;
    writeFile(dir.file("actions.pdf"), renderPdf(model));
    const std::string text = joined(rawPages(dir.file("actions.pdf")));
    const std::string plan = text.substr(text.find("6. Action plan"));
    for (const auto& action : model.actions) {
        INFO(action.reference);
        CHECK(findWord(plan, action.reference) != std::string::npos);
    }
}

TEST_CASE("A word too long for any line costs layout work in proportion to its length", "[reports][pdf][security]")
{
    // Letters without a space: Pango had shaped what remained of the word again for every line
    // (65 notes of 20,000 letters, 804 pages, took 149 s; the same bytes as words, 3 s).
    const int length = GENERATE(2000, 20000);
    CAPTURE(length);
    pdf::PdfDocument doc(pdf::PageFrame{});
    const auto work = [&](const std::string& text) {
        const std::size_t before = shapedCharacters();
        const auto layout = doc.layout(text, {}, 150.0);
        CHECK(pango_layout_get_line_count(layout.get()) > length / 40);
        // Every letter is still there, in order.
        CHECK(pango_layout_get_text(layout.get()) == text);
        return shapedCharacters() - before;
    };
    std::string words;
    while (words.size() < static_cast<std::size_t>(length))
        words += "WWWWWWW ";
    words.resize(static_cast<std::size_t>(length));
    const std::size_t wordWork = work(words);
    const std::size_t longWordWork = work(std::string(static_cast<std::size_t>(length), 'W'));
    CAPTURE(wordWork, longWordWork);
    CHECK(longWordWork < 3 * wordWork);
}

TEST_CASE("Notes of unbreakable words make a PDF as long, and as costly, as the same bytes in words",
          "[reports][pdf][security]")
{
    if (!havePoppler())
        SKIP("pdfinfo or pdftotext is not installed");
    const ReportFixture fixture;
    const auto render = [&](const std::string& note) {
        Assessment review = fixture.review;
        for (auto& answer : review.answers)
            answer.note = note;
        const std::size_t before = shapedCharacters();
        const std::string pdf = renderPdf(buildReportModel({fixture.checklist, review, nullptr, reviewDate()}));
        return std::make_pair(pdf, shapedCharacters() - before);
    };
    std::string words;
    while (words.size() < 20000)
        words += "WWWWWWW ";
    words.resize(20000);
    const auto [hostile, hostileWork] = render(std::string(20000, 'W'));
    const auto [prose, proseWork] = render(words);
    TempDir dir;
    writeFile(dir.file("hostile.pdf"), hostile);
    writeFile(dir.file("prose.pdf"), prose);
    const auto hostilePages = rawPages(dir.file("hostile.pdf")).size();
    const auto prosePages = rawPages(dir.file("prose.pdf")).size();
    CAPTURE(hostilePages, prosePages, hostileWork, proseWork);
    CHECK(hostilePages <= prosePages * 11 / 10);
    CHECK(hostilePages >= prosePages * 9 / 10);
    CHECK(hostileWork < 3 * proseWork);
}

TEST_CASE("A right-to-left override in a name does not reverse the PDF's text after it", "[reports][pdf][security]")
{
    if (!havePoppler())
        SKIP("pdfinfo or pdftotext is not installed");
    const ReportFixture fixture;
    const Assessment review = spoofingReview(fixture);
    TempDir dir;
    writeFile(dir.file("spoof.pdf"), renderPdf(buildReportModel({fixture.checklist, review, nullptr, reviewDate()})));
    const auto pages = rawPages(dir.file("spoof.pdf"));
    REQUIRE_FALSE(pages.empty());
    // The cover lists the raters in a row: "Mallory; Alice Smith (role); ...".
    CHECK(pages[0].find("Alice Smith") != std::string::npos);
    CHECK(pages[0].find("htimS ecilA") == std::string::npos);
    CHECK(pages[0].find("Board self-assessment: gap report") != std::string::npos);
    const std::string text = joined(pages);
    CHECK(text.find("Agreed") != std::string::npos);
    CHECK(text.find("on Monday") != std::string::npos);
}
