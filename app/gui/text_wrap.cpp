#include "app/gui/text_wrap.hpp"

#include <wx/dc.h>

#include <algorithm>

namespace ccg::gui {

std::vector<int> prefixWidths(wxDC& dc, const wxString& text)
{
    wxArrayInt widths;
    dc.GetPartialTextExtents(text, widths);
    return {widths.begin(), widths.end()};
}

wxString wrapText(const wxString& text, const std::vector<int>& prefixWidths, int width)
{
    wxString lines;
    const std::size_t length = std::min(text.length(), prefixWidths.size());
    std::size_t start = 0;
    while (start < length) {
        const int startX = start > 0 ? prefixWidths[start - 1] : 0;
        std::size_t end = length;  // one past the line's last character
        std::size_t lastSpace = wxString::npos;
        for (std::size_t i = start; i < length; ++i) {
            if (text[i] == '\n') {
                end = i;
                break;
            }
            if (text[i] == ' ' && i > start)
                lastSpace = i;
            if (prefixWidths[i] - startX >= width && lastSpace != wxString::npos) {
                end = lastSpace;
                break;
            }
        }
        if (!lines.empty())
            lines += '\n';
        lines += text.Mid(start, end - start);
        start = end + 1;  // the space or newline at `end` is dropped
    }
    return lines;
}

}  // namespace ccg::gui
