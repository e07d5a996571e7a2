#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ccg::launcher {

/// The two halves `ccg-selfassess` starts: each loads only the libraries it needs, so a
/// command never loads wxWidgets and GTK, and the desktop application never loads the
/// command line's report libraries before its window is up.
inline constexpr const char* kGuiExecutable = "ccg-selfassess-gui";
inline constexpr const char* kCliExecutable = "ccg-selfassess-cli";

/// True when the arguments ask for the desktop application: none, or only `--db PATH`.
bool wantsGui(const std::vector<std::string>& args);

/// Where the half named `name` lies relative to the launcher `self`: beside it in a build tree,
/// or in `../libexec/` once installed. Empty when neither exists.
std::filesystem::path findHalf(const std::filesystem::path& self, const std::string& name);

/// Replaces this process with the desktop application or the command line, as the arguments
/// ask, passing `argv` on unchanged (so messages still name `ccg-selfassess`). Returns only
/// when that fails, with exit status 2 and the reason on stderr.
int launch(int argc, char** argv);

}  // namespace ccg::launcher
