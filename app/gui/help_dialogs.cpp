#include "app/gui/help_dialogs.hpp"

#include "app/gui/command_ids.hpp"
#include "app/gui/keyboard_help.hpp"
#include "app/gui/keyboard_help_dialog.hpp"
#include "app/version.hpp"

#include <wx/aboutdlg.h>

namespace ccg::gui {

bool showKeyboardHelp(wxWindow* parent, const wxMenuBar& menus, int maxLevel)
{
    KeyboardHelpDialog dialog(parent, screenShortcuts(maxLevel), menuShortcuts(menus));
    return dialog.ShowModal() == kIdGuide;
}

void showAbout(wxWindow* parent)
{
    wxAboutDialogInfo info;
    info.SetName("CCG Self-Assessment");
    info.SetVersion(kVersion);
    info.SetDescription("A board self-assessment against the lessons of the NHS Confederation report "
                        L"\u201CAmbition, challenge, transition\u201D (2013).");
    wxAboutBox(info, parent);
}

}  // namespace ccg::gui
