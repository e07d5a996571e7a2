// Started without a display, the application explains itself instead of crashing in GTK.
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace {

/// Unsets an environment variable for the life of the object.
class WithoutVariable {
public:
    explicit WithoutVariable(const char* name) : m_name(name)
    {
        if (const char* value = std::getenv(name))
            m_saved = value;
        unsetenv(name);
    }
    ~WithoutVariable()
    {
        if (m_saved)
            setenv(m_name, m_saved->c_str(), 1);
    }
    WithoutVariable(const WithoutVariable&) = delete;
    WithoutVariable& operator=(const WithoutVariable&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_saved;
};

}  // namespace

TEST_CASE("Without a display the application says so, exits 2 and touches no database", "[gui][cli]")
{
    ccg::test::TempDir dir;
    const std::string database = dir.file("never.sqlite");
    const WithoutVariable noX("DISPLAY");
    const WithoutVariable noWayland("WAYLAND_DISPLAY");
    const auto result = ccg::test::runProcess(CCG_EXECUTABLE, {"--db", database});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("no display") != std::string::npos);
    CHECK(result.err.find("--help") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(database));
}
