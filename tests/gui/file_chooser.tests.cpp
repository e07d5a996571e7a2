// Every file dialog starts in the folder last used for its kind of file, across restarts, and
// somewhere that exists when that folder has gone.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"

#include "app/gui/file_chooser.hpp"
#include "app/gui/folder_memory.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <filesystem>
#include <map>
#include <memory>
#include <vector>

using namespace ccg;

namespace {

/// Settings in a file of the test's own in place of the fixture's; restart() reads them back
/// from the file as the next start of the application would.
class OwnSettings {
public:
    explicit OwnSettings(std::string path) : m_path(std::move(path)) { m_fixture = wxConfigBase::Set(open()); }
    ~OwnSettings() { delete wxConfigBase::Set(m_fixture); }
    OwnSettings(const OwnSettings&) = delete;
    OwnSettings& operator=(const OwnSettings&) = delete;

    void restart()
    {
        delete wxConfigBase::Set(nullptr);  // written to the file as it goes
        wxConfigBase::Set(open());
    }

private:
    [[nodiscard]] wxConfigBase* open() const
    {
        return new wxFileConfig("ccg-selfassess-tests", wxString(), wxString::FromUTF8(m_path), wxString(),
                                wxCONFIG_USE_LOCAL_FILE);
    }

    std::string m_path;
    wxConfigBase* m_fixture = nullptr;
};

/// Answers every file dialog with the file (or folder) given for its kind, noting each request.
class Answers {
public:
    std::map<gui::FileKind, std::string> chosen;
    std::vector<gui::FileRequest> asked;

    void attach(gui::MainFrame& frame)
    {
        frame.setFileChooser([this](wxWindow*, const gui::FileRequest& request) {
            asked.push_back(request);
            wxArrayString paths;
            paths.push_back(wxString::FromUTF8(chosen.at(request.kind)));
            return paths;
        });
    }
    /// Where the last dialog started.
    [[nodiscard]] std::string lastStart() const
    {
        REQUIRE_FALSE(asked.empty());
        return asked.back().startFolder.utf8_string();
    }
};

std::string defaultFolder()
{
    return gui::FolderMemory::defaultFolder().utf8_string();
}

}  // namespace

TEST_CASE("With nothing remembered, a dialog starts in the documents folder, or the home folder", "[gui][files]")
{
    REQUIRE_GUI();
    const std::string start = defaultFolder();
    REQUIRE_FALSE(start.empty());
    CHECK(std::filesystem::is_directory(start));
    const bool documentsOrHome = start == wxStandardPaths::Get().GetDocumentsDir().utf8_string() ||
                                 start == wxGetHomeDir().utf8_string();
    CHECK(documentsOrHome);
}

TEST_CASE("A file dialog starts in the folder last used for its kind of file, also after a restart", "[gui][files]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    test::TempDir reports;
    test::TempDir forms;
    OwnSettings settings(dir.file("settings.ini"));
    Answers answers;
    answers.chosen[gui::FileKind::BoardReport] = reports.file("board.pdf");
    answers.chosen[gui::FileKind::ActionPlan] = dir.file("plan.xlsx");
    answers.chosen[gui::FileKind::RatingForms] = forms.path();
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    answers.attach(*frame);

    test::runMenu(*frame, gui::kIdSaveReport);
    CHECK(answers.lastStart() == defaultFolder());
    REQUIRE(std::filesystem::exists(reports.file("board.pdf")));
    test::runMenu(*frame, gui::kIdSaveReport);
    CHECK(answers.lastStart() == reports.path());
    // Another kind of file keeps its own folder.
    test::runMenu(*frame, gui::kIdExportActionPlan);
    CHECK(answers.lastStart() == defaultFolder());
    test::runMenu(*frame, gui::kIdExportActionPlan);
    CHECK(answers.lastStart() == dir.path());
    // A folder chosen is remembered itself, not its parent.
    REQUIRE_FALSE(frame->session().assessment().raters.empty());
    test::runMenu(*frame, gui::kIdSendForms);
    INFO(frame->lastMessage().utf8_string());
    CHECK(answers.lastStart() == defaultFolder());
    test::runMenu(*frame, gui::kIdSendForms);
    CHECK(answers.lastStart() == forms.path());
    test::closeMainFrame(frame);

    settings.restart();
    frame = test::openMainFrame(dir.file("demo.sqlite"));
    REQUIRE(frame->session().hasReview());
    answers.attach(*frame);
    test::runMenu(*frame, gui::kIdSaveReport);
    CHECK(answers.lastStart() == reports.path());
    test::runMenu(*frame, gui::kIdSendForms);
    CHECK(answers.lastStart() == forms.path());
    test::closeMainFrame(frame);
}

TEST_CASE("A dialog whose last folder has gone starts in the default folder and still saves", "[gui][files]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    OwnSettings settings(dir.file("settings.ini"));
    auto gone = std::make_unique<test::TempDir>();
    const std::string goneFolder = gone->path();
    Answers answers;
    answers.chosen[gui::FileKind::BoardReport] = gone->file("board.html");
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    answers.attach(*frame);
    test::runMenu(*frame, gui::kIdSaveReport);
    REQUIRE(std::filesystem::exists(gone->file("board.html")));
    gone.reset();  // the folder is deleted (or the stick it was on taken out)
    REQUIRE_FALSE(std::filesystem::exists(goneFolder));

    answers.chosen[gui::FileKind::BoardReport] = dir.file("board.html");
    test::runMenu(*frame, gui::kIdSaveReport);
    CHECK(answers.lastStart() == defaultFolder());
    CHECK(std::filesystem::exists(dir.file("board.html")));
    // The new folder replaces the lost one.
    test::runMenu(*frame, gui::kIdSaveReport);
    CHECK(answers.lastStart() == dir.path());
    test::closeMainFrame(frame);
}

TEST_CASE("A cancelled dialog remembers nothing", "[gui][files]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    OwnSettings settings(dir.file("settings.ini"));
    const gui::FileChooser cancel = gui::rememberingFolders([](wxWindow*, const gui::FileRequest&) { return wxArrayString(); });
    const gui::FileRequest request{gui::FileKind::Answers, false, "Import an answers file"};
    CHECK(cancel(nullptr, request).empty());
    wxString stored;
    CHECK_FALSE(wxConfigBase::Get()->Read(gui::FolderMemory::key(gui::FileKind::Answers), &stored));
    CHECK(gui::FolderMemory::startFolder(gui::FileKind::Answers).utf8_string() == defaultFolder());
}
