// The rater's rating form: structure, policy, escaping, prefill and file names. What it does in a
// browser is tested in tests/browser.
#include "report_fixtures.hpp"

#include "process_runner.hpp"

#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"
#include "reports/content_hash.hpp"
#include "reports/rating_form.hpp"
#include "reports/rating_form_assets.hpp"
#include "reports/text_escape.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <map>
#include <regex>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

namespace {

RatingFormInput formFor(const Checklist& checklist, const Assessment& review, const std::string& raterId)
{
    return {checklist, *review.organisation, *review.review, *review.findRater(raterId), review.answers};
}

/// The text between `open` and the next `close`, or empty.
std::string between(const std::string& text, const std::string& open, const std::string& close)
{
    const auto start = text.find(open);
    if (start == std::string::npos)
        return {};
    const auto end = text.find(close, start + open.size());
    return end == std::string::npos ? std::string() : text.substr(start + open.size(), end - start - open.size());
}

/// The page with the bodies of its script and style taken out: the rest must parse as XML.
std::string withoutCode(std::string html)
{
    for (const auto& [open, close] : {std::pair{"<script>", "</script>"}, {"<style>", "</style>"}}) {
        const auto start = html.find(open);
        REQUIRE(start != std::string::npos);
        const auto end = html.find(close, start);
        REQUIRE(end != std::string::npos);
        html.erase(start + std::string_view(open).size(), end - start - std::string_view(open).size());
    }
    return html;
}

std::size_t occurrences(const std::string& text, const std::string& what)
{
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++count;
    return count;
}

/// The attributes of every element named `name`.
std::vector<std::map<std::string, std::string>> elementsNamed(const XmlParse& parse, const std::string& name)
{
    std::vector<std::map<std::string, std::string>> found;
    for (std::size_t i = 0; i < parse.elements.size(); ++i)
        if (parse.elements[i] == name)
            found.push_back(parse.attributes[i]);
    return found;
}

std::string attributeOf(const std::map<std::string, std::string>& attributes, const std::string& name)
{
    const auto found = attributes.find(name);
    return found == attributes.end() ? std::string() : found->second;
}

}  // namespace

TEST_CASE("A rating form holds every item by domain, with each level, N/A, a note and evidence", "[reports][form]")
{
    const ReportFixture fixture;
    const std::string html = ratingFormHtml(formFor(fixture.checklist, fixture.review, "chair"));
    const XmlParse parsed = parseXml(withoutCode(html));
    INFO(parsed.error);
    REQUIRE(parsed.wellFormed);
    CHECK(parsed.elements.front() == "html");
    CHECK(parsed.text.find("Rating form") != std::string::npos);
    CHECK(parsed.text.find("Dr A. O'Chair, Chair") != std::string::npos);
    CHECK(parsed.text.find("NHS Example & District CCG (00Q)") != std::string::npos);
    CHECK(parsed.text.find("Board self-review 2014 (2014-q1, 2014-03-14)") != std::string::npos);

    std::map<std::string, std::string> sections;  // id -> aria-labelledby
    for (const auto& section : elementsNamed(parsed, "section"))
        sections[attributeOf(section, "id")] = attributeOf(section, "aria-labelledby");
    std::vector<std::string> fieldsets;
    for (const auto& fieldset : elementsNamed(parsed, "fieldset"))
        fieldsets.push_back(attributeOf(fieldset, "data-item"));
    std::map<std::string, int> radios;
    for (const auto& input : elementsNamed(parsed, "input")) {
        CHECK(attributeOf(input, "type") == "radio");
        ++radios[attributeOf(input, "name")];
    }
    std::vector<std::string> labelled;
    for (const auto& label : elementsNamed(parsed, "label"))
        labelled.push_back(attributeOf(label, "for"));
    std::vector<std::string> textareas;
    for (const auto& textarea : elementsNamed(parsed, "textarea"))
        textareas.push_back(attributeOf(textarea, "id"));
    std::vector<std::string> groups;
    for (const auto& div : elementsNamed(parsed, "div"))
        if (attributeOf(div, "role") == "radiogroup")
            groups.push_back(attributeOf(div, "aria-labelledby"));

    std::vector<std::string> items;
    int withGuidance = 0;
    int withRationale = 0;
    for (const auto& domain : fixture.checklist.domains) {
        INFO(domain.id);
        CHECK(sections["d-" + domain.id] == "h-" + domain.id);
        CHECK(parsed.text.find(domain.title) != std::string::npos);
        for (const auto& item : domain.items) {
            INFO(item.id);
            items.push_back(item.id);
            CHECK(radios["r-" + item.id] == static_cast<int>(fixture.checklist.scale.size()) + 1);
            CHECK(parsed.text.find(item.id + " " + item.question) != std::string::npos);
            if (!item.guidance.empty()) {
                ++withGuidance;
                CHECK(parsed.text.find("What good looks like: " + item.guidance) != std::string::npos);
            }
            if (!item.rationale.empty()) {
                ++withRationale;
                CHECK(parsed.text.find("Why it matters: " + item.rationale) != std::string::npos);
            }
            for (const std::string kind : {"n-", "e-"}) {
                CHECK(std::count(textareas.begin(), textareas.end(), kind + item.id) == 1);
                CHECK(std::count(labelled.begin(), labelled.end(), kind + item.id) == 1);
            }
            CHECK(std::count(groups.begin(), groups.end(), "rl-" + item.id + " q-" + item.id) == 1);
        }
    }
    // The checklist used has guidance and rationale, so the checks above ran.
    CHECK(withGuidance > 0);
    CHECK(withRationale > 0);
    CHECK(fieldsets == items);
    for (const auto& level : fixture.checklist.scale)
        CHECK(parsed.text.find(std::to_string(level.value) + " " + level.label + " " + level.descriptor) !=
              std::string::npos);
    CHECK(parsed.text.find("N/A Not applicable") != std::string::npos);
    CHECK(parsed.text.find("0 of " + std::to_string(items.size()) + " rated") != std::string::npos);
}

TEST_CASE("The form's policy forbids every outside resource and runs only its own script and style",
          "[reports][form][security]")
{
    const ReportFixture fixture;
    const std::string html = ratingFormHtml(formFor(fixture.checklist, fixture.review, "chair"));
    const XmlParse parsed = parseXml(withoutCode(html));
    REQUIRE(parsed.wellFormed);
    std::string policy;
    for (const auto& meta : elementsNamed(parsed, "meta"))
        if (attributeOf(meta, "http-equiv") == "Content-Security-Policy")
            policy = attributeOf(meta, "content");
    // The hashes are of exactly what the browser finds between the tags.
    const std::string script = between(html, "<script>", "</script>");
    const std::string style = between(html, "<style>", "</style>");
    CHECK(script == ratingFormScript());
    CHECK(style == ratingFormStyle());
    const std::string directive = GENERATE_COPY(
        std::string("default-src 'none'"), "script-src 'sha256-" + sha256Base64(script) + "'",
        "style-src 'sha256-" + sha256Base64(style) + "'", std::string("img-src 'none'"),
        std::string("connect-src 'none'"), std::string("form-action 'none'"), std::string("base-uri 'none'"));
    INFO(policy);
    CHECK(policy.find(directive) != std::string::npos);
    // The policy comes before anything it governs; nothing refers outside the page.
    CHECK(html.find("Content-Security-Policy") < html.find("<style>"));
    CHECK(occurrences(html, "<script") == 1);
    CHECK(occurrences(html, "<style") == 1);
    for (const char* reference : {"src=", "href=", "url(", "@import", "http:", "https:", "<link", "<iframe"})
        CHECK(html.find(reference) == std::string::npos);
}

TEST_CASE("The policy's hashes are SHA-256 in base64", "[reports][form][security]")
{
    CHECK(sha256Base64("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    CHECK(sha256Base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

TEST_CASE("The form's script and stylesheet are the files in resources/forms and cannot end their element",
          "[reports][form]")
{
    CHECK(ratingFormScript() == readFile(CCG_SOURCE_DIR "/resources/forms/rating_form.js"));
    CHECK(ratingFormStyle() == readFile(CCG_SOURCE_DIR "/resources/forms/rating_form.css"));
    const auto lower = [](std::string_view text) {
        std::string result(text);
        std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) { return std::tolower(c); });
        return result;
    };
    CHECK(lower(ratingFormScript()).find("</script") == std::string::npos);
    CHECK(lower(ratingFormStyle()).find("</style") == std::string::npos);
}

TEST_CASE("Hostile text in the checklist and the review is text in the form, never markup",
          "[reports][form][security]")
{
    const ReportFixture fixture;
    const auto& h = hostileStrings();
    const std::string question = "</script><img src=x onerror=alert(1)>";
    Checklist checklist = fixture.checklist;
    Item& first = checklist.domains[0].items[0];
    first.question = question;
    first.guidance = h[5];
    first.rationale = h[0];
    checklist.domains[0].title = h[1];
    checklist.domains[0].description = h[4];
    checklist.scale[1].label = h[2];
    checklist.scale[1].descriptor = h[3];
    checklist.title = "Bell\x07 and a bad byte \xFF here";
    Assessment review = hostileReview(fixture);
    review.raters[0].role = h[4];
    review.answers[0].note = h[3] + "\n" + h[0];

    const std::string html = ratingFormHtml(formFor(checklist, review, review.raters[0].id));
    const XmlParse parsed = parseXml(withoutCode(html));
    INFO(parsed.error);
    REQUIRE(parsed.wellFormed);
    CHECK(parsed.text.find(first.id + " " + question) != std::string::npos);
    for (const auto& hostile : h) {
        INFO(hostile);
        CHECK(parsed.text.find(hostile) != std::string::npos);
    }
    CHECK(parsed.text.find(h[3] + "\n" + h[0]) != std::string::npos);
    CHECK(parsed.text.find("Bell and a bad byte \xEF\xBF\xBD here") != std::string::npos);
    CHECK(std::count(parsed.elements.begin(), parsed.elements.end(), "img") == 0);
    CHECK(std::count(parsed.elements.begin(), parsed.elements.end(), "script") == 1);
    CHECK(occurrences(html, "</script") == 1);
    const auto main = elementsNamed(parsed, "main");
    REQUIRE(main.size() == 1);
    CHECK(attributeOf(main[0], "data-organisation-name") == h[0]);
    CHECK(attributeOf(main[0], "data-review-title") == h[1]);
    CHECK(attributeOf(main[0], "data-rater-name") == h[2]);
    CHECK(attributeOf(main[0], "data-rater-role") == h[4]);
}

TEST_CASE("The form is filled in with the rater's stored answers and shows no other rater's", "[reports][form]")
{
    const ReportFixture fixture;
    Assessment review = fixture.review;
    review.answers[3].note = "\nafter a blank first line";  // the chair's gov-02
    const std::string html = ratingFormHtml(formFor(fixture.checklist, review, "chair"));
    const XmlParse parsed = parseXml(withoutCode(html));
    REQUIRE(parsed.wellFormed);
    std::map<std::string, std::string> checked;
    for (const auto& input : elementsNamed(parsed, "input"))
        if (attributeOf(input, "checked") == "checked")
            checked[attributeOf(input, "name")] = attributeOf(input, "value");
    const std::map<std::string, std::string> expected{
        {"r-gov-01", "4"}, {"r-gov-02", "3"}, {"r-gov-03", "2"}, {"r-eng-01", "na"}, {"r-lg-01", "3"}};
    CHECK(checked == expected);
    const Answer& first = *review.findAnswer("gov-01", "chair");
    CHECK(html.find("aria-describedby=\"w-gov-01\">\n" + escapeMarkup(first.note) + "</textarea>") !=
          std::string::npos);
    CHECK(html.find("aria-describedby=\"w-gov-01\">\n" + escapeMarkup(first.evidence) + "</textarea>") !=
          std::string::npos);
    // HTML drops the first line break in a textarea: the one written after the tag.
    CHECK(html.find(">\n\nafter a blank first line</textarea>") != std::string::npos);
    // Blind rating: other raters' names, levels and notes are not in the page.
    for (const char* other : {"B. Officer", "C. Lay", "HYPERLINK"})
        CHECK(html.find(other) == std::string::npos);
}

TEST_CASE("Form and answers file names are portable whatever the ids and names", "[reports][form][files]")
{
    const auto [code, reviewId, raterId, raterName, expected] =
        GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
            {"00Q", "2014-q1", "chair", "Dr A. Chair", "00Q-2014-q1-rating-form-chair.html"},
            {"00Q", "2014-q1", "../../etc/passwd", "", "00Q-2014-q1-rating-form-etc-passwd.html"},
            {"00Q", "2014-q1", "", "Dr A. Chair", "00Q-2014-q1-rating-form-Dr-A-Chair.html"},
            {"00Q", "2014-q1", "..", "..", "00Q-2014-q1-rating-form-rater.html"},
            {"", "", "", "", "organisation-review-rating-form-rater.html"},
            {"00Q", "2014 Q1/../x", "lay_member", "", "00Q-2014-Q1-x-rating-form-lay_member.html"},
            {"\xE6\x97\xA5\xE6\x9C\xAC", "2014-q1", "Zo\xC3\xAB \xC3\x98rsted", "", "organisation-2014-q1-rating-form-Zo-rsted.html"},
            {"C:\\CON", "nul", "-rf *", "", "C-CON-nul-rating-form-rf.html"},
            {"00Q", std::string(300, 'a'), std::string(300, 'b'), "", "00Q-" + std::string(40, 'a') +
                                                                           "-rating-form-" + std::string(40, 'b') + ".html"},
        }));
    const Organisation organisation{code, "Name"};
    const ReviewInfo review{reviewId, "Title", ""};
    const Rater rater{raterId, raterName, ""};
    CHECK(ratingFormFileName(organisation, review, rater) == expected);
    const std::string answers = ratingAnswersFileName(organisation, review, rater);
    CHECK(answers == std::regex_replace(expected, std::regex("-rating-form-(.*)\\.html$"), "-answers-$1.xml"));
}

TEST_CASE("Hostile ids and names in any part still give a short portable file name", "[reports][form][files]")
{
    const std::regex portable("[A-Za-z0-9_][A-Za-z0-9_-]*\\.(html|xml)");
    for (const auto& hostile : hostileStrings())
        for (int part = 0; part < 3; ++part) {
            INFO(hostile << " as part " << part);
            const Organisation organisation{part == 0 ? hostile : "00Q", hostile};
            const ReviewInfo review{part == 1 ? hostile : "2014-q1", hostile, ""};
            const Rater rater{part == 2 ? hostile : "", hostile, hostile};
            for (const auto& name : {ratingFormFileName(organisation, review, rater),
                                     ratingAnswersFileName(organisation, review, rater)}) {
                INFO(name);
                CHECK(std::regex_match(name, portable));
                CHECK(name.find("..") == std::string::npos);
                CHECK(name.size() <= 140);
            }
        }
}

TEST_CASE("The form for the shipped checklist stays small", "[reports][form]")
{
    const Checklist checklist = loadChecklistOrThrow(CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml");
    const Assessment review = loadAssessmentOrThrow(CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml", checklist);
    const std::string html = ratingFormHtml(formFor(checklist, review, "chair"));
    CHECK(parseXml(withoutCode(html)).wellFormed);
    CHECK(occurrences(html, "<fieldset") == checklist.itemCount());
    // About 220 KB for 65 items, most of it the level descriptors each item repeats.
    CHECK(html.size() < 256 * 1024);
}
