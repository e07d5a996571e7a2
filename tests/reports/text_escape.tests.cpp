// Escaping and cleaning of user text for HTML, Pango markup and CSV.
#include "reports/text_escape.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <tuple>

using namespace ccg::reports;

TEST_CASE("Markup escaping turns every markup character into an entity", "[reports][escape]")
{
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"plain text", "plain text"},
        {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
        {"Tom & Jerry", "Tom &amp; Jerry"},
        {"say \"hi\"", "say &quot;hi&quot;"},
        {"O'Brien", "O&#39;Brien"},
        {"&amp;", "&amp;amp;"},
        {"line\r\nbreak", "line&#13;\nbreak"},
    }));
    CHECK(escapeMarkup(input) == expected);
}

TEST_CASE("Cleaning replaces invalid UTF-8 and drops control characters XML forbids", "[reports][escape]")
{
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"caf\xC3\xA9", "caf\xC3\xA9"},
        {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
        {"cut \xE2\x82", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
        {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
        {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        {std::string("nul\0bell\a", 9), "nulbell"},
        {"tab\tnew\nline", "tab\tnew\nline"},
        {"emoji \xF0\x9F\x8F\xA5", "emoji \xF0\x9F\x8F\xA5"},
    }));
    CHECK(cleanText(input) == expected);
}

TEST_CASE("A CSV field that could start a formula is neutralised with an apostrophe", "[reports][escape][csv]")
{
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"=1+1", "'=1+1"},
        {"+44 20", "'+44 20"},
        {"-2", "'-2"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\t=1", "'\t=1"},
        {"\r=1", "\"'\r=1\""},
        {"a=b", "a=b"},
        {"plain", "plain"},
        {"", ""},
    }));
    CHECK(csvText(input) == expected);
}

TEST_CASE("A CSV field with a comma, quote or line break is quoted with quotes doubled", "[reports][escape][csv]")
{
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""},
    }));
    CHECK(csvText(input) == expected);
}

TEST_CASE("Long text is cut at a character limit without splitting a character", "[reports][escape]")
{
    const std::string text = "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";  // six é
    CHECK(boundedText(text, 6) == text);
    const std::string cut = boundedText(text, 4);
    CHECK(cut.rfind("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xE2\x80\xA6", 0) == 0);
    CHECK(cut.find("2 more characters not shown") != std::string::npos);
    CHECK(countChars(text) == 6);
}
