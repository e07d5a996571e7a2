#pragma once

#include <wx/string.h>

#include <vector>

class wxMenuBar;

namespace ccg::gui {

/// One line of the keyboard help: the keys, and what they do.
struct Shortcut {
    wxString keys;
    wxString action;
    /// The key codes the line stands for (keyAction's codes, keypad ones too); empty for menu
    /// accelerators, which the menu bar itself holds.
    std::vector<int> keyCodes;
};

/// The shortcuts of one area of the application: a screen, or a menu.
struct ShortcutGroup {
    wxString area;
    std::vector<Shortcut> shortcuts;
};

/// The plain keys of the Items page, the Agree view and the view for the room, which no menu
/// lists, for a scale whose top level is `maxLevel`.
std::vector<ShortcutGroup> screenShortcuts(int maxLevel);

/// Every menu command that has an accelerator, grouped by menu, in menu order: read from the
/// menu bar itself, so the help lists exactly what is bound.
std::vector<ShortcutGroup> menuShortcuts(const wxMenuBar& bar);

/// What the help says about typing: digits and N are text in the entry boxes.
wxString typingNote();

}  // namespace ccg::gui
