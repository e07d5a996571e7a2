#include "layout_check.hpp"

#include <wx/anybutton.h>
#include <wx/bookctrl.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dcclient.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/splitter.h>
#include <wx/statbox.h>
#include <wx/statline.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/toolbar.h>
#include <wx/toplevel.h>

#include <sstream>

namespace ccg::test {

namespace {

// GTK rounds sizes of its own; a pixel either way is not a defect anyone can see.
constexpr int kSlack = 1;

std::string describe(wxWindow& window)
{
    std::ostringstream out;
    out << wxString(window.GetClassInfo()->GetClassName()).utf8_string() << " '" << window.GetName().utf8_string() << "'";
    wxString label = window.GetLabel();
    label.Replace("\n", " ");
    if (!label.empty())
        out << " \"" << label.Left(50).utf8_string() << (label.length() > 50 ? "…" : "") << "\"";
    return out.str();
}

std::string text(const wxRect& rect)
{
    std::ostringstream out;
    out << rect.width << "x" << rect.height << "+" << rect.x << "+" << rect.y;
    return out.str();
}

bool isContainer(wxWindow& window)
{
    // An HTML window is a scrolled panel that lays out its own text (found by name: the tests
    // need not link wx's HTML library for it).
    if (const wxClassInfo* html = wxClassInfo::FindClass("wxHtmlWindow"); html && window.IsKindOf(html))
        return false;
    return dynamic_cast<wxPanel*>(&window) || dynamic_cast<wxSplitterWindow*>(&window) ||
           dynamic_cast<wxBookCtrlBase*>(&window) || dynamic_cast<wxTopLevelWindow*>(&window) ||
           dynamic_cast<wxStaticBox*>(&window);
}

// Bars a frame places outside its client area, and windows of their own.
bool outsideLayout(wxWindow& window)
{
    return window.IsTopLevel() || dynamic_cast<wxStatusBar*>(&window) || dynamic_cast<wxToolBar*>(&window);
}

// The rectangle a child may occupy in its parent, on the screen: the client area, for a
// scrolled window the whole area it scrolls over, for a book the whole notebook (wxGTK gives
// pages positions relative to other origins, so everything is compared on the screen).
wxRect roomIn(wxWindow& parent)
{
    if (dynamic_cast<wxBookCtrlBase*>(&parent))
        return parent.GetScreenRect();
    wxRect room(parent.ClientToScreen(wxPoint(0, 0)), parent.GetClientSize());
    if (auto* scrolled = dynamic_cast<wxScrollHelperBase*>(&parent)) {
        room.SetPosition(parent.ClientToScreen(scrolled->CalcScrolledPosition(wxPoint(0, 0))));
        const wxSize virtualSize = parent.GetVirtualSize();
        room.width = std::max(room.width, virtualSize.x);
        room.height = std::max(room.height, virtualSize.y);
    }
    return room;
}

bool ellipsizes(wxWindow& window)
{
    return window.HasFlag(wxST_ELLIPSIZE_START) || window.HasFlag(wxST_ELLIPSIZE_MIDDLE) ||
           window.HasFlag(wxST_ELLIPSIZE_END);
}

// Controls whose whole text must show: their best size is what their text needs.
bool showsWholeText(wxWindow& window)
{
    if (auto* label = dynamic_cast<wxStaticText*>(&window))
        return !ellipsizes(*label) && !label->GetLabel().empty();
    if (auto* field = dynamic_cast<wxTextCtrl*>(&window))
        return !field->IsMultiLine();
    return dynamic_cast<wxAnyButton*>(&window) || dynamic_cast<wxCheckBox*>(&window) ||
           dynamic_cast<wxRadioButton*>(&window) || dynamic_cast<wxChoice*>(&window);
}

void checkSize(wxWindow& window, std::vector<std::string>& problems)
{
    const wxSize size = window.GetSize();
    if (showsWholeText(window)) {
        const wxSize best = window.GetBestSize();
        // A single-line field may be narrower than its text (it scrolls) but not shorter.
        const bool field = dynamic_cast<wxTextCtrl*>(&window) != nullptr;
        if ((!field && best.x > size.x + kSlack) || best.y > size.y + kSlack)
            problems.push_back(describe(window) + " is cut off: it is " + std::to_string(size.x) + "x" +
                               std::to_string(size.y) + " but needs " + std::to_string(best.x) + "x" +
                               std::to_string(best.y));
        return;
    }
    if (dynamic_cast<wxStaticLine*>(&window) || dynamic_cast<wxStaticText*>(&window))
        return;
    if (size.x <= 2 * kSlack || size.y <= 2 * kSlack)
        problems.push_back(describe(window) + " is shown but has no room (" + std::to_string(size.x) + "x" +
                           std::to_string(size.y) + ")");
    // A list or text box given a least height (rows it must show) squeezed below it: the sizer
    // ran out of room, and the rows are cut off.
    else if (const wxSize least = window.GetMinSize(); least.y > 0 && size.y + kSlack < least.y)
        problems.push_back(describe(window) + " is squeezed to " + std::to_string(size.y) + " px high, below the " +
                           std::to_string(least.y) + " it needs");
}

void walk(wxWindow& parent, std::vector<std::string>& problems)
{
    std::vector<wxWindow*> shown;
    for (wxWindow* child : parent.GetChildren())
        if (child->IsShown() && !outsideLayout(*child))
            shown.push_back(child);

    const wxRect room = roomIn(parent);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        wxWindow& child = *shown[i];
        const wxRect place = child.GetScreenRect();
        wxRect grown = room;
        grown.Inflate(kSlack);
        if (!grown.Contains(place))
            problems.push_back(describe(child) + " at " + text(place) + " lies outside " + describe(parent) +
                               " (" + text(room) + ")");
        for (std::size_t j = i + 1; j < shown.size(); ++j) {
            wxWindow& other = *shown[j];
            // A static box frames the controls inside it, which GTK may make its siblings.
            if (dynamic_cast<wxStaticBox*>(&child) || dynamic_cast<wxStaticBox*>(&other))
                continue;
            wxRect common = place;
            common.Intersect(other.GetScreenRect());
            if (common.width > kSlack && common.height > kSlack)
                problems.push_back(describe(child) + " overlaps " + describe(other) + " (" + text(common) + ")");
        }
        checkSize(child, problems);
        if (isContainer(child))
            walk(child, problems);
    }
}

}  // namespace

std::vector<std::string> layoutProblems(wxWindow& top)
{
    std::vector<std::string> problems;
    walk(top, problems);
    return problems;
}

int visibleLines(wxWindow& window)
{
    wxClientDC dc(&window);
    dc.SetFont(window.GetFont());
    const int line = std::max(1, dc.GetCharHeight());
    return window.GetClientSize().y / line;
}

}  // namespace ccg::test
