// ccg-selfassess: the desktop application without arguments, the command line with them.
#include "app/cli/command.hpp"

#include <iostream>
#include <string>
#include <vector>

#ifdef CCG_WITH_GUI
#include "app/gui/gui_main.hpp"
#endif

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
#ifdef CCG_WITH_GUI
    if (ccg::gui::wantsGui(args))
        return ccg::gui::runGui(argc, argv);
#endif
    ccg::cli::Streams streams{std::cout, std::cerr};
    return ccg::cli::runCommandLine(args, streams);
}
