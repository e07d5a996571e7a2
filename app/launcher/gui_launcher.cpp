#include "app/launcher/gui_launcher.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <unistd.h>

namespace ccg::launcher {

namespace {

// The desktop application is its own executable so that every command runs without loading
// wxWidgets and GTK: those libraries alone cost a command-line run tens of milliseconds.
const char* const kGuiExecutable = "ccg-selfassess-gui";

}  // namespace

bool wantsGui(const std::vector<std::string>& args)
{
    return args.empty() || (args.size() == 2 && args[0] == "--db");
}

std::filesystem::path findGuiExecutable(const std::filesystem::path& self)
{
    const std::filesystem::path dir = self.parent_path();
    for (const auto& candidate : {dir / kGuiExecutable, dir / ".." / "libexec" / kGuiExecutable}) {
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate, error) && access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return {};
}

int launchGui(char** argv)
{
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    const auto gui = error ? std::filesystem::path() : findGuiExecutable(self);
    if (gui.empty()) {
        std::fprintf(stderr, "ccg-selfassess: the desktop application (%s) is not installed beside this "
                             "program.\nThe commands still work: ccg-selfassess --help\n",
                     kGuiExecutable);
        return 2;
    }
    execv(gui.c_str(), argv);
    std::fprintf(stderr, "ccg-selfassess: cannot start %s: %s\n", gui.c_str(), std::strerror(errno));
    return 2;
}

}  // namespace ccg::launcher
