#include "accessibility_check.hpp"

#include "app/gui/accessible_names.hpp"
#include "gui_fixture.hpp"

#include <wx/anybutton.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/listctrl.h>
#include <wx/radiobut.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>
#include <wx/window.h>

#include <gtk/gtk.h>

#include <functional>
#include <map>
#include <set>
#include <sstream>

namespace ccg::test {

namespace {

bool isInput(wxWindow& window)
{
    if (const wxClassInfo* html = wxClassInfo::FindClass("wxHtmlWindow"); html && window.IsKindOf(html))
        return true;
    return dynamic_cast<wxTextCtrl*>(&window) || dynamic_cast<wxChoice*>(&window) ||
           dynamic_cast<wxAnyButton*>(&window) || dynamic_cast<wxCheckBox*>(&window) ||
           dynamic_cast<wxRadioButton*>(&window) || dynamic_cast<wxListCtrl*>(&window) ||
           dynamic_cast<wxTreeCtrl*>(&window) || dynamic_cast<wxDatePickerCtrlBase*>(&window);
}

std::string describe(wxWindow& window)
{
    std::ostringstream out;
    out << wxString(window.GetClassInfo()->GetClassName()).utf8_string() << " '" << window.GetName().utf8_string() << "'";
    const wxString label = window.GetLabel().Left(50);
    if (!label.empty())
        out << " \"" << label.utf8_string() << "\"";
    return out.str();
}

// Every shown, enabled input of `top`, not entering the inputs themselves (a list's header, a date
// picker's button are parts of one control).
std::vector<wxWindow*> inputsOf(wxWindow& top)
{
    std::vector<wxWindow*> found;
    std::function<void(wxWindow&)> walk = [&](wxWindow& window) {
        for (wxWindow* child : window.GetChildren()) {
            if (child->IsTopLevel() || !child->IsShownOnScreen() || !child->IsEnabled())
                continue;
            if (isInput(*child))
                found.push_back(child);
            else
                walk(*child);
        }
    };
    walk(top);
    return found;
}

// The window holding the keyboard focus. wx does not know its own control has the focus when GTK
// gave it to a part of a native control (a choice's button): ask GTK, and find whose part it is.
wxWindow* focusedWindow(wxWindow& top)
{
    if (wxWindow* focus = wxWindow::FindFocus())
        return focus;
    GtkWidget* widget = gtk_window_get_focus(GTK_WINDOW(top.GetHandle()));
    std::map<GtkWidget*, wxWindow*> windows;
    std::function<void(wxWindow&)> collect = [&](wxWindow& window) {
        windows[window.GetHandle()] = &window;
        for (wxWindow* child : window.GetChildren())
            collect(*child);
    };
    collect(top);
    for (; widget; widget = gtk_widget_get_parent(widget))
        if (auto found = windows.find(widget); found != windows.end() && found->second != &top)
            return found->second;
    return nullptr;
}

}  // namespace

std::vector<std::string> unnamedControls(wxWindow& top)
{
    std::vector<std::string> problems;
    for (wxWindow* input : inputsOf(top))
        if (gui::accessibleName(*input).empty())
            problems.push_back(describe(*input) + ": no accessible name");
    return problems;
}

std::vector<std::string> unreachableControls(wxWindow& top)
{
    const std::vector<wxWindow*> inputs = inputsOf(top);
    if (inputs.empty())
        return {};
    // Where the focus has been, with every window holding it: a list takes the focus in its
    // inner window, a date picker in its text box.
    std::set<wxWindow*> reached;
    top.Raise();
    inputs.front()->SetFocus();
    pump(20);
    // Real key presses, as a keyboard user moves: wx and GTK each have a hand in where Tab goes.
    wxUIActionSimulator keyboard;
    for (std::size_t step = 0; step < 2 * inputs.size() + 10; ++step) {
        wxWindow* focus = focusedWindow(top);
        if (!focus) {
            // The focus is outside the window's controls for a moment (GTK's own stop at the
            // dialog's edge): go on.
            keyboard.Char(WXK_TAB);
            pump(5);
            continue;
        }
        for (wxWindow* holder = focus; holder && holder != &top; holder = holder->GetParent())
            reached.insert(holder);
        if (reached.size() > 1 && focus == inputs.front() && step > inputs.size())
            break;  // round once
        keyboard.Char(WXK_TAB);
        pump(5);
    }
    std::vector<std::string> problems;
    for (wxWindow* input : inputs)
        if (!reached.count(input))
            problems.push_back(describe(*input) + ": never reached with Tab");
    return problems;
}

}  // namespace ccg::test
