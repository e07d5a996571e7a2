#include "app/cli/terminal_text.hpp"

#include <algorithm>
#include <cstdio>

namespace ccg::cli {

std::string upperCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text;
}

std::string padRight(const std::string& text, std::size_t width)
{
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

std::string oneDecimal(std::optional<double> value, const std::string& missing)
{
    if (!value)
        return missing;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", *value);
    return buffer;
}

std::string formatPercent(std::optional<double> score)
{
    return score ? oneDecimal(score, "") + "%" : "n/a";
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
