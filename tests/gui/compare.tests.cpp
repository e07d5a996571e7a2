// The Compare page: the open review beside the one before it, on the demo organisation.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/compare_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/choice.h>
#include <wx/listctrl.h>

#include <filesystem>

using namespace ccg;

namespace {

long rowOf(wxListCtrl& list, const wxString& firstColumn)
{
    for (long row = 0; row < list.GetItemCount(); ++row)
        if (list.GetItemText(row, 0) == firstColumn)
            return row;
    return -1;
}

/// Imports the demo's 2013 answers as board 88W called `name` (its first rater renamed `raterName`
/// when one is given); the imported review is then open.
void importOtherBoard(session::ReviewSession& session, const test::TempDir& dir, const std::string& name,
                      const std::string& raterName = {})
{
    std::string answers = test::readFile(CCG_SOURCE_DIR "/resources/demo/northmoor-2013.xml");
    const std::string board = R"(code="99X" name="NHS Northmoor CCG")";
    answers.replace(answers.find(board), board.size(), "code=\"88W\" name=\"" + name + "\"");
    if (!raterName.empty()) {
        const std::string rater = "<rater id=\"";
        const auto at = answers.find("name=\"", answers.find(rater));
        answers.replace(at, answers.find('"', at + 6) - at + 1, "name=\"" + raterName + "\"");
    }
    test::writeFile(dir.file("other-board.xml"), answers);
    session.importAnswers(dir.file("other-board.xml"));
}

}  // namespace

TEST_CASE("Compare shows the demo's 2014 review beside 2013, domain by domain and item by item", "[gui][compare]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    REQUIRE(frame->session().review().info.id == "2014-q1");

    test::runMenu(*frame, gui::kIdPageCompare);
    test::pump(150);
    auto* compare = frame->comparePanel();
    REQUIRE(compare->IsShownOnScreen());
    const auto expected = frame->session().comparison();
    REQUIRE(expected);
    const Checklist& checklist = frame->session().checklist();

    // One row per domain and one for the whole review.
    wxListCtrl& domains = *compare->domainList();
    REQUIRE(domains.GetItemCount() == static_cast<int>(checklist.domains.size()) + 1);
    CHECK(domains.GetItemText(domains.GetItemCount() - 1, 0) == "Overall");
    CHECK(domains.GetItemText(domains.GetItemCount() - 1, 5) == wxString::Format("%+.1f", *expected->overall.change));
    CHECK(compare->summary().Contains(wxString::Format("%d items improved", expected->improved)));

    // Every item, its levels as the session compares them.
    wxListCtrl& items = *compare->itemList();
    REQUIRE(items.GetItemCount() == static_cast<int>(expected->items.size()));
    for (const auto& item : expected->items) {
        const long row = rowOf(items, wxString::FromUTF8(item.itemId));
        REQUIRE(row >= 0);
        CHECK(items.GetItemText(row, 1) == wxString::FromUTF8(item.previous));
        CHECK(items.GetItemText(row, 2) == wxString::FromUTF8(item.current));
    }
    test::screenshot(*frame, "compare");

    // The board agreeing a new level changes the comparison on screen.
    const std::string item = expected->items.front().itemId;
    frame->session().setAgreed(item, Rating::at(4));
    frame->showPage(gui::MainFrame::Page::Compare);
    test::pump(50);
    CHECK(items.GetItemText(rowOf(items, wxString::FromUTF8(item)), 2) == "4");

    // Opening a row goes to the item.
    const long row = rowOf(items, "gov-03");
    REQUIRE(row >= 0);
    wxListEvent activate(wxEVT_LIST_ITEM_ACTIVATED, items.GetId());
    activate.SetEventObject(&items);
    activate.m_itemIndex = row;
    items.GetEventHandler()->ProcessEvent(activate);
    test::pump(50);
    CHECK(frame->treePanel()->selectedItem() == "gov-03");
    CHECK(frame->currentPage() == gui::MainFrame::Page::Items);
    test::closeMainFrame(frame);
}

TEST_CASE("Compare on a review without a previous one says how to get one", "[gui][compare]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    test::createReviewByMenu(*frame);
    REQUIRE_FALSE(frame->session().comparison());
    test::runMenu(*frame, gui::kIdPageCompare);
    test::pump(50);
    CHECK(frame->comparePanel()->summary().Contains("copy of this one"));
    CHECK_FALSE(frame->comparePanel()->itemList()->IsShown());
    test::closeMainFrame(frame);
}

TEST_CASE("Compare sets the review beside another board's review of the same checklist", "[gui][compare]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const storage::RowId northmoor = session.review().id;

    importOtherBoard(session, dir, "NHS Westfield CCG");
    session.openReview(northmoor);

    test::runMenu(*frame, gui::kIdPageCompare);
    test::pump(100);
    auto* compare = frame->comparePanel();
    wxChoice& with = *compare->reviewChoice();
    // The previous review is offered first and chosen; the other board comes after it.
    REQUIRE(with.GetCount() == 2);
    CHECK(with.GetSelection() == 0);
    CHECK(with.GetString(0).StartsWith("Previous review: NHS Northmoor CCG"));
    CHECK(compare->summary().Contains("items improved"));

    test::choose(with, "NHS Westfield CCG: Shadow board baseline review 2013 (2013-03-15)");
    const auto offered = session.comparableReviews();
    REQUIRE(offered.size() == 2);
    const auto expected = session.comparisonWith(offered[1].id);
    CHECK(compare->summary().Contains(wxString::Format("%d items higher in this review, %d lower", expected.improved,
                                                       expected.declined)));
    wxListCtrl& items = *compare->itemList();
    wxListItem header;
    header.SetMask(wxLIST_MASK_TEXT);
    items.GetColumn(1, header);
    CHECK(header.GetText() == "Compared");
    REQUIRE(items.GetItemCount() == static_cast<int>(expected.items.size()));
    for (const auto& item : expected.items) {
        const long row = rowOf(items, wxString::FromUTF8(item.itemId));
        REQUIRE(row >= 0);
        CHECK(items.GetItemText(row, 1) == wxString::FromUTF8(item.previous));
        CHECK(items.GetItemText(row, 2) == wxString::FromUTF8(item.current));
    }
    test::screenshot(*frame, "compare-other-board");

    // The choice stays when the page refreshes after an edit.
    session.setAgreed(expected.items.front().itemId, Rating::at(4));
    frame->showPage(gui::MainFrame::Page::Compare);
    test::pump(50);
    CHECK(with.GetSelection() == 1);
    CHECK(items.GetItemText(rowOf(items, wxString::FromUTF8(expected.items.front().itemId)), 2) == "4");
    test::closeMainFrame(frame);
}

TEST_CASE("Very long names from an imported file do not widen the window", "[gui][compare]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const storage::RowId northmoor = session.review().id;

    // An answers file may carry names of any length: another board with a 3,000-character name,
    // and a rater with one.
    importOtherBoard(session, dir, std::string(3000, 'W'), std::string(3000, 'R'));
    REQUIRE(session.assessment().raters.front().name == std::string(3000, 'R'));
    test::pump(100);
    const int screenWidth = 1600;
    wxWindow* raterBar = test::child<wxChoice>(frame, "rater")->GetParent();
    CHECK(raterBar->GetEffectiveMinSize().x < screenWidth);

    session.openReview(northmoor);
    test::runMenu(*frame, gui::kIdPageCompare);
    test::pump(100);
    REQUIRE(frame->comparePanel()->reviewChoice()->GetCount() == 2);
    CHECK(frame->comparePanel()->GetEffectiveMinSize().x < screenWidth);
    CHECK(frame->GetSize().x <= 1400);
    test::closeMainFrame(frame);
}
