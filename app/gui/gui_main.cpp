#include "app/gui/gui_main.hpp"

#include "app/gui/gui_app.hpp"

#include <cstdio>
#include <cstdlib>

namespace ccg::gui {

int runGui(int argc, char** argv)
{
    // Without a display GTK aborts; say what to do instead.
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!x11 || !*x11) && (!wayland || !*wayland)) {
        std::fprintf(stderr, "ccg-selfassess: there is no display for the desktop application.\n"
                             "Run it in a desktop session, or use a command: ccg-selfassess --help\n");
        return 2;
    }
    std::filesystem::path database;
    if (argc == 3)
        database = argv[2];
    // wxEntry takes ownership of the application object.
    wxApp::SetInstance(new GuiApp(database));
    char* programOnly[] = {argv[0], nullptr};
    int one = 1;
    return wxEntry(one, programOnly);
}

}  // namespace ccg::gui
