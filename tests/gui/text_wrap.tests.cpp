// Wrapping text from its prefix widths: the same lines wxStaticText::Wrap would give.
#include "app/gui/text_wrap.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>
#include <tuple>

using ccg::gui::wrapText;

namespace {

/// Prefix widths of a font in which every character is 10 wide.
std::vector<int> monospace(const wxString& text)
{
    std::vector<int> widths;
    for (std::size_t i = 0; i < text.length(); ++i)
        widths.push_back(static_cast<int>(10 * (i + 1)));
    return widths;
}

}  // namespace

TEST_CASE("Text wraps at the last space that keeps a line narrower than the width", "[gui][wrap]")
{
    auto [text, width, expected] = GENERATE(table<std::string, int, std::string>({
        {"aaa bbb ccc", 200, "aaa bbb ccc"},
        {"aaa bbb ccc", 75, "aaa bbb\nccc"},
        {"aaa bbb ccc", 45, "aaa\nbbb\nccc"},
        {"averyveryverylongword and", 60, "averyveryverylongword\nand"},  // a long word keeps its line
        {"one\ntwo three", 55, "one\ntwo\nthree"},                       // newlines are kept
        {"", 50, ""},
    }));
    INFO(text << " at " << width);
    CHECK(wrapText(wxString(text), monospace(wxString(text)), width).utf8_string() == expected);
}

TEST_CASE("Wrapping never loses or reorders a word, whatever the width", "[gui][wrap]")
{
    const wxString text = "How far does the board's membership bring the independent challenge & skills needed?";
    const auto widths = monospace(text);
    for (int width = 1; width < 1000; width += 7) {
        wxString joined = wrapText(text, widths, width);
        joined.Replace("\n", " ");
        CHECK(joined == text);
    }
}
