#pragma once

class wxWindow;

namespace ccg::gui {

/// Help > Keyboard shortcuts.
void showKeyboardHelp(wxWindow* parent);

/// Help > About.
void showAbout(wxWindow* parent);

}  // namespace ccg::gui
