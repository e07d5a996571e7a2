#pragma once

#include <string>
#include <vector>

class wxWindow;

namespace ccg::test {

/// The shown, enabled input controls of `top` (text boxes, choices, buttons, check boxes, lists,
/// trees, date pickers, HTML views) that assistive technology is given no name for: each entry
/// names the control by its class, wx name and label.
[[nodiscard]] std::vector<std::string> unnamedControls(wxWindow& top);

/// The shown, enabled input controls of `top` that Tab, pressed again and again from its first
/// control, never reaches.
[[nodiscard]] std::vector<std::string> unreachableControls(wxWindow& top);

}  // namespace ccg::test
