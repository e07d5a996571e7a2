#include "gui_fixture.hpp"

#include "app/gui/environment_default.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/user_locale.hpp"
#include "app/gui/window_state.hpp"
#include "app/session/resource_paths.hpp"
#include "process_runner.hpp"

#include <wx/app.h>
#include <wx/dcmemory.h>
#include <wx/dcclient.h>
#include <wx/evtloop.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/log.h>
#include <wx/stopwatch.h>
#include <wx/uiaction.h>
#include <wx/weakref.h>

#include <cstdlib>
#include <iostream>
#include <memory>

namespace ccg::test {

namespace {

/// wxWidgets for the whole test process: started on first use, cleaned up at exit.
class WxRuntime {
public:
    WxRuntime()
    {
        const char* display = std::getenv("DISPLAY");
        if (!display || !*display)
            return;
        wxApp::SetInstance(new wxApp);
        static int argc = 1;
        static char name[] = "ccg-gui-tests";
        static char* argv[] = {name, nullptr};
        {
            // As the application starts GTK: without probing OpenGL (see GuiApp::Initialize).
            const gui::EnvironmentDefault noOpenGl("GDK_GL", "disable");
            if (!wxEntryStart(argc, argv))
                return;
        }
        wxTheApp->SetAppName("ccg-selfassess-tests");
        gui::useUserLocale();  // as the application starts
        delete wxLog::SetActiveTarget(new wxLogStderr);
        wxLog::SetLogLevel(wxLOG_Warning);
        // Failed wx assertions are test failures, printed rather than shown in a dialog.
        wxSetAssertHandler([](const wxString& file, int line, const wxString&, const wxString& cond,
                              const wxString& message) {
            std::cerr << "wx assertion failed: " << file << ":" << line << ": " << cond << " " << message << "\n";
            ++assertions;
        });
        wxImage::AddHandler(new wxPNGHandler);
        // The pointer starts mid-screen, where a tooltip would cover the screenshots.
        wxUIActionSimulator().MouseMove(wxPoint(4000, 4000));
        // Settings go to a file of the test's own, never the user's configuration.
        m_config = std::make_unique<TempDir>();
        wxConfigBase::Set(new wxFileConfig("ccg-selfassess-tests", wxString(), m_config->file("settings.ini"),
                                           wxString(), wxCONFIG_USE_LOCAL_FILE));
        m_loop = std::make_unique<wxEventLoop>();
        wxEventLoopBase::SetActive(m_loop.get());
        m_ok = true;
    }

    ~WxRuntime()
    {
        if (!m_ok)
            return;
        delete wxConfigBase::Set(nullptr);
        wxEventLoopBase::SetActive(nullptr);
        m_loop.reset();
        wxEntryCleanup();
    }

    [[nodiscard]] bool ok() const { return m_ok; }
    static inline int assertions = 0;

private:
    bool m_ok = false;
    std::unique_ptr<TempDir> m_config;
    std::unique_ptr<wxEventLoop> m_loop;
};

WxRuntime& runtime()
{
    static WxRuntime instance;
    return instance;
}

}  // namespace

bool guiAvailable()
{
    return runtime().ok();
}

void pump(int ms)
{
    wxStopWatch watch;
    do {
        // Not Dispatch(): this loop is never Run(), but yielding lets GTK lay out and draw.
        wxEventLoopBase::GetActive()->YieldFor(wxEVT_CATEGORY_ALL);
        wxTheApp->ProcessPendingEvents();
        wxTheApp->ProcessIdle();
        wxMilliSleep(2);
    } while (watch.Time() < ms);
}

gui::MainFrame* openMainFrame(const std::filesystem::path& database, FirstReview first, storage::Access access)
{
    // As the application starts: the review is read on another thread while the window is built.
    storage::OpenOptions options;
    options.access = access;
    auto repository = storage::Repository::open(database, options);
    std::optional<session::ReviewPreload> preload;
    if (first == FirstReview::Preloaded)
        preload.emplace(repository, gui::lastOpenedReview(database));
    auto* frame = new gui::MainFrame(std::move(repository), session::sourceLayout(CCG_SOURCE_DIR));
    frame->Show();
    frame->Raise();
    frame->startUp(preload ? preload->take() : std::nullopt);
    pump(200);
    return frame;
}

void closeMainFrame(gui::MainFrame* frame)
{
    wxWeakRef<wxWindow> watched(frame);
    frame->Close();
    for (int i = 0; i < 100 && watched; ++i)
        pump(10);
    REQUIRE_FALSE(watched);
}

std::string screenshot(wxWindow& window, const std::string& name)
{
    window.Refresh();
    window.Update();
    pump(400);
    const std::filesystem::path folder = std::filesystem::path(CCG_BINARY_DIR) / "screenshots";
    std::filesystem::create_directories(folder);
    const std::filesystem::path file = folder / (name + ".png");
    // The client area: what the window itself draws (a frame's menu bar is GTK's own).
    const wxSize size = window.GetClientSize();
    wxBitmap bitmap(size.x, size.y, 24);
    {
        wxClientDC source(&window);
        wxMemoryDC memory(bitmap);
        memory.Blit(0, 0, size.x, size.y, &source, 0, 0);
    }
    bitmap.SaveFile(wxString(file.string()), wxBITMAP_TYPE_PNG);
    return file.string();
}

}  // namespace ccg::test
