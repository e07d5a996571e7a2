// Blind rating in the desktop application: before reveal no page shows anyone's level but the
// current rater's; reveal asks, and then every page shows every rating.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"

#include "app/gui/agree_panel.hpp"
#include "app/gui/dashboard_panel.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/status_icons.hpp"
#include "app/session/review_session.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/infobar.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/treectrl.h>

using namespace ccg;

namespace {

/// Every text shown in `window` and below it: labels, list cells, tree item texts.
wxString shownText(wxWindow* window)
{
    wxString text;
    if (!window->IsShownOnScreen())
        return text;
    if (auto* label = dynamic_cast<wxStaticText*>(window))
        text += label->GetLabelText() + "\n";
    if (auto* list = dynamic_cast<wxListCtrl*>(window))
        for (long row = 0; row < list->GetItemCount(); ++row)
            for (int column = 0; column < list->GetColumnCount(); ++column)
                text += list->GetItemText(row, column) + "\t";
    for (wxWindow* child : window->GetChildren())
        text += shownText(child);
    return text;
}

}  // namespace

TEST_CASE("Before reveal a rater sees no other rater's level on any page", "[gui][round][blind]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("blind.sqlite"));
    frame->SetSize(0, 0, 1366, 768);
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdNewOrganisation), test::FillOrganisation("00Q", "NHS Example CCG"),
                  test::FillReview("2015", "Blind review 2015", true));
    REQUIRE(frame->session().ratingsHidden());
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddRater), test::FillRater("Dr Asha Patel", "Chair"));
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddRater), test::FillRater("Zed Quorn", "Lay member"));
    const std::string item = frame->treePanel()->selectedItem();

    // The lay member rates 1 (the chair's rating follows): the chair then rates 4.
    REQUIRE(frame->session().currentRater() == "zed-quorn");
    frame->treePanel()->tree()->SetFocus();
    test::pressKey('1');
    test::runMenu(*frame, gui::kIdNextRater);
    REQUIRE(frame->session().currentRater() == "dr-asha-patel");
    frame->treePanel()->tree()->SetFocus();
    test::pressKey('4');
    frame->session().setNote(item, "The chair's own note");
    REQUIRE(frame->session().ratedCount("dr-asha-patel") == 1);

    // As the lay member: nothing of the chair's anywhere.
    test::runMenu(*frame, gui::kIdPreviousRater);
    REQUIRE(frame->session().currentRater() == "zed-quorn");
    frame->goToItem(item);
    test::pump(100);
    const wxString items = shownText(frame);
    CHECK(items.Contains("Rating of Zed Quorn"));
    CHECK(items.Contains("1 of "));
    CHECK(items.Contains("Zed Quorn rated this 1"));
    CHECK_FALSE(items.Contains("All raters"));
    CHECK_FALSE(items.Contains("spread"));
    CHECK_FALSE(items.Contains("Asha Patel rated"));
    CHECK_FALSE(items.Contains("The chair's own note"));
    wxTreeCtrl* tree = frame->treePanel()->tree();
    for (wxTreeItemId node = tree->GetFirstVisibleItem(); node.IsOk(); node = tree->GetNextVisible(node))
        CHECK(tree->GetItemImage(node) != gui::iconIndex(session::ItemMark::Disagreement));
    test::screenshot(*frame, "blind-items-1366x768");

    frame->showPage(gui::MainFrame::Page::Agree);
    test::pump(100);
    CHECK(frame->agreePanel()->showsProgressOnly());
    const wxString agree = shownText(frame->agreePanel());
    CHECK(agree.Contains("Dr Asha Patel\t1 of"));
    CHECK(agree.Contains("Zed Quorn\t1 of"));
    CHECK_FALSE(agree.Contains("Suggested"));
    test::screenshot(*frame, "blind-agree-1366x768");

    frame->showPage(gui::MainFrame::Page::Dashboard);
    test::pump(100);
    const wxString dashboard = shownText(frame->dashboardPanel());
    CHECK(dashboard.Contains("Your own view: the scores count only Zed Quorn's ratings"));
    CHECK(frame->session().scores().findItem(item)->level == 1);
    test::screenshot(*frame, "blind-dashboard-1366x768");

    // The board paper waits for reveal.
    test::runMenu(*frame, gui::kIdSaveReport);
    CHECK(frame->infoBar()->IsShown());

    // Reveal asks first; saying no keeps everything hidden.
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdRevealRatings), wxExpectModal<wxMessageDialog>(wxID_NO));
    CHECK(frame->session().ratingsHidden());
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdRevealRatings), wxExpectModal<wxMessageDialog>(wxID_YES));
    CHECK_FALSE(frame->session().ratingsHidden());
    REQUIRE(frame->session().review().revealed);

    frame->showPage(gui::MainFrame::Page::Agree);
    test::pump(100);
    CHECK_FALSE(frame->agreePanel()->showsProgressOnly());
    wxListCtrl* list = frame->agreePanel()->list();
    CHECK(list->GetItemText(0, 1) == "4");
    CHECK(list->GetItemText(0, 2) == "1");
    CHECK(list->GetItemText(0, 3) == "3");  // spread
    test::screenshot(*frame, "revealed-agree-1366x768");
    frame->goToItem(item);
    test::pump(100);
    CHECK(shownText(frame).Contains("All raters"));
    test::closeMainFrame(frame);
}

TEST_CASE("Reopening a review goes on with the rater who rated last, not the first", "[gui][round]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    const std::string database = dir.file("raters.sqlite");
    auto* frame = test::openMainFrame(database);
    test::createReviewByMenu(*frame);
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddRater), test::FillRater("Dr Asha Patel", "Chair"));
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddRater), test::FillRater("Zed Quorn", "Lay member"));
    test::runMenu(*frame, gui::kIdNextRater);
    REQUIRE(frame->session().currentRater() == "dr-asha-patel");
    test::runMenu(*frame, gui::kIdNextRater);
    REQUIRE(frame->session().currentRater() == "zed-quorn");
    frame->treePanel()->tree()->SetFocus();
    test::pressKey('2');
    CHECK(frame->session().history().undoDescription() == "Rating of " + frame->treePanel()->selectedItem() +
                                                               " by Zed Quorn");
    test::closeMainFrame(frame);

    frame = test::openMainFrame(database);
    REQUIRE(frame->session().hasReview());
    CHECK(frame->session().currentRater() == "zed-quorn");
    test::closeMainFrame(frame);
}
