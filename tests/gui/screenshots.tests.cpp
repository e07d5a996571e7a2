// Pictures of the main window, the agree view and the dashboard on the demo review, written
// to ${CCG_BINARY_DIR}/screenshots for people to look at.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/action_dialog.hpp"
#include "app/gui/agree_panel.hpp"
#include "app/gui/command_ids.hpp"
#include "app/gui/dashboard_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/organisation_dialog.hpp"
#include "app/gui/rag_tile.hpp"
#include "app/gui/rater_dialog.hpp"
#include "app/gui/review_dialog.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/listctrl.h>
#include <wx/splitter.h>

#include <filesystem>

using namespace ccg;

TEST_CASE("Screenshots of the main window, agree view and dashboard on the demo review", "[gui][screenshots]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("demo.sqlite"));
    frame->SetSize(0, 0, 1400, 900);
    if (auto* splitter = dynamic_cast<wxSplitterWindow*>(frame->treePanel()->GetParent()))
        splitter->SetSashPosition(400);
    test::pump(100);
    CHECK(std::filesystem::exists(test::screenshot(*frame, "first-run")));
    test::runMenu(*frame, gui::kIdOpenDemo);
    test::pump(150);
    REQUIRE(frame->session().hasReview());
    CHECK(frame->session().review().info.id == "2014-q1");
    frame->goToItem("gov-02");
    test::pump(200);
    CHECK(std::filesystem::exists(test::screenshot(*frame, "main-window")));

    frame->showPage(gui::MainFrame::Page::Agree);
    frame->agreePanel()->selectItem("org-05");
    test::pump(200);
    CHECK(std::filesystem::exists(test::screenshot(*frame, "agree-view")));

    frame->showPage(gui::MainFrame::Page::Dashboard);
    test::pump(300);
    CHECK(frame->dashboardPanel()->IsShownOnScreen());
    CHECK(std::filesystem::exists(test::screenshot(*frame, "dashboard")));

    frame->showPage(gui::MainFrame::Page::Actions);
    test::pump(200);
    CHECK(std::filesystem::exists(test::screenshot(*frame, "actions")));
    test::closeMainFrame(frame);
}

TEST_CASE("Screenshots of the dialogs", "[gui][screenshots]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));

    const auto shoot = [](wxDialog* dialog, const std::string& name) {
        dialog->Show();
        test::pump(200);
        CHECK(std::filesystem::exists(test::screenshot(*dialog, name)));
        dialog->Destroy();
        test::pump(50);
    };
    shoot(new gui::OrganisationDialog(frame), "dialog-organisation");
    shoot(new gui::ReviewDialog(frame, frame->session().repository(), frame->session().review().organisationId,
                                CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml"),
          "dialog-review");
    shoot(new gui::RaterDialog(frame, {}), "dialog-rater");
    shoot(new gui::ActionDialog(frame, frame->session().checklist(), frame->session().actions().front().action,
                                "Edit action"),
          "dialog-action");
    test::closeMainFrame(frame);
}
