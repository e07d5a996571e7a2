#include "app/cli/terminal_text.hpp"

#include "checklists/text_rules.hpp"

#include <algorithm>

namespace ccg::cli {

std::string upperCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text;
}

std::size_t columnsOf(const std::string& text)
{
    // Characters, not bytes: "é" is two bytes of UTF-8 but one column.
    return countChars(text);
}

std::string padRight(const std::string& text, std::size_t width)
{
    const std::size_t columns = columnsOf(text);
    return columns >= width ? text + " " : text + std::string(width - columns, ' ');
}

std::string printable(const std::string& text)
{
    std::string shown = text;
    for (char& c : shown)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = '?';
    return shown;
}

}  // namespace ccg::cli
