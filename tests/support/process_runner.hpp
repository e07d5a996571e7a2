#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ccg::test {

/// What a finished child process printed and how it ended.
struct ProcessResult {
    int exitCode = -1;  ///< -1 when killed by a signal
    std::string out;
    std::string err;
};

/// Runs `program` with a fixed argument vector (no shell), stdin from /dev/null.
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args);

/// How to run a program as an unprivileged user, so that file permissions apply (root ignores
/// them, and CI runs as root): as root, setpriv or runuser (util-linux) as `nobody`.
struct Unprivileged {
    std::vector<std::string> prefix;  ///< the command line before the program; empty when not root
    std::string user;                 ///< who the program runs as
};

/// The way to run as an unprivileged user, or nullopt (with `why` set) when this process is root
/// and neither setpriv nor runuser is installed.
std::optional<Unprivileged> unprivileged(std::string& why);

/// Runs `program` through `as` (see unprivileged()); stdout and stderr captured as runProcess does.
ProcessResult runProcessAs(const Unprivileged& as, const std::string& program, const std::vector<std::string>& args);

/// unprivileged(), checked to start `program --version`; throws when it cannot (the build tree
/// must be readable by that user), so a test fails rather than skips for it.
std::optional<Unprivileged> unprivilegedFor(const std::string& program, std::string& why);

/// Sets an environment variable (or removes it, given no value) until the object goes, then
/// puts back what was there; processes started meanwhile inherit it.
class ScopedVariable {
public:
    ScopedVariable(std::string name, const std::optional<std::string>& value);
    ~ScopedVariable();
    ScopedVariable(const ScopedVariable&) = delete;
    ScopedVariable& operator=(const ScopedVariable&) = delete;

private:
    std::string m_name;
    std::optional<std::string> m_saved;
};

/// A fresh, empty directory under the system temp folder, removed by the destructor.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] std::string file(const std::string& name) const { return m_path + "/" + name; }
    /// Lets every user read and enter the directory (an unprivileged child must reach its files).
    void openToAll() const;

private:
    std::string m_path;
};

/// The whole content of a file, or empty when it cannot be read.
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& content);

}  // namespace ccg::test
