// The agree view with two raters, undo and redo from the keyboard, find, and the remembered
// window layout.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/agree_panel.hpp"
#include "app/gui/autosave_text.hpp"
#include "app/gui/dashboard_panel.hpp"
#include "app/gui/rag_tile.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <wx/choice.h>
#include <wx/config.h>
#include <wx/listctrl.h>
#include <wx/splitter.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

using namespace ccg;
using Catch::Approx;

namespace {

/// Picks a rater in the "Rating as" choice as the user would.
void chooseRater(gui::MainFrame& frame, const wxString& label)
{
    test::choose(*frame.raterChoice(), label);
}

/// Domain score when `itemId` alone in its domain counts `level` (the others unanswered, 0).
double domainScoreWithOnly(const Checklist& checklist, const std::string& itemId, int level)
{
    const Domain* domain = checklist.domainOf(itemId);
    double total = 0;
    for (const auto& item : domain->items)
        total += item.weight;
    return 100.0 * checklist.findItem(itemId)->weight * level / checklist.maxLevel() / total;
}

}  // namespace

TEST_CASE("The agree view shows each rater's level and the spread, and the agreed level counts",
          "[gui][agree]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openFrameWithNewReview(dir.file("ccg.sqlite"));
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddRater), test::FillRater("Dr Asha Patel", "Chair"));
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddRater), test::FillRater("Mark Hollis", "Accountable Officer"));
    REQUIRE(frame->session().assessment().raters.size() == 2);
    CHECK(frame->session().currentRater() == "mark-hollis");  // a new rater starts rating at once

    const std::string item = frame->treePanel()->selectedItem();
    chooseRater(*frame, "Dr Asha Patel (Chair)");
    frame->treePanel()->tree()->SetFocus();
    test::pressKey('4');
    chooseRater(*frame, "Mark Hollis (Accountable Officer)");
    frame->treePanel()->tree()->SetFocus();
    test::pressKey('1');
    const Checklist& checklist = frame->session().checklist();
    const std::string domain = checklist.domainOf(item)->id;
    // Stops the test, rather than reading through a null score, when a key went astray.
    const auto domainScore = [&] {
        const auto* scored = frame->session().scores().findDomain(domain);
        REQUIRE(scored);
        REQUIRE(scored->score);
        return *scored->score;
    };
    // Lower median of {1, 4} is 1.
    CHECK(domainScore() == Approx(domainScoreWithOnly(checklist, item, 1)));

    frame->showPage(gui::MainFrame::Page::Agree);
    auto* agree = frame->agreePanel();
    wxListCtrl* list = agree->list();
    REQUIRE(list->GetColumnCount() == 7);  // item, two raters, spread, suggested, agreed, question
    wxListItem column;
    column.SetMask(wxLIST_MASK_TEXT);
    list->GetColumn(1, column);
    CHECK(column.GetText() == "Dr Asha Patel");
    CHECK(list->GetItemText(0, 0) == wxString(item));
    CHECK(list->GetItemText(0, 1) == "4");
    CHECK(list->GetItemText(0, 2) == "1");
    CHECK(list->GetItemText(0, 3) == "3");  // spread
    CHECK(list->GetItemText(0, 4) == "1");  // suggested: the lower median
    CHECK(list->GetItemBackgroundColour(0) != list->GetItemBackgroundColour(1));  // disagreement shows

    // Select the row and press 3: the board's agreed level replaces the median.
    agree->selectItem(item);
    list->SetFocus();
    test::pump(50);
    test::pressKey('3');
    const auto* agreed = frame->session().assessment().findAgreed(item);
    REQUIRE(agreed);
    CHECK((agreed->rating == Rating::at(3)));
    CHECK(list->GetItemText(0, 5) == "3");
    CHECK(domainScore() == Approx(domainScoreWithOnly(checklist, item, 3)));
    CHECK(frame->session().scores().findItem(item)->spread == 3);
    test::screenshot(*frame, "agree-two-raters");

    // The dashboard follows changes while it is on screen.
    frame->showPage(gui::MainFrame::Page::Dashboard);
    const auto tileScore = [&] {
        const auto& tiles = frame->dashboardPanel()->domainTiles();
        for (const auto* tile : tiles)
            if (tile->tile().title == checklist.domainOf(item)->title)
                return tile->tile().score;
        return std::optional<double>();
    };
    CHECK(*tileScore() == Approx(domainScoreWithOnly(checklist, item, 3)));
    wxUIActionSimulator().Char('z', wxMOD_CONTROL);
    test::pump(100);
    CHECK_FALSE(frame->session().assessment().findAgreed(item));
    CHECK(*tileScore() == Approx(domainScoreWithOnly(checklist, item, 1)));
    test::closeMainFrame(frame);
}

TEST_CASE("Ctrl+Z and Ctrl+Y undo and redo a rating and a note", "[gui][undo]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openFrameWithNewReview(dir.file("ccg.sqlite"));
    const std::string item = frame->treePanel()->selectedItem();
    test::pressKey('2');
    test::pressKey('3');
    CHECK((frame->session().currentRating(item) == Rating::at(3)));

    wxUIActionSimulator simulator;
    simulator.Char('z', wxMOD_CONTROL);
    test::pump(80);
    CHECK((frame->session().currentRating(item) == Rating::at(2)));
    simulator.Char('y', wxMOD_CONTROL);
    test::pump(80);
    CHECK((frame->session().currentRating(item) == Rating::at(3)));

    // Typed and undone before the autosave fires: Undo takes back the whole of what was typed.
    auto* note = frame->itemPanel()->noteBox();
    note->SetFocus();
    test::pump(50);
    test::typeText("Needs a named lead");
    simulator.Char('z', wxMOD_CONTROL);
    test::pump(80);
    CHECK(frame->session().currentNote(item).empty());
    CHECK(note->GetValue().empty());
    CHECK((frame->session().currentRating(item) == Rating::at(3)));
    simulator.Char('y', wxMOD_CONTROL);
    test::pump(80);
    CHECK(frame->session().currentNote(item) == "Needs a named lead");
    CHECK(note->GetValue() == "Needs a named lead");
    test::closeMainFrame(frame);
}

TEST_CASE("Ctrl+F finds an item by its text", "[gui][find]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openFrameWithNewReview(dir.file("ccg.sqlite"));
    test::runMenu(*frame, wxID_FIND);
    test::typeText("conflicts of interest");
    const std::string found = frame->treePanel()->selectedItem();
    const Item* item = frame->session().checklist().findItem(found);
    REQUIRE(item);
    const std::string text = item->question + item->rationale + item->guidance;
    CHECK(text.find("onflicts of interest") != std::string::npos);
    CHECK(frame->itemPanel()->itemId() == found);
    // Digits typed in the find box are text too.
    CHECK_FALSE(frame->session().currentRating(found));
    test::closeMainFrame(frame);
}

TEST_CASE("The window comes back with the size, position and splitter it was left with", "[gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    frame->SetSize(40, 30, 1100, 760);
    auto* splitter = dynamic_cast<wxSplitterWindow*>(frame->treePanel()->GetParent());
    REQUIRE(splitter);
    splitter->SetSashPosition(333);
    test::pump(100);
    const wxRect rect = frame->GetRect();
    test::closeMainFrame(frame);
    CHECK(wxConfigBase::Get()->ReadLong("/Window/Width", 0) == rect.width);

    frame = test::openMainFrame(dir.file("ccg.sqlite"));
    CHECK(frame->GetSize() == rect.GetSize());
    CHECK(frame->GetPosition() == rect.GetPosition());
    splitter = dynamic_cast<wxSplitterWindow*>(frame->treePanel()->GetParent());
    CHECK(splitter->GetSashPosition() == 333);
    test::closeMainFrame(frame);
}
