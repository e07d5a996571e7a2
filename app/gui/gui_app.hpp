#pragma once

#include <wx/app.h>

#include <filesystem>

namespace ccg::gui {

/// The wxWidgets application: opens the database, finds the resources, shows the main window.
class GuiApp : public wxApp {
public:
    /// `database` empty means the default database in the user's data folder.
    explicit GuiApp(std::filesystem::path database) : m_database(std::move(database)) {}

    bool Initialize(int& argc, wxChar** argv) override;
    bool OnInit() override;
    bool OnExceptionInMainLoop() override;

private:
    std::filesystem::path m_database;
};

}  // namespace ccg::gui
