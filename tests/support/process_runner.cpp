#include "process_runner.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

extern char** environ;

namespace ccg::test {

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args)
{
    TempDir capture;
    const std::string outPath = capture.file("stdout");
    const std::string errPath = capture.file("stderr");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& arg : args)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error("cannot start " + program);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
    }
    ProcessResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    return result;
}

std::optional<Unprivileged> unprivileged(std::string& why)
{
    if (::geteuid() != 0)
        return Unprivileged{{}, "the current user"};
    for (const char* setpriv : {"/usr/bin/setpriv", "/bin/setpriv"})
        if (::access(setpriv, X_OK) == 0)
            return Unprivileged{{setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"}, "nobody"};
    for (const char* runuser : {"/usr/sbin/runuser", "/sbin/runuser"})
        if (::access(runuser, X_OK) == 0)
            return Unprivileged{{runuser, "-u", "nobody", "--"}, "nobody"};
    why = "running as root and neither setpriv nor runuser (util-linux) is installed to run as an unprivileged user";
    return std::nullopt;
}

ProcessResult runProcessAs(const Unprivileged& as, const std::string& program, const std::vector<std::string>& args)
{
    if (as.prefix.empty())
        return runProcess(program, args);
    std::vector<std::string> command(as.prefix.begin() + 1, as.prefix.end());
    command.push_back(program);
    command.insert(command.end(), args.begin(), args.end());
    return runProcess(as.prefix.front(), command);
}

std::optional<Unprivileged> unprivilegedFor(const std::string& program, std::string& why)
{
    auto as = unprivileged(why);
    if (as && runProcessAs(*as, program, {"--version"}).exitCode != 0)
        throw std::runtime_error(program + " does not start as " + as->user +
                                 ": the build tree and tests/data must be readable by that user");
    return as;
}

ScopedVariable::ScopedVariable(std::string name, const std::optional<std::string>& value)
    : m_name(std::move(name))
{
    if (const char* old = std::getenv(m_name.c_str()))
        m_saved = old;
    if (value)
        setenv(m_name.c_str(), value->c_str(), 1);
    else
        unsetenv(m_name.c_str());
}

ScopedVariable::~ScopedVariable()
{
    if (m_saved)
        setenv(m_name.c_str(), m_saved->c_str(), 1);
    else
        unsetenv(m_name.c_str());
}

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "ccg-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary directory");
    m_path = pattern;
}

void TempDir::openToAll() const
{
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                                             std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                                             std::filesystem::perms::others_exec);
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeFile(const std::string& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
}

}  // namespace ccg::test
