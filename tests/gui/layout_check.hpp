#pragma once

#include <string>
#include <vector>

class wxWindow;

namespace ccg::test {

/// What is wrong with the layout of a shown window: each entry names the control (its name,
/// class and label) and says what is wrong with it. Checked for every shown control inside a
/// panel, splitter, book or top-level window:
///  - it lies inside its parent's visible area (for a scrolled parent, inside the area it
///    scrolls over), so it can be seen or scrolled to;
///  - it overlaps no shown sibling;
///  - it is at least as large as its best size, so no label, button or choice text is cut off
///    (a label that wraps or ellipsizes on purpose is measured as such).
/// Controls that draw their own contents (lists, text boxes, trees, HTML) are not entered.
[[nodiscard]] std::vector<std::string> layoutProblems(wxWindow& top);

/// How many lines of the window's font fit into its client height.
[[nodiscard]] int visibleLines(wxWindow& window);

}  // namespace ccg::test
