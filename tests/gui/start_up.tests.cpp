// How the desktop application starts: what it asks of GTK, and what it leaves alone.
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/environment_default.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <dlfcn.h>

#include <cstdlib>
#include <optional>
#include <string>

using namespace ccg;

namespace {

std::optional<std::string> variable(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::optional<std::string>(value) : std::nullopt;
}

/// The real application, started on an empty database; it exits on its first paint. With
/// LD_DEBUG=files the loader lists on stderr every library the process loads.
test::ProcessResult startApplicationListingLibraries(const std::optional<std::string>& gdkGl)
{
    test::TempDir dir;
    const test::ScopedVariable firstPaint("CCG_FIRST_PAINT_EXIT", "1");
    const test::ScopedVariable config("XDG_CONFIG_HOME", dir.file("config"));
    const test::ScopedVariable data("XDG_DATA_HOME", dir.file("data"));
    const test::ScopedVariable listLibraries("LD_DEBUG", "files");
    const test::ScopedVariable userGl("GDK_GL", gdkGl);
    return test::runProcess(CCG_EXECUTABLE, {"--db", dir.file("ccg.sqlite")});
}

bool loadedOpenGl(const std::string& loaderLog)
{
    return loaderLog.find("libGLX_mesa") != std::string::npos || loaderLog.find("libGL.so") != std::string::npos;
}

}  // namespace

TEST_CASE("An environment default holds only while it lives and never overrides the user", "[gui][start-up]")
{
    const test::ScopedVariable clean("CCG_TEST_DEFAULT", std::nullopt);
    SECTION("unset: set for the object's life, then gone")
    {
        {
            const gui::EnvironmentDefault setting("CCG_TEST_DEFAULT", "disable");
            CHECK_FALSE(setting.userChose());
            CHECK(variable("CCG_TEST_DEFAULT") == "disable");
        }
        CHECK_FALSE(variable("CCG_TEST_DEFAULT"));
    }
    SECTION("set by the user, even to nothing: kept as it was")
    {
        const std::string users = GENERATE(std::string("always"), std::string());
        const test::ScopedVariable chosen("CCG_TEST_DEFAULT", users);
        {
            const gui::EnvironmentDefault setting("CCG_TEST_DEFAULT", "disable");
            CHECK(setting.userChose());
            CHECK(variable("CCG_TEST_DEFAULT") == users);
        }
        CHECK(variable("CCG_TEST_DEFAULT") == users);
    }
}

TEST_CASE("The desktop application starts without loading OpenGL, which it never draws with", "[gui][start-up]")
{
    REQUIRE_GUI();
    const auto result = startApplicationListingLibraries(std::nullopt);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("first-paint ") != std::string::npos);
    CHECK(result.err.find("libgtk-3") != std::string::npos);  // the list is there to read
    CHECK_FALSE(loadedOpenGl(result.err));
}

TEST_CASE("A GDK_GL the user set is left to GTK", "[gui][start-up]")
{
    REQUIRE_GUI();
    void* gl = dlopen("libGL.so.1", RTLD_LAZY | RTLD_LOCAL);
    if (!gl)
        SKIP("no OpenGL library on this machine, so GTK has nothing to load");
    dlclose(gl);
    // Empty means "no GL flags" to GTK, so it probes OpenGL as it would for any program.
    const auto result = startApplicationListingLibraries(std::string());
    REQUIRE(result.exitCode == 0);
    CHECK(loadedOpenGl(result.err));
}
