#include "app/gui/screen_fit.hpp"

#include <wx/display.h>
#include <wx/window.h>

#include <algorithm>

namespace ccg::gui {

wxRect fittedRect(const wxSize& wanted, const wxRect& workArea)
{
    // A little of the screen shows round the window, so it reads as a window and not the desktop.
    const int margin = std::min(workArea.width, workArea.height) / 40;
    const wxSize room(std::max(1, workArea.width - 2 * margin), std::max(1, workArea.height - 2 * margin));
    const wxSize size(std::clamp(wanted.x, 1, room.x), std::clamp(wanted.y, 1, room.y));
    return {workArea.x + (workArea.width - size.x) / 2, workArea.y + (workArea.height - size.y) / 2, size.x, size.y};
}

wxRect workAreaOf(const wxWindow* window)
{
    const int found = window ? wxDisplay::GetFromWindow(window) : wxNOT_FOUND;
    return wxDisplay(found == wxNOT_FOUND ? 0u : static_cast<unsigned>(found)).GetClientArea();
}

}  // namespace ccg::gui
