#include "app/launcher/launcher.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <unistd.h>

namespace ccg::launcher {

bool wantsGui(const std::vector<std::string>& args)
{
    return args.empty() || (args.size() == 2 && args[0] == "--db");
}

std::filesystem::path findHalf(const std::filesystem::path& self, const std::string& name)
{
    const std::filesystem::path dir = self.parent_path();
    for (const auto& candidate : {dir / name, dir / ".." / "libexec" / name}) {
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate, error) && access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return {};
}

int launch(int argc, char** argv)
{
    const bool gui = wantsGui(std::vector<std::string>(argv + 1, argv + argc));
    const std::string name = gui ? kGuiExecutable : kCliExecutable;
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    const auto half = error ? std::filesystem::path() : findHalf(self, name);
    if (half.empty()) {
        if (gui)
            std::fprintf(stderr, "ccg-selfassess: the desktop application (%s) is not installed beside this "
                                 "program.\nThe commands still work: ccg-selfassess --help\n",
                         name.c_str());
        else
            std::fprintf(stderr, "ccg-selfassess: the command line (%s) is not installed beside this program.\n",
                         name.c_str());
        return 2;
    }
    execv(half.c_str(), argv);
    std::fprintf(stderr, "ccg-selfassess: cannot start %s: %s\n", half.c_str(), std::strerror(errno));
    return 2;
}

}  // namespace ccg::launcher
