#include "app/gui/gui_main.hpp"

#include "app/gui/gui_app.hpp"

namespace ccg::gui {

bool wantsGui(const std::vector<std::string>& args)
{
    return args.empty() || (args.size() == 2 && args[0] == "--db");
}

int runGui(int argc, char** argv)
{
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
