#include "app/gui/help_dialogs.hpp"

#include "app/version.hpp"

#include <wx/aboutdlg.h>
#include <wx/msgdlg.h>

namespace ccg::gui {

void showKeyboardHelp(wxWindow* parent)
{
    wxMessageBox("On the Items page:\n"
                 "  0 to 4\trate the item at that level\n"
                 "  N\tmark the item not applicable\n"
                 "  Delete\ttake the rating back (Ctrl+Z brings it back)\n"
                 "  Up, Down\tprevious or next item\n"
                 "  Page Up, Page Down\tprevious or next domain\n\n"
                 "In the Agree view, a level's number or N records the agreed level of the selected item.\n\n"
                 "Anywhere:\n"
                 "  Ctrl+Z, Ctrl+Y\tundo, redo\n"
                 "  Ctrl+F, F3\tfind an item, find the next\n"
                 "  Ctrl+1 to Ctrl+5\tItems, Agree, Actions, Dashboard, Compare\n"
                 "  F7, Shift+F7\trate as the next or the previous rater\n"
                 "  F5\tpresent to the room: one item at a time, C shows the count per level,\n"
                 "  \ta level's number or N records the agreed level, W why, A an action, Esc leaves\n"
                 "  Ctrl+P\tprint the board report\n\n"
                 "While you type in the note, evidence or find boxes, digits and N are text.",
                 "Keyboard shortcuts", wxOK | wxICON_INFORMATION, parent);
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
