// The baseline of the start-up benchmark: the smallest wx application with a frame and a
// panel, reporting its first paint exactly as ccg-selfassess does under CCG_FIRST_PAINT_EXIT.
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/panel.h>

#include <chrono>
#include <cstdio>

namespace {

class MinimalApp : public wxApp {
public:
    bool OnInit() override
    {
        auto* frame = new wxFrame(nullptr, wxID_ANY, "Minimal", wxDefaultPosition, wxSize(1280, 820));
        auto* panel = new wxPanel(frame);
        panel->Bind(wxEVT_PAINT, [panel](wxPaintEvent& event) {
            event.Skip();
            static bool done = false;
            if (done)
                return;
            done = true;
            const auto now = std::chrono::system_clock::now().time_since_epoch();
            std::printf("first-paint %lld\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            panel->CallAfter([] { wxTheApp->ExitMainLoop(); });
        });
        frame->Show();
        return true;
    }
};

}  // namespace

wxIMPLEMENT_APP(MinimalApp);
