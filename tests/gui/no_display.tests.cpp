// Started without a display, the application explains itself instead of crashing in GTK.
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <optional>
#include <string>

TEST_CASE("Without a display the application says so, exits 2 and touches no database", "[gui][cli]")
{
    ccg::test::TempDir dir;
    const std::string database = dir.file("never.sqlite");
    const ccg::test::ScopedVariable noX("DISPLAY", std::nullopt);
    const ccg::test::ScopedVariable noWayland("WAYLAND_DISPLAY", std::nullopt);
    const auto result = ccg::test::runProcess(CCG_EXECUTABLE, {"--db", database});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("no display") != std::string::npos);
    CHECK(result.err.find("--help") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(database));
}
