#pragma once

class wxKeyEvent;
class wxWindow;

namespace ccg::gui {

/// What a plain key press means on the rating screens.
enum class KeyCommand { None, Rate, NotApplicable, ClearRating, NextItem, PreviousItem, NextDomain, PreviousDomain };

/// A key press translated: the command and, for Rate, the level.
struct KeyAction {
    KeyCommand command = KeyCommand::None;
    int level = 0;
};

/// Digits up to `maxLevel` rate, N marks N/A, Up/Down move by item, Page Up/Down by domain.
/// Keys with Ctrl, Alt or Meta mean nothing here (they belong to menus).
KeyAction keyAction(int keyCode, int modifiers, int maxLevel);

/// Shift+E: steps the item's evidence strength on (none, asserted, documented, verified, none).
bool isStrengthKey(int keyCode, int modifiers);

/// True when `focus` takes typed text, so digits and N must reach it untouched.
bool acceptsTyping(const wxWindow* focus);

}  // namespace ccg::gui
