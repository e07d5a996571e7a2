#pragma once

namespace ccg::gui {

/// Runs the desktop application (arguments: none, or `--db PATH`) until its last window closes; returns the exit status.
int runGui(int argc, char** argv);

}  // namespace ccg::gui
