// What we said we would do (PRODUCT.md §12) on the Actions page: the commitments a review carries,
// their outcomes and remarks recorded by the board, the follow-through rate; an approved review
// changes none of it.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/actions_panel.hpp"
#include "app/gui/autosave_text.hpp"
#include "app/gui/commitments_panel.hpp"
#include "app/gui/lock_line.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/wrapped_text.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/statusbr.h>

#include <stdexcept>

using namespace ccg;

namespace {

gui::CommitmentsPanel& commitmentsPage(gui::MainFrame& frame)
{
    frame.showPage(gui::MainFrame::Page::Actions);
    test::pump(100);
    gui::CommitmentsPanel* panel = frame.actionsPanel()->commitments();
    REQUIRE(panel);
    return *panel;
}

/// The list row of the commitment on `item`, or -1.
long rowOf(const gui::CommitmentsPanel& panel, const std::string& item)
{
    const wxListCtrl& list = *panel.list();
    for (long row = 0; row < list.GetItemCount(); ++row)
        if (list.GetItemText(row, 1) == wxString::FromUTF8(item))
            return row;
    return -1;
}

/// Shows the commitment on `item` as a click on its row does.
void pick(gui::CommitmentsPanel& panel, const std::string& item)
{
    const long row = rowOf(panel, item);
    REQUIRE(row >= 0);
    panel.selectRow(row);
    test::pump();
}

const Commitment& storedCommitment(const session::ReviewSession& session, const std::string& item)
{
    for (const auto& record : session.commitments())
        if (record.commitment.item == item)
            return record.commitment;
    FAIL("no commitment on " << item);
    throw std::logic_error("unreachable");
}

std::string rateText(const gui::CommitmentsPanel& panel)
{
    return panel.rateText()->text().utf8_string();
}

void signOffNow(session::ReviewSession& session)
{
    session.signOff({"2014-03-27", "Governing Body", "GB/14/1", "Dr Asha Patel", "Chair", ""});
    test::pump(50);
    REQUIRE(session.locked());
}

std::string statusText(gui::MainFrame& frame)
{
    return frame.GetStatusBar()->GetStatusText().utf8_string();
}

}  // namespace

TEST_CASE("A commitment's outcome and remark set on the Actions page survive switching and reopening the window",
          "[gui][follow-through]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    const std::string database = dir.file("demo.sqlite");
    auto* frame = test::openDemoFrame(database);
    auto& session = frame->session();
    REQUIRE(session.commitments().size() == 4);
    gui::CommitmentsPanel& page = commitmentsPage(*frame);
    CHECK(page.list()->IsShownOnScreen());
    CHECK(page.list()->GetItemCount() == 4);
    CHECK(rateText(page) ==
          "Follow-through: 50% (1 done, 1 partly done, 1 not done; 1 superseded and 0 pending left out)");

    const long notDone = rowOf(page, "lg-02");
    REQUIRE(notDone >= 0);
    page.selectRow(notDone);
    test::pump();
    CHECK(page.outcomeChoice()->GetStringSelection() == "Not done");
    test::choose(*page.outcomeChoice(), "Done");
    test::pump(50);
    CHECK(storedCommitment(session, "lg-02").outcome == CommitmentOutcome::Done);
    CHECK(rateText(page).rfind("Follow-through: 83% (2 done", 0) == 0);
    CHECK(page.list()->GetItemText(notDone, 0) == "Done");

    // A remark typed and left at once, before the pause that saves it, is kept.
    page.remarkBox()->SetFocus();
    page.remarkBox()->SetValue("Agreed with the council in March 2014.");
    pick(page, "gov-03");
    CHECK(storedCommitment(session, "lg-02").remark == "Agreed with the council in March 2014.");
    CHECK(page.remarkBox()->GetValue().StartsWith("Adopted in June 2013"));
    CHECK(page.outcomeChoice()->GetStringSelection() == "Done");
    pick(page, "lg-02");
    CHECK(page.remarkBox()->GetValue() == "Agreed with the council in March 2014.");

    // Typed and the window closed at once: stored too.
    page.remarkBox()->SetValue("Agreed with the council in March 2014; signed in April.");
    test::closeMainFrame(frame);

    frame = test::openMainFrame(database);
    REQUIRE(frame->session().hasReview());
    REQUIRE(frame->session().review().info.id == "2014-q1");
    const Commitment& reopened = storedCommitment(frame->session(), "lg-02");
    CHECK(reopened.outcome == CommitmentOutcome::Done);
    CHECK(reopened.remark == "Agreed with the council in March 2014; signed in April.");
    gui::CommitmentsPanel& again = commitmentsPage(*frame);
    pick(again, "lg-02");
    CHECK(again.outcomeChoice()->GetStringSelection() == "Done");
    CHECK(again.remarkBox()->GetValue() == "Agreed with the council in March 2014; signed in April.");
    CHECK(rateText(again).rfind("Follow-through: 83%", 0) == 0);
    test::closeMainFrame(frame);
}

TEST_CASE("Undo takes back a commitment's outcome", "[gui][follow-through]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    gui::CommitmentsPanel& page = commitmentsPage(*frame);
    pick(page, "gov-03");
    test::choose(*page.outcomeChoice(), "Superseded");
    test::pump(50);
    REQUIRE(storedCommitment(session, "gov-03").outcome == CommitmentOutcome::Superseded);
    CHECK(rateText(page).rfind("Follow-through: 25%", 0) == 0);

    test::runMenu(*frame, wxID_UNDO);
    test::pump(50);
    CHECK(storedCommitment(session, "gov-03").outcome == CommitmentOutcome::Done);
    CHECK(page.outcomeChoice()->GetStringSelection() == "Done");
    CHECK(rateText(page).rfind("Follow-through: 50%", 0) == 0);
    test::closeMainFrame(frame);
}

TEST_CASE("A remark longer than a commitment holds is cut to the limit, not refused", "[gui][follow-through]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    gui::CommitmentsPanel& page = commitmentsPage(*frame);
    pick(page, "pub-01");
    page.remarkBox()->SetValue(wxString(kMaxRationaleChars + 50, 'r'));
    page.flushEdits();
    test::pump();
    CHECK(storedCommitment(frame->session(), "pub-01").remark == std::string(kMaxRationaleChars, 'r'));
    CHECK(statusText(*frame).find("at most") != std::string::npos);
    test::closeMainFrame(frame);
}

TEST_CASE("On an approved review the Actions page changes nothing and says why", "[gui][follow-through][lock]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    gui::CommitmentsPanel& page = commitmentsPage(*frame);
    gui::ActionsPanel& actions = *frame->actionsPanel();
    CHECK_FALSE(actions.lockLine()->IsShown());
    CHECK(page.outcomeChoice()->IsEnabled());
    CHECK(page.remarkBox()->IsEnabled());
    for (wxButton* button : actions.editButtons())
        CHECK(button->IsEnabled());

    signOffNow(session);
    CHECK(actions.lockLine()->IsShownOnScreen());
    CHECK(actions.lockLine()->text().utf8_string().find("approved") != std::string::npos);
    CHECK(actions.lockLine()->text().utf8_string().find("Reopen") != std::string::npos);
    CHECK_FALSE(page.outcomeChoice()->IsEnabled());
    CHECK_FALSE(page.remarkBox()->IsEnabled());
    for (wxButton* button : actions.editButtons()) {
        INFO(button->GetLabel().utf8_string());
        CHECK_FALSE(button->IsEnabled());
    }
    // Reading goes on: another commitment can be looked at.
    CHECK(page.list()->IsEnabled());
    pick(page, "prov-02");
    CHECK(page.outcomeChoice()->GetStringSelection() == "Superseded");
    CHECK_FALSE(page.outcomeChoice()->IsEnabled());

    // The commands refuse with the reason in the status bar, should one be reached.
    page.setOutcome(CommitmentOutcome::Done);
    actions.closeSelected();
    test::pump();
    CHECK(storedCommitment(session, "prov-02").outcome == CommitmentOutcome::Superseded);
    CHECK(statusText(*frame).find("approved") != std::string::npos);

    session.reopen("The minute named the wrong meeting");
    test::pump(50);
    CHECK_FALSE(actions.lockLine()->IsShown());
    CHECK(page.outcomeChoice()->IsEnabled());
    for (wxButton* button : actions.editButtons())
        CHECK(button->IsEnabled());
    test::closeMainFrame(frame);
}

TEST_CASE("A review without commitments says so on the Actions page", "[gui][follow-through]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    const auto earlier = frame->session().repository().findReview("99X", "2013-q1");
    REQUIRE(earlier);
    frame->session().openReview(*earlier);
    test::pump();
    gui::CommitmentsPanel& page = commitmentsPage(*frame);
    CHECK(rateText(page) == words::followThroughWords(FollowThrough{}));
    CHECK_FALSE(page.list()->IsShown());
    CHECK_FALSE(page.outcomeChoice()->IsShown());
    // 2013 is approved: the action buttons wait for a reopening.
    CHECK(frame->actionsPanel()->lockLine()->IsShownOnScreen());
    for (wxButton* button : frame->actionsPanel()->editButtons())
        CHECK_FALSE(button->IsEnabled());
    test::closeMainFrame(frame);
}

