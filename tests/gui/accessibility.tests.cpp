// Keyboard and screen-reader basics: fields named by their labels, Alt+letter reaching them, Tab
// going the way a page reads. (Every page and dialog is also checked for names and Tab reach by
// the layout tests.)
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/accessible_names.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/organisation_dialog.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/uiaction.h>

#include <algorithm>
#include <vector>

using namespace ccg;

namespace {

void pressAlt(char letter)
{
    wxUIActionSimulator keyboard;
    keyboard.Char(letter, wxMOD_ALT);
    test::pump(60);
}

}  // namespace

TEST_CASE("The Items page's fields carry their labels' names and Alt+letter moves to them", "[gui][accessibility]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("names.sqlite"));
    frame->showPage(gui::MainFrame::Page::Items);
    test::pump(100);
    auto* note = test::child<wxTextCtrl>(frame, "note");
    auto* evidence = test::child<wxTextCtrl>(frame, "evidence");
    auto* target = wxWindow::FindWindowByName("target", frame);
    REQUIRE(note);
    REQUIRE(evidence);
    REQUIRE(target);
    CHECK(gui::accessibleName(*note) == "Note");
    CHECK(gui::accessibleName(*evidence) == "Evidence");
    CHECK(gui::accessibleName(*target) == "Target for this review");

    wxWindow::FindWindowByName("item-tree", frame)->SetFocus();
    test::pump(30);
    pressAlt('n');
    CHECK(wxWindow::FindFocus() == note);
    pressAlt('v');
    CHECK(wxWindow::FindFocus() == evidence);
    test::closeMainFrame(frame);
}

TEST_CASE("Tab on the Items page goes from the levels to the target, the note and the evidence", "[gui][accessibility]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("tab.sqlite"));
    frame->showPage(gui::MainFrame::Page::Items);
    test::pump(100);
    wxWindow* first = wxWindow::FindWindowByName("level-0", frame);
    REQUIRE(first);
    first->SetFocus();
    test::pump(30);
    std::vector<wxString> order;
    for (int step = 0; step < 14; ++step) {
        if (wxWindow* focus = wxWindow::FindFocus())
            order.push_back(focus->GetName());
        test::pressKey(WXK_TAB);
    }
    auto position = [&](const char* name) {
        return std::find(order.begin(), order.end(), wxString(name)) - order.begin();
    };
    INFO("order: " << wxJoin(wxArrayString(order.size(), order.data()), ' ').utf8_string());
    CHECK(position("level-na") < position("clear-rating"));
    CHECK(position("clear-rating") < position("item-guidance"));
    CHECK(position("item-guidance") < position("note"));
    CHECK(position("note") < position("evidence"));
    CHECK(position("evidence") < static_cast<long>(order.size()));
    test::closeMainFrame(frame);
}

TEST_CASE("A form dialog's labels name its fields and Alt+letter moves to each", "[gui][accessibility]")
{
    REQUIRE_GUI();
    gui::OrganisationDialog dialog(nullptr);
    dialog.Show();
    test::pump(100);
    auto* code = test::child<wxTextCtrl>(&dialog, "code");
    auto* name = test::child<wxTextCtrl>(&dialog, "name");
    REQUIRE(code);
    REQUIRE(name);
    CHECK(gui::accessibleName(*code) == "Code");
    CHECK(gui::accessibleName(*name) == "Name");
    code->SetFocus();
    test::pump(30);
    pressAlt('n');
    CHECK(wxWindow::FindFocus() == name);
    pressAlt('c');
    CHECK(wxWindow::FindFocus() == code);
    dialog.Hide();
}
