// ccg-selfassess-cli: the command line, started by `ccg-selfassess` with a command.
#include "app/cli/command.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    ccg::cli::Streams streams{std::cout, std::cerr};
    return ccg::cli::runCommandLine(args, streams);
}
