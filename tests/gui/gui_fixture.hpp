#pragma once

#include "ccg_catch.hpp"

#include "app/storage/repository.hpp"

#include <filesystem>
#include <string>

class wxWindow;

namespace ccg::gui {
class MainFrame;
}

namespace ccg::test {

/// Starts wxWidgets once per process (config in a temporary file, logs to stderr); false
/// when there is no display to start it on.
bool guiAvailable();

/// Lets the event loop run for about `ms` milliseconds (at least one pass).
void pump(int ms = 30);

/// How a main window finds its first review: read ahead on another thread as the application
/// does, or the usual way (what the application falls back on when that fails).
enum class FirstReview { Preloaded, ReadAfterShow };

/// Opens a main window on a database file, shown and started as the application does it.
gui::MainFrame* openMainFrame(const std::filesystem::path& database, FirstReview first = FirstReview::Preloaded,
                              storage::Access access = storage::Access::ReadWrite);

/// Closes a main window as the user would and waits until it is gone.
void closeMainFrame(gui::MainFrame* frame);

/// Saves what `window` shows as ${CCG_BINARY_DIR}/screenshots/<name>.png; returns the path.
std::string screenshot(wxWindow& window, const std::string& name);

}  // namespace ccg::test

/// Skips the running test when no display is available (CI always has one).
#define REQUIRE_GUI()                                                       \
    do {                                                                    \
        if (!::ccg::test::guiAvailable())                                   \
            SKIP("no display: GUI tests need X (run under xvfb-run)");       \
    } while (false)
