// ccg-selfassess: the command line, and the way into the desktop application (a separate
// executable, so that commands never load wxWidgets).
#include "app/cli/command.hpp"
#include "app/launcher/gui_launcher.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (ccg::launcher::wantsGui(args))
        return ccg::launcher::launchGui(argv);
    ccg::cli::Streams streams{std::cout, std::cerr};
    return ccg::cli::runCommandLine(args, streams);
}
