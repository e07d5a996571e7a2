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

TEST_CASE("Cleaning closes bidi controls left open at the end of their line and drops stray closers",
          "[reports][escape][security]")
{
    // LRE U+202A, RLE U+202B, PDF U+202C, LRO U+202D, RLO U+202E; LRI U+2066, RLI U+2067,
    // FSI U+2068, PDI U+2069.
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"Mallory\u202E", "Mallory\u202E\u202C"},
        {"\u202Ereversed\u202C as typed", "\u202Ereversed\u202C as typed"},
        {"stray\u202C closer\u2069", "stray closer"},
        {"\u2067right-to-left isolate", "\u2067right-to-left isolate\u2069"},
        {"\u202B\u2066nested", "\u202B\u2066nested\u2069\u202C"},
        {"\u2066a\u202Cb\u2069c", "\u2066ab\u2069c"},
        {"\u202Da\u2068b\u2069c", "\u202Da\u2068b\u2069c\u202C"},
        {"\u2068\u202Ea\u2069b", "\u2068\u202Ea\u2069b"},
        {"\u202Eline one\nline two\u202C", "\u202Eline one\u202C\nline two"},
        {"\u202Ecr\r\nlf", "\u202Ecr\u202C\r\nlf"},
    }));
    CHECK(cleanText(input) == expected);
    CHECK(cleanText(expected) == expected);
}

TEST_CASE("Report text that can change direction is isolated, other text is left as typed",
          "[reports][escape][security]")
{
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"Dr A. Chair", "Dr A. Chair"},
        {"caf\xC3\xA9 \xF0\x9F\x8F\xA5", "caf\xC3\xA9 \xF0\x9F\x8F\xA5"},
        {"Mallory\u202E", "\u2068Mallory\u202E\u202C\u2069"},
        {"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "\u2068\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\u2069"},
        {"\xD9\x85\xD8\xB1 (Chair)", "\u2068\xD9\x85\xD8\xB1 (Chair)\u2069"},
        {"Latin\n\xD7\xA9\xD7\x9C", "Latin\n\u2068\xD7\xA9\xD7\x9C\u2069"},
        {"\u2068\xD7\xA9\u2069", "\u2068\xD7\xA9\u2069"},
    }));
    CHECK(boundedText(input) == expected);
    CHECK(boundedText(expected) == expected);
}

TEST_CASE("A cut through text that can change direction still closes what it opened", "[reports][escape][security]")
{
    const std::string text = "\u202E" + std::string(50, 'x') + "\u202C";
    const std::string bounded = boundedText(text, 10);
    CHECK(bounded.rfind("\u2068\u202Exxxxxxxxx\u202C\u2069\xE2\x80\xA6 [", 0) == 0);
}
