// The Open review dialog: every review and every organisation, deleted only after the user
// confirms, and nothing changed when the user keeps it.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/main_frame.hpp"
#include "app/gui/open_review_dialog.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>

using namespace ccg;

namespace {

enum class Target { Review, Organisation };

/// In the Open review dialog, selects the row of `organisation` (and `review`, when given)
/// and presses Delete review or Delete organisation; then closes the dialog.
class DeleteInOpenDialog : public wxExpectModalBase<gui::OpenReviewDialog, DeleteInOpenDialog> {
public:
    DeleteInOpenDialog(Target target, wxString organisation, wxString review = {})
        : m_target(target), m_organisation(std::move(organisation)), m_review(std::move(review))
    {
    }

protected:
    int OnInvoked(gui::OpenReviewDialog* dialog) const override
    {
        auto* list = test::child<wxListCtrl>(dialog, "reviews");
        REQUIRE(list);
        long found = -1;
        for (long row = 0; row < list->GetItemCount(); ++row)
            if (list->GetItemText(row, 0) == m_organisation && (m_review.empty() || list->GetItemText(row, 1) == m_review))
                found = row;
        REQUIRE(found >= 0);
        list->SetItemState(found, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        const int button = m_target == Target::Review
                               ? wxID_DELETE
                               : test::child<wxButton>(dialog, "delete-organisation")->GetId();
        wxCommandEvent press(wxEVT_BUTTON, button);
        press.SetEventObject(dialog);
        dialog->GetEventHandler()->ProcessEvent(press);
        return wxID_CANCEL;
    }

private:
    Target m_target;
    wxString m_organisation;
    wxString m_review;
};

/// Reads the text of every row's Checklist column, then closes the dialog.
class ReadChecklistColumn : public wxExpectModalBase<gui::OpenReviewDialog, ReadChecklistColumn> {
public:
    explicit ReadChecklistColumn(std::vector<std::string>& into) : m_into(into) {}

protected:
    int OnInvoked(gui::OpenReviewDialog* dialog) const override
    {
        auto* list = test::child<wxListCtrl>(dialog, "reviews");
        REQUIRE(list);
        wxListItem heading;
        heading.SetMask(wxLIST_MASK_TEXT);
        REQUIRE(list->GetColumn(5, heading));
        CHECK(heading.GetText() == "Checklist");
        for (long row = 0; row < list->GetItemCount(); ++row)
            m_into.push_back(list->GetItemText(row, 5).utf8_string());
        return wxID_CANCEL;
    }

private:
    std::vector<std::string>& m_into;
};

/// Closes the new review dialog without starting a review.
class CancelReview : public wxExpectModalBase<gui::ReviewDialog, CancelReview> {
protected:
    int OnInvoked(gui::ReviewDialog*) const override { return wxID_CANCEL; }
};

std::size_t organisationCount(gui::MainFrame& frame)
{
    return frame.session().repository().listOrganisations().size();
}

}  // namespace

TEST_CASE("An organisation without reviews is listed and can be deleted, after the user confirms", "[gui][open]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    test::createReviewByMenu(*frame);
    // A second organisation, its first review not started (the review dialog cancelled).
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdNewOrganisation), test::FillOrganisation("01A", "NHS Typo CCG"),
                  CancelReview());
    REQUIRE(organisationCount(*frame) == 2);

    // Keeping it changes nothing.
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdOpenReview),
                  DeleteInOpenDialog(Target::Organisation, "NHS Typo CCG"), wxExpectModal<wxMessageDialog>(wxID_NO));
    CHECK(organisationCount(*frame) == 2);

    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdOpenReview),
                  DeleteInOpenDialog(Target::Organisation, "NHS Typo CCG"), wxExpectModal<wxMessageDialog>(wxID_YES));
    REQUIRE(organisationCount(*frame) == 1);
    CHECK(frame->session().repository().listOrganisations().front().organisation.code == "00Q");
    // The open review, of the other organisation, stays open.
    REQUIRE(frame->session().hasReview());
    CHECK(frame->session().review().info.title == "Board self-review 2014");
    test::closeMainFrame(frame);
}

TEST_CASE("A review is deleted only after the user confirms, and the window then holds no review", "[gui][open]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    test::createReviewByMenu(*frame);
    REQUIRE(frame->session().repository().listReviews().size() == 1);

    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdOpenReview),
                  DeleteInOpenDialog(Target::Review, "NHS Example CCG", "Board self-review 2014"),
                  wxExpectModal<wxMessageDialog>(wxID_NO));
    CHECK(frame->session().repository().listReviews().size() == 1);
    CHECK(frame->session().hasReview());

    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdOpenReview),
                  DeleteInOpenDialog(Target::Review, "NHS Example CCG", "Board self-review 2014"),
                  wxExpectModal<wxMessageDialog>(wxID_YES));
    CHECK(frame->session().repository().listReviews().empty());
    CHECK_FALSE(frame->session().hasReview());
    CHECK(test::itemHeaderText(*frame).find("No review is open") != std::string::npos);
    // The organisation stays, listed as having no reviews.
    CHECK(organisationCount(*frame) == 1);
    test::closeMainFrame(frame);
}

TEST_CASE("The Open review dialog tells reviews of two frameworks apart by their checklist", "[gui][open][frameworks]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    test::createReviewByMenu(*frame);
    const std::string expected = frame->session().checklist().title + ", version " + frame->session().checklist().version;
    std::vector<std::string> shown;
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdOpenReview), ReadChecklistColumn(shown));
    CHECK(shown == std::vector<std::string>{expected});
    test::closeMainFrame(frame);
}

namespace {

/// Starts a blank review of the stored checklist whose label holds `checklist`.
class FillReviewOf : public wxExpectModalBase<gui::ReviewDialog, FillReviewOf> {
public:
    explicit FillReviewOf(wxString checklist) : m_checklist(std::move(checklist)) {}

protected:
    int OnInvoked(gui::ReviewDialog* dialog) const override
    {
        test::child<wxTextCtrl>(dialog, "key")->SetValue("2015-ac");
        test::child<wxTextCtrl>(dialog, "title")->SetValue("Committee self-review 2015");
        auto* start = test::child<wxChoice>(dialog, "start-from");
        start->SetSelection(0);  // a blank review
        wxCommandEvent chosen(wxEVT_CHOICE, start->GetId());
        chosen.SetEventObject(start);
        start->GetEventHandler()->ProcessEvent(chosen);
        auto* checklist = test::child<wxChoice>(dialog, "checklist");
        REQUIRE(checklist->IsEnabled());
        int found = wxNOT_FOUND;
        for (unsigned i = 0; i < checklist->GetCount(); ++i)
            if (checklist->GetString(i).Contains(m_checklist))
                found = static_cast<int>(i);
        REQUIRE(found != wxNOT_FOUND);
        checklist->SetSelection(found);
        return wxID_OK;
    }

private:
    wxString m_checklist;
};

}  // namespace

TEST_CASE("A new review can use any stored checklist, and then follows no review of another framework",
          "[gui][open][frameworks]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    test::createReviewByMenu(*frame);
    auto& session = frame->session();
    const std::string first = session.checklist().id;
    session.repository().storeChecklist(test::readFile(CCG_TEST_DATA_DIR "/mini-checklist.xml"), "mini-checklist.xml");
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdNewReview), FillReviewOf("Mini checklist"));
    REQUIRE(session.hasReview());
    CHECK(session.review().info.id == "2015-ac");
    CHECK(session.checklist().id == "mini");
    CHECK(session.checklist().id != first);
    CHECK_FALSE(session.review().previousReviewId);
    test::closeMainFrame(frame);
}
