#include "app/gui/keyboard.hpp"

#include <wx/combobox.h>
#include <wx/defs.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>

namespace ccg::gui {

KeyAction keyAction(int keyCode, int modifiers, int maxLevel)
{
    if (modifiers & (wxMOD_CONTROL | wxMOD_ALT | wxMOD_META))
        return {};
    int digit = -1;
    if (keyCode >= '0' && keyCode <= '9')
        digit = keyCode - '0';
    else if (keyCode >= WXK_NUMPAD0 && keyCode <= WXK_NUMPAD9)
        digit = keyCode - WXK_NUMPAD0;
    if (digit >= 0)
        return digit <= maxLevel ? KeyAction{KeyCommand::Rate, digit} : KeyAction{};
    switch (keyCode) {
    case 'N':
    case 'n': return {KeyCommand::NotApplicable, 0};
    case WXK_DELETE:
    case WXK_NUMPAD_DELETE:
    case WXK_BACK: return {KeyCommand::ClearRating, 0};
    case WXK_DOWN:
    case WXK_NUMPAD_DOWN: return {KeyCommand::NextItem, 0};
    case WXK_UP:
    case WXK_NUMPAD_UP: return {KeyCommand::PreviousItem, 0};
    case WXK_PAGEDOWN:
    case WXK_NUMPAD_PAGEDOWN: return {KeyCommand::NextDomain, 0};
    case WXK_PAGEUP:
    case WXK_NUMPAD_PAGEUP: return {KeyCommand::PreviousDomain, 0};
    default: return {};
    }
}

bool isStrengthKey(int keyCode, int modifiers)
{
    return (keyCode == 'E' || keyCode == 'e') && modifiers == wxMOD_SHIFT;
}

bool acceptsTyping(const wxWindow* focus)
{
    // A composite control's inner entry is a child of the control, so look one level up too.
    const wxWindow* window = focus;
    for (int depth = 0; window && depth < 2; ++depth, window = window->GetParent()) {
        // Read-only text (the item's guidance) takes no typing: keys there still rate and move.
        if (const auto* text = dynamic_cast<const wxTextCtrl*>(window))
            return text->IsEditable();
        if (dynamic_cast<const wxSearchCtrl*>(window) || dynamic_cast<const wxComboBox*>(window))
            return true;
    }
    return false;
}

}  // namespace ccg::gui
