#pragma once

#include <string>
#include <vector>

namespace ccg::gui {

/// True when the arguments ask for the desktop application: none, or only `--db PATH`.
bool wantsGui(const std::vector<std::string>& args);

/// Runs the desktop application until its last window closes; returns the exit status.
int runGui(int argc, char** argv);

}  // namespace ccg::gui
