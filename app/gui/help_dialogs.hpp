#pragma once

class wxMenuBar;
class wxWindow;

namespace ccg::gui {

/// Help > Keyboard shortcuts: the rating screens' keys for a scale topped by `maxLevel` and
/// every accelerator of `menus`. True when the user asked for the guide from it.
bool showKeyboardHelp(wxWindow* parent, const wxMenuBar& menus, int maxLevel);

/// Help > About.
void showAbout(wxWindow* parent);

}  // namespace ccg::gui
