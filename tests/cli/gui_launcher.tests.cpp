// ccg-selfassess without a command starts the desktop application, a separate executable found
// beside it (build tree) or in ../libexec (installed).
#include "app/launcher/gui_launcher.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>

#include <sys/stat.h>

namespace fs = std::filesystem;
using ccg::launcher::findGuiExecutable;
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

TEST_CASE("The desktop application is found beside the command, else in ../libexec", "[cli][launcher]")
{
    ccg::test::TempDir dir;
    const fs::path root = dir.path();
    const fs::path self = root / "bin" / "ccg-selfassess";
    makeExecutable(self);
    CHECK(findGuiExecutable(self).empty());

    makeExecutable(root / "libexec" / "ccg-selfassess-gui");
    CHECK(fs::equivalent(findGuiExecutable(self), root / "libexec" / "ccg-selfassess-gui"));

    makeExecutable(root / "bin" / "ccg-selfassess-gui");
    CHECK(findGuiExecutable(self) == root / "bin" / "ccg-selfassess-gui");
}

TEST_CASE("A file that is not executable is not taken for the desktop application", "[cli][launcher]")
{
    ccg::test::TempDir dir;
    const fs::path self = fs::path(dir.path()) / "ccg-selfassess";
    makeExecutable(fs::path(dir.path()) / "ccg-selfassess-gui", false);
    CHECK(findGuiExecutable(self).empty());
    fs::create_directories(fs::path(dir.path()) / "libexec" / "ccg-selfassess-gui");  // a folder
    CHECK(findGuiExecutable(self).empty());
}

TEST_CASE("Without the desktop application beside it the command says so and exits 2", "[cli][launcher]")
{
    ccg::test::TempDir dir;
    const fs::path alone = fs::path(dir.path()) / "ccg-selfassess";
    fs::copy_file(CCG_EXECUTABLE, alone);
    const auto result = ccg::test::runProcess(alone.string(), {});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("desktop application") != std::string::npos);
    CHECK(result.err.find("--help") != std::string::npos);
    // Commands work without it.
    CHECK(ccg::test::runProcess(alone.string(), {"--version"}).exitCode == 0);
}
