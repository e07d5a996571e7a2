// The History window (PRODUCT.md §12): an edit on the Items page shows in the item's record,
// old and new; the review's record from the Review menu; Escape closes it.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/history_dialog.hpp"
#include "app/gui/item_guidance.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/statusbr.h>

#include <array>

using namespace ccg;

namespace {

/// What the History window showed: its title, and each row's When, Who, What, Old and New.
struct ShownHistory {
    wxString title;
    std::vector<std::array<std::string, 5>> rows;
    std::string detail;
};

/// Reads the History window when it opens, then closes it.
class ReadHistory : public wxExpectModalBase<gui::HistoryDialog, ReadHistory> {
public:
    explicit ReadHistory(ShownHistory& shown) : m_shown(&shown) {}

protected:
    int OnInvoked(gui::HistoryDialog* dialog) const override
    {
        m_shown->title = dialog->GetTitle();
        wxListCtrl* list = dialog->list();
        for (long row = 0; row < list->GetItemCount(); ++row) {
            std::array<std::string, 5> cells;
            for (int column = 0; column < 5; ++column)
                cells[static_cast<std::size_t>(column)] = list->GetItemText(row, column).utf8_string();
            m_shown->rows.push_back(cells);
        }
        m_shown->detail = dialog->detail()->GetValue().utf8_string();
        return wxID_CLOSE;
    }

private:
    ShownHistory* m_shown;
};

}  // namespace

TEST_CASE("A rating made on the Items page shows in the item's history, old and new, newest first", "[gui][history]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const std::string item = frame->itemPanel()->itemId();
    REQUIRE_FALSE(item.empty());
    const auto before = session.currentRating(item);
    const int wanted = before && before->level == 1 ? 2 : 1;
    auto* guidance = test::child<gui::ItemGuidance>(frame, "item-guidance");
    REQUIRE(guidance);
    guidance->SetFocus();
    test::pump(50);
    test::pressKey('0' + wanted);
    test::pump(50);
    REQUIRE(session.currentRating(item)->level == wanted);

    const wxString message = frame->lastMessage();
    ShownHistory shown;
    auto* button = test::child<wxButton>(frame, "item-history");
    REQUIRE(button);
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    wxTEST_DIALOG(button->GetEventHandler()->ProcessEvent(click), ReadHistory(shown));
    CHECK(shown.title == "History of item " + item);
    REQUIRE(shown.rows.size() == 1);  // the demo was imported whole: this is the item's first change
    const auto& row = shown.rows[0];
    CHECK(row[0].size() == 19);
    CHECK(row[0].substr(0, 2) == "20");
    CHECK_FALSE(row[1].empty());
    CHECK(row[2] == "rating of " + item + " by " + session.raterName(session.currentRater()));
    const std::string old = !before ? "\xE2\x80\x94" : before->level ? std::to_string(*before->level) : "N/A";
    CHECK(row[3] == old);
    CHECK(row[4] == std::to_string(wanted));
    CHECK(shown.detail.find("Old: " + old + "\nNew: " + std::to_string(wanted)) != std::string::npos);

    // A second edit, a note with text a list must keep on one line, comes first; the review's
    // history from the Review menu holds both and the import.
    session.setNote(item, "Line one, \"quoted\"\n=cmd <script>");
    ShownHistory review;
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdReviewHistory), ReadHistory(review));
    CHECK(review.title.StartsWith("History of review 99X/"));
    REQUIRE(review.rows.size() == 3);
    CHECK(review.rows[0][2].rfind("note on " + item, 0) == 0);
    CHECK(review.rows[0][4] == "Line one, \"quoted\" \u21B5 =cmd <script>");
    CHECK(review.detail.find("New: Line one, \"quoted\"\n=cmd <script>") != std::string::npos);
    CHECK(review.rows[1][2] == row[2]);
    CHECK(review.rows[2][2].find("created") != std::string::npos);
    CHECK(frame->lastMessage() == message);  // nothing went wrong on the way
    test::closeMainFrame(frame);
}

TEST_CASE("The History window is read by keyboard and Escape closes it", "[gui][history][keyboard]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const std::string item = frame->itemPanel()->itemId();
    session.rate(item, Rating::at(1));
    session.rate(item, Rating::at(2));
    {
        gui::HistoryDialog dialog(frame, "item " + item, session::reviewRecord(session, item));
        dialog.Show();
        dialog.Raise();
        test::pump(400);
        CHECK(wxWindow::FindFocus() == dialog.list());
        CHECK(dialog.list()->GetItemState(0, wxLIST_STATE_SELECTED) != 0);
        CHECK(dialog.detail()->GetValue().utf8_string().find("New: 2") != std::string::npos);
        test::pressKey(WXK_DOWN);
        test::pump(100);
        CHECK(dialog.detail()->GetValue().utf8_string().find("New: 1") != std::string::npos);
        test::pressKey(WXK_ESCAPE);
        test::pump(150);
        CHECK_FALSE(dialog.IsShown());
    }
    // Without a review there is no history to show, and no dialog opens.
    session.closeReview();
    test::runMenu(*frame, gui::kIdReviewHistory);
    CHECK(frame->GetStatusBar()->GetStatusText(0) == "Open a review first (File > Open review).");
    test::closeMainFrame(frame);
}
