// What a first-time user hit: a message bar that would not close and outlived its news, status
// messages that never went, a tree that jumped on a letter, a click that cleared a rating.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"

#include "app/gui/item_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/button.h>
#include <wx/infobar.h>
#include <wx/statusbr.h>
#include <wx/tglbtn.h>
#include <wx/treectrl.h>

using namespace ccg;

namespace {

void click(wxWindow& button, wxEventType type)
{
    wxCommandEvent event(type, button.GetId());
    event.SetEventObject(&button);
    button.GetEventHandler()->ProcessEvent(event);
    test::pump(50);
}

}  // namespace

TEST_CASE("The message bar closes with its button and goes when the next command runs", "[gui][messages]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    frame->showError("Something went wrong before.");
    REQUIRE(frame->infoBar()->IsShown());
    // GTK's own bar reports its close button as a wxID_CLOSE button event on the bar.
    wxCommandEvent close(wxEVT_BUTTON, wxID_CLOSE);
    close.SetEventObject(frame->infoBar());
    frame->infoBar()->GetEventHandler()->ProcessEvent(close);
    test::pump(400);  // the bar slides away
    CHECK_FALSE(frame->infoBar()->IsShown());

    frame->showWarning("A stale warning.");
    REQUIRE(frame->infoBar()->IsShown());
    test::runMenu(*frame, gui::kIdPageDashboard);  // any next command
    test::pump(400);
    CHECK_FALSE(frame->infoBar()->IsShown());
    test::closeMainFrame(frame);
}

TEST_CASE("A status message goes after a while", "[gui][messages]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    frame->showStatus("Created NHS St Mary's.");
    CHECK(frame->GetStatusBar()->GetStatusText(0) == "Created NHS St Mary's.");
    REQUIRE(frame->statusTimer().IsRunning());
    CHECK(frame->statusTimer().GetInterval() == gui::MainFrame::kStatusMilliseconds);
    wxTimerEvent expired(frame->statusTimer());
    frame->GetEventHandler()->ProcessEvent(expired);
    CHECK(frame->GetStatusBar()->GetStatusText(0).empty());
    test::closeMainFrame(frame);
}

TEST_CASE("A letter typed in the tree does not jump to another item", "[gui][keyboard]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    frame->treePanel()->tree()->SetFocus();
    test::pump(50);
    const std::string before = frame->treePanel()->selectedItem();
    test::pressKey('h');
    test::pressKey('o');
    CHECK(frame->treePanel()->selectedItem() == before);
    CHECK(frame->GetStatusBar()->GetStatusText(0).Contains("Ctrl+F"));
    test::closeMainFrame(frame);
}

TEST_CASE("Clicking the chosen level keeps it, Clear rating and Delete take it back, undoably", "[gui][rating]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const std::string item = frame->treePanel()->selectedItem();
    auto* two = dynamic_cast<wxToggleButton*>(wxWindow::FindWindowByName("level-2", frame->itemPanel()));
    auto* clear = dynamic_cast<wxButton*>(wxWindow::FindWindowByName("clear-rating", frame->itemPanel()));
    REQUIRE(two);
    REQUIRE(clear);
    click(*two, wxEVT_TOGGLEBUTTON);
    REQUIRE(session.currentRating(item) == Rating::at(2));
    CHECK(clear->IsEnabled());
    click(*two, wxEVT_TOGGLEBUTTON);
    CHECK(session.currentRating(item) == Rating::at(2));  // still rated

    click(*clear, wxEVT_BUTTON);
    CHECK_FALSE(session.currentRating(item));
    CHECK_FALSE(clear->IsEnabled());
    test::runMenu(*frame, wxID_UNDO);
    CHECK(session.currentRating(item) == Rating::at(2));

    frame->treePanel()->tree()->SetFocus();
    test::pump(50);
    test::pressKey(WXK_DELETE);
    CHECK_FALSE(session.currentRating(item));
    test::closeMainFrame(frame);
}
