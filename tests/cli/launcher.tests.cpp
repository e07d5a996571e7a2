// ccg-selfassess starts one of two separate executables, the desktop application (no command)
// or the command line, found beside it (build tree) or in ../libexec (installed).
#include "app/launcher/launcher.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>

#include <sys/stat.h>

namespace fs = std::filesystem;
using ccg::launcher::findHalf;
using ccg::launcher::kCliExecutable;
using ccg::launcher::kGuiExecutable;
using ccg::launcher::wantsGui;

namespace {

void makeExecutable(const fs::path& path, bool executable = true)
{
    fs::create_directories(path.parent_path());
    ccg::test::writeFile(path.string(), "#!/bin/sh\n");
    chmod(path.c_str(), executable ? 0755 : 0644);
}

}  // namespace

TEST_CASE("Only no arguments, or --db with a path, ask for the desktop application", "[cli][launcher]")
{
    CHECK(wantsGui({}));
    CHECK(wantsGui({"--db", "/tmp/board.sqlite"}));
    CHECK_FALSE(wantsGui({"--db"}));
    CHECK_FALSE(wantsGui({"list", "--db", "x"}));
    CHECK_FALSE(wantsGui({"--help"}));
    CHECK_FALSE(wantsGui({"--db", "x", "--version"}));
}

TEST_CASE("Each half is found beside the launcher, else in ../libexec", "[cli][launcher]")
{
    ccg::test::TempDir dir;
    const fs::path root = dir.path();
    const fs::path self = root / "bin" / "ccg-selfassess";
    makeExecutable(self);
    CHECK(findHalf(self, kGuiExecutable).empty());

    makeExecutable(root / "libexec" / "ccg-selfassess-gui");
    CHECK(fs::equivalent(findHalf(self, kGuiExecutable), root / "libexec" / "ccg-selfassess-gui"));

    makeExecutable(root / "bin" / "ccg-selfassess-gui");
    CHECK(findHalf(self, kGuiExecutable) == root / "bin" / "ccg-selfassess-gui");
    CHECK(findHalf(self, kCliExecutable).empty());
    makeExecutable(root / "libexec" / "ccg-selfassess-cli");
    CHECK(fs::equivalent(findHalf(self, kCliExecutable), root / "libexec" / "ccg-selfassess-cli"));
}

TEST_CASE("A file that is not executable is not taken for the desktop application", "[cli][launcher]")
{
    ccg::test::TempDir dir;
    const fs::path self = fs::path(dir.path()) / "ccg-selfassess";
    makeExecutable(fs::path(dir.path()) / "ccg-selfassess-gui", false);
    CHECK(findHalf(self, kGuiExecutable).empty());
    fs::create_directories(fs::path(dir.path()) / "libexec" / "ccg-selfassess-gui");  // a folder
    CHECK(findHalf(self, kGuiExecutable).empty());
}

TEST_CASE("Without the desktop application beside it the command says so and exits 2", "[cli][launcher]")
{
    ccg::test::TempDir dir;
    const fs::path alone = fs::path(dir.path()) / "ccg-selfassess";
    fs::copy_file(CCG_EXECUTABLE, alone);
    fs::copy_file(fs::path(CCG_EXECUTABLE).parent_path() / kCliExecutable, fs::path(dir.path()) / kCliExecutable);
    const auto result = ccg::test::runProcess(alone.string(), {});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("desktop application") != std::string::npos);
    CHECK(result.err.find("--help") != std::string::npos);
    // Commands work without it.
    const auto version = ccg::test::runProcess(alone.string(), {"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.find("ccg-selfassess") != std::string::npos);
}

TEST_CASE("Without the command line beside it a command says so and exits 2", "[cli][launcher]")
{
    ccg::test::TempDir dir;
    const fs::path alone = fs::path(dir.path()) / "ccg-selfassess";
    fs::copy_file(CCG_EXECUTABLE, alone);
    const auto result = ccg::test::runProcess(alone.string(), {"--version"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("command line (ccg-selfassess-cli) is not installed") != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("The launcher passes every argument on to the command line unchanged", "[cli][launcher]")
{
    // An argument with spaces, quotes and a semicolon reaches the command as one word, never a shell.
    ccg::test::TempDir dir;
    const std::string hostile = std::string(dir.path()) + "/no such; 'file' \"here\".xml";
    const auto result = ccg::test::runProcess(CCG_EXECUTABLE, {"validate", hostile});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find(hostile) != std::string::npos);
}
