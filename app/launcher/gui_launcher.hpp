#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ccg::launcher {

/// True when the arguments ask for the desktop application: none, or only `--db PATH`.
bool wantsGui(const std::vector<std::string>& args);

/// Where the desktop application lies relative to the command-line executable `self`: beside
/// it in a build tree, or in `../libexec/` once installed. Empty when neither exists.
std::filesystem::path findGuiExecutable(const std::filesystem::path& self);

/// Replaces this process with the desktop application, passing `argv` on unchanged. Returns
/// only when that fails, with exit status 2 and the reason on stderr.
int launchGui(char** argv);

}  // namespace ccg::launcher
