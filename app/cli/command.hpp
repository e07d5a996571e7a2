#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace ccg::cli {

/// Exit statuses of PRODUCT.md §6.
enum ExitStatus : int { kExitOk = 0, kExitInvalidInput = 1, kExitUsage = 2 };

/// Where a command writes: results to `out`, diagnostics to `err`.
struct Streams {
    std::ostream& out;
    std::ostream& err;
};

/// One subcommand of `ccg-selfassess`.
struct Command {
    std::string name;
    std::string synopsis;  ///< one usage line, e.g. "score --checklist C --answers A [--format json|text]"
    std::string summary;   ///< one sentence for --help
    int (*run)(const std::vector<std::string>& args, Streams& streams);
};

/// Every subcommand, in the order --help lists them.
const std::vector<Command>& commands();

/// Runs `ccg-selfassess ARGS...` without the GUI; `args` excludes the program name.
/// Usage errors give 2, invalid input 1; no exception escapes.
int runCommandLine(const std::vector<std::string>& args, Streams& streams);

}  // namespace ccg::cli
