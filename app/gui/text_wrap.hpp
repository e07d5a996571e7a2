#pragma once

#include <wx/string.h>

#include <vector>

class wxDC;

namespace ccg::gui {

/// The width of each prefix of `text` in the DC's font (text[0..i] for each i), measured in
/// one go: one Pango layout for the whole text instead of one per word.
[[nodiscard]] std::vector<int> prefixWidths(wxDC& dc, const wxString& text);

/// `text` broken at spaces into lines narrower than `width` (a longer word gets a line of its
/// own; newlines are kept), given its prefix widths: the greedy rule of wxStaticText::Wrap
/// without measuring each word again at every width.
[[nodiscard]] wxString wrapText(const wxString& text, const std::vector<int>& prefixWidths, int width);

}  // namespace ccg::gui
