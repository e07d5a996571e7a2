#include "app/gui/gui_app.hpp"

#include "app/gui/app_icon.hpp"
#include "app/gui/environment_default.hpp"
#include "app/gui/first_paint_probe.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/user_locale.hpp"
#include "app/gui/window_state.hpp"
#include "app/session/resource_paths.hpp"
#include "app/storage/repository.hpp"

#include <wx/image.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>

#include <exception>

namespace ccg::gui {

bool GuiApp::Initialize(int& argc, wxChar** argv)
{
    // GDK probes OpenGL when it opens the display, to pick its visuals, and that loads Mesa (with
    // LLVM where rendering is in software): about 80 ms of start-up and 55 MiB here. We draw with
    // cairo only. The variable lives only while GTK starts, so nothing we run later inherits it.
    const EnvironmentDefault noOpenGl("GDK_GL", "disable");
    return wxApp::Initialize(argc, argv);
}

bool GuiApp::OnInit()
{
    // No base OnInit: it would parse the command line, and `--db PATH` is ours.
    SetAppName("ccg-selfassess");
    SetAppDisplayName("CCG Self-Assessment");
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    delete wxLog::SetActiveTarget(new wxLogStderr);
    wxImage::AddHandler(new wxPNGHandler);
    useUserLocale();

    std::filesystem::path database = m_database;
    try {
        if (database.empty()) {
            database = storage::defaultDatabasePath();
            std::filesystem::create_directories(database.parent_path());
        }
        // A database on a share that cannot be written still opens, to be read (the status bar says so).
        storage::OpenOptions options;
        options.access = storage::Access::ReadOnlyIfUnwritable;
        auto repository = storage::Repository::open(database, options);
        // The review is read on another thread while the window is built.
        session::ReviewPreload preload(repository, lastOpenedReview(database));
        const session::ResourcePaths resources = session::locateResources();
        auto* frame = new MainFrame(std::move(repository), resources);
        watchFirstPaint(*frame);
        frame->Show();
        frame->startUp(preload.take());
        // The icon only decorates the window: decoding it can wait until the window is drawn.
        frame->CallAfter([frame, dir = resources.iconDir] { frame->SetIcons(appIcons(dir)); });
    } catch (const std::exception& error) {
        wxMessageBox(wxString::FromUTF8(std::string("The database ") + database.string() +
                                        " cannot be opened.\n\n" + error.what()),
                     "CCG Self-Assessment", wxOK | wxICON_ERROR);
        return false;
    }
    return true;
}

bool GuiApp::OnExceptionInMainLoop()
{
    // A safety net only: handlers catch their own errors and show them in the window.
    try {
        throw;
    } catch (const std::exception& error) {
        wxLogError("Unexpected error: %s", error.what());
    } catch (...) {
        wxLogError("Unexpected error.");
    }
    return true;
}

}  // namespace ccg::gui
