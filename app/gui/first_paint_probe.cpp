#include "app/gui/first_paint_probe.hpp"

#include <wx/app.h>
#include <wx/frame.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace ccg::gui {

namespace {

void probe(wxWindow& window)
{
    // The tree is painted by wxWidgets itself, so its first paint event marks a drawn window.
    window.Bind(wxEVT_PAINT, [&window](wxPaintEvent& event) {
        event.Skip();
        static bool done = false;
        if (done)
            return;
        done = true;
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        std::printf("first-paint %lld\n",
                    static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
        std::fflush(stdout);
        window.CallAfter([&window] { wxTheApp->ExitMainLoop(); });
    });
}

}  // namespace

void watchFirstPaint(wxFrame& frame)
{
    if (!std::getenv("CCG_FIRST_PAINT_EXIT"))
        return;
    if (wxWindow* tree = wxWindow::FindWindowByName("item-tree", &frame))
        probe(*tree);
    else
        probe(frame);
}

}  // namespace ccg::gui
