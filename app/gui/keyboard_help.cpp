#include "app/gui/keyboard_help.hpp"

#include <wx/accel.h>
#include <wx/defs.h>
#include <wx/menu.h>

#include <memory>

namespace ccg::gui {

namespace {

std::vector<int> digitKeys(int maxLevel)
{
    std::vector<int> keys;
    for (int level = 0; level <= maxLevel && level <= 9; ++level) {
        keys.push_back('0' + level);
        keys.push_back(WXK_NUMPAD0 + level);
    }
    return keys;
}

wxString levelKeys(int maxLevel)
{
    return maxLevel <= 0 ? wxString("0") : wxString::Format(L"0 to %d", std::min(maxLevel, 9));
}

/// The words for a menu command: its label without mnemonic or ellipsis (Undo's label names the
/// change it would undo, which says nothing in a list of keys).
wxString commandWords(const wxMenuItem& item)
{
    if (item.GetId() == wxID_UNDO)
        return "Undo the last change";
    if (item.GetId() == wxID_REDO)
        return "Redo the change last undone";
    wxString words = item.GetItemLabelText();
    words.EndsWith("...", &words);
    return words;
}

void addAccelerators(const wxMenu& menu, std::vector<Shortcut>& shortcuts)
{
    for (const wxMenuItem* item : menu.GetMenuItems()) {
        if (item->IsSubMenu()) {
            addAccelerators(*item->GetSubMenu(), shortcuts);
            continue;
        }
        const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
        if (accel && accel->IsOk())
            shortcuts.push_back({accel->ToString(), commandWords(*item), {}});
    }
}

}  // namespace

std::vector<ShortcutGroup> screenShortcuts(int maxLevel)
{
    const wxString levels = levelKeys(maxLevel);
    ShortcutGroup items{"On the Items page", {
        {levels, "Rate the item at that level (main keys or keypad)", digitKeys(maxLevel)},
        {"N", "Mark the item not applicable", {'N', 'n'}},
        {"Delete, Backspace", "Take the rating back (Ctrl+Z brings it back)",
         {WXK_DELETE, WXK_NUMPAD_DELETE, WXK_BACK}},
        {"Shift+E", "Step the evidence strength: none, asserted, documented, verified (item page or tree)",
         {'E', 'e'}},
        {"Down, Up", "Next item, previous item", {WXK_DOWN, WXK_NUMPAD_DOWN, WXK_UP, WXK_NUMPAD_UP}},
        {"Page Down, Page Up", "Next domain, previous domain",
         {WXK_PAGEDOWN, WXK_NUMPAD_PAGEDOWN, WXK_PAGEUP, WXK_NUMPAD_PAGEUP}},
    }};
    ShortcutGroup agree{"In the Agree view", {
        {levels + ", N", "Record the agreed level of the selected item", {}},
        {"Delete, Backspace", "Take the agreed level back", {}},
        {"Down, Up", "Move in the list of items", {}},
    }};
    ShortcutGroup present{"Presenting to the room (F5)", {
        {levels + ", N", "Record the agreed level", {}},
        {"Right, Down, Page Down, Space", "Next item", {}},
        {"Left, Up, Page Up", "Previous item", {}},
        {"C", "Show how many members chose each level", {}},
        {"W", "Write why the level was agreed", {}},
        {"A", "Add an action on the item", {}},
        {"Esc", "Back to the main window", {}},
    }};
    return {items, agree, present};
}

std::vector<ShortcutGroup> menuShortcuts(const wxMenuBar& bar)
{
    std::vector<ShortcutGroup> groups;
    for (size_t index = 0; index < bar.GetMenuCount(); ++index) {
        ShortcutGroup group{"The " + bar.GetMenuLabelText(index) + " menu", {}};
        addAccelerators(*bar.GetMenu(index), group.shortcuts);
        if (!group.shortcuts.empty())
            groups.push_back(std::move(group));
    }
    return groups;
}

wxString typingNote()
{
    return "While you type in a note, evidence, rationale or find box, digits and N are typed as text.";
}

}  // namespace ccg::gui
