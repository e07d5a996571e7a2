#pragma once

#include "app/gui/keyboard_help.hpp"

#include <wx/dialog.h>

#include <vector>

class wxListCtrl;

namespace ccg::gui {

/// Help > Keyboard shortcuts: two tables of keys and what they do, one for the rating screens
/// and one for the menus, each grouped by area, and a button to the guide.
class KeyboardHelpDialog : public wxDialog {
public:
    /// ShowModal() returns kIdGuide when the user asks for the guide.
    KeyboardHelpDialog(wxWindow* parent, const std::vector<ShortcutGroup>& screens,
                       const std::vector<ShortcutGroup>& menus);

    [[nodiscard]] wxListCtrl* screenKeys() const { return m_screens; }
    [[nodiscard]] wxListCtrl* menuKeys() const { return m_menus; }

private:
    wxListCtrl* table(const char* name, const wxString& title, const std::vector<ShortcutGroup>& groups);

    wxListCtrl* m_screens = nullptr;
    wxListCtrl* m_menus = nullptr;
};

}  // namespace ccg::gui
