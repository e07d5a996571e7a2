// Sign-off in the desktop application (PRODUCT.md §12): Review > Sign off records the approval
// and locks the review's editing commands, Review > Reopen asks why and unlocks them; the level
// of assurance chosen in the Report menu is stored with who and when; a new review that follows
// on from an earlier one carries its open actions as commitments.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/main_frame.hpp"
#include "app/gui/sign_off_dialog.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/datectrl.h>
#include <wx/menu.h>

using namespace ccg;

namespace {

/// Answers the sign-off dialog; with `complete` false leaves the minute empty, then cancels.
class FillSignOff : public wxExpectModalBase<gui::SignOffDialog, FillSignOff> {
public:
    explicit FillSignOff(bool complete = true) : m_complete(complete) {}

protected:
    int OnInvoked(gui::SignOffDialog* dialog) const override
    {
        test::child<wxTextCtrl>(dialog, "meeting")->SetValue("Board meeting in public");
        test::child<wxDatePickerCtrl>(dialog, "approved-date")->SetValue(wxDateTime(27, wxDateTime::Mar, 2014));
        test::child<wxTextCtrl>(dialog, "minute")->SetValue(m_complete ? "GB/14/031" : "");
        test::child<wxTextCtrl>(dialog, "approver")->SetValue("Dr Asha Patel");
        test::child<wxTextCtrl>(dialog, "role")->SetValue("Chair");
        return m_complete ? wxID_OK : wxID_CANCEL;
    }

private:
    bool m_complete;
};

class FillReopen : public wxExpectModalBase<gui::ReopenDialog, FillReopen> {
protected:
    int OnInvoked(gui::ReopenDialog* dialog) const override
    {
        test::child<wxTextCtrl>(dialog, "reason")->SetValue("The minute was corrected at the next meeting");
        return wxID_OK;
    }
};

bool enabled(gui::MainFrame& frame, int id)
{
    return frame.GetMenuBar()->IsEnabled(id);
}

}  // namespace

TEST_CASE("Review > Sign off locks the review's edits, Reopen asks why and unlocks them", "[gui][sign-off]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    REQUIRE(session.review().info.id == "2014-q1");
    CHECK_FALSE(session.locked());
    CHECK(enabled(*frame, gui::kIdSignOff));
    CHECK_FALSE(enabled(*frame, gui::kIdReopen));
    CHECK(enabled(*frame, gui::kIdAddAction));

    {
        // A cancelled dialog records nothing.
        wxTEST_DIALOG(test::runMenu(*frame, gui::kIdSignOff), FillSignOff(false));
        CHECK_FALSE(session.locked());
    }
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdSignOff), FillSignOff());
    test::pump();
    REQUIRE(session.locked());
    CHECK(session.assessment().signOff->minute == "GB/14/031");
    CHECK(frame->GetStatusBar()->GetStatusText(0).Contains("Signed off: approved on 2014-03-27 (minute GB/14/031)"));
    for (const int id : {gui::kIdSignOff, gui::kIdAddAction, gui::kIdAddRater, gui::kIdReviewSettings,
                         gui::kIdSendForms, gui::kIdAssuranceLimited})
        CHECK_FALSE(enabled(*frame, id));
    CHECK(enabled(*frame, gui::kIdReopen));
    CHECK_FALSE(session.history().canUndo());

    // An edit that reaches storage anyway is refused with the reason, shown in the window.
    const std::string item = session.checklist().domains.front().items.front().id;
    session.setCurrentRater(session.assessment().raters.front().id);
    const auto before = session.currentRating(item);
    frame->guarded([&] { session.rate(item, Rating::at(before && before->level == 0 ? 1 : 0)); });
    CHECK(session.currentRating(item) == before);
    CHECK(frame->lastMessage().Contains("reopen it to change it"));

    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdReopen), FillReopen());
    test::pump();
    CHECK_FALSE(session.locked());
    CHECK(enabled(*frame, gui::kIdAddAction));
    CHECK(enabled(*frame, gui::kIdSignOff));
    const auto approvals = session.approvals();
    REQUIRE(approvals.size() == 1);
    CHECK(approvals[0].reopenReason == "The minute was corrected at the next meeting");
    test::closeMainFrame(frame);
}

TEST_CASE("The level of assurance chosen in the Report menu is stored with who chose it", "[gui][assurance]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    test::runMenu(*frame, gui::kIdAssuranceReasonable);
    test::pump();
    REQUIRE(session.assessment().assuranceChoice);
    CHECK(session.assessment().assuranceChoice->level == Assurance::Reasonable);
    CHECK_FALSE(session.assessment().assuranceChoice->by.empty());
    CHECK(frame->GetMenuBar()->IsChecked(gui::kIdAssuranceReasonable));
    test::runMenu(*frame, wxID_UNDO);
    test::pump();
    CHECK(session.assessment().assuranceChoice->level == Assurance::Limited);  // the demo's own choice
    CHECK(frame->GetMenuBar()->IsChecked(gui::kIdAssuranceLimited));
    test::runMenu(*frame, gui::kIdAssuranceSuggested);
    test::pump();
    CHECK_FALSE(session.assessment().assuranceChoice);
    CHECK(frame->GetMenuBar()->IsChecked(gui::kIdAssuranceSuggested));
    test::closeMainFrame(frame);
}

TEST_CASE("A new review following on from the demo's 2014 review carries its open actions as commitments",
          "[gui][follow-through]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    int live = 0;
    for (const auto& action : session.assessment().actions)
        live += action.status == ActionStatus::Open || action.status == ActionStatus::InProgress;
    REQUIRE(live > 0);
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdNewReview), test::FillReview("2015-q1", "Annual board self-review 2015"));
    test::pump();
    REQUIRE(session.review().info.id == "2015-q1");
    CHECK(session.review().info.follows == "2014-q1");
    CHECK(static_cast<int>(session.assessment().commitments.size()) == live);
    CHECK(session.assessment().actions.empty());
    for (const auto& commitment : session.assessment().commitments) {
        CHECK(commitment.fromReview == "2014-q1");
        CHECK(commitment.outcome == CommitmentOutcome::Pending);
    }
    test::closeMainFrame(frame);
}

TEST_CASE("The demo's 2013 review opens approved and locked", "[gui][sign-off]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const auto earlier = session.repository().findReview("99X", "2013-q1");
    REQUIRE(earlier);
    session.openReview(*earlier);
    test::pump();
    CHECK(session.locked());
    CHECK(session.lockReason().find("approved on 2013-03-28 at Shadow board meeting in public") != std::string::npos);
    CHECK(enabled(*frame, gui::kIdReopen));
    CHECK_FALSE(enabled(*frame, gui::kIdAddAction));
    test::closeMainFrame(frame);
}
