#include "app/gui/wx_text.hpp"

#include <cstdio>

namespace ccg::gui {

std::string htmlEscape(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string statusWords(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open: return "Open";
    case ActionStatus::InProgress: return "In progress";
    case ActionStatus::Done: return "Done";
    case ActionStatus::Dropped: return "Dropped";
    }
    return "Open";
}

}  // namespace ccg::gui
