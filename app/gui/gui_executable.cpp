// ccg-selfassess-gui: the desktop application, started by `ccg-selfassess` without a command.
#include "app/gui/gui_main.hpp"
#include "app/launcher/launcher.hpp"

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!ccg::launcher::wantsGui(args)) {
        std::fprintf(stderr, "Usage: ccg-selfassess [--db DATABASE]   (commands: ccg-selfassess --help)\n");
        return 2;
    }
    return ccg::gui::runGui(argc, argv);
}
