// The view for the room: one item at a time, counts per level on request, the agreed level,
// its rationale and actions recorded by keyboard, Escape back to the window.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"

#include "app/gui/item_tree_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/present_frame.hpp"
#include "app/session/item_navigator.hpp"
#include "app/session/review_session.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/weakref.h>

using namespace ccg;

namespace {

/// A key pressed in the room's view (sent to it as the window would get it).
void press(gui::PresentFrame& view, int key)
{
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = key;
    event.SetEventObject(&view);
    view.GetEventHandler()->ProcessEvent(event);
    test::pump(30);
}

/// Answers the rationale prompt with `text`.
class WriteRationale : public wxExpectModalBase<wxTextEntryDialog, WriteRationale> {
public:
    explicit WriteRationale(wxString text) : m_text(std::move(text)) {}

protected:
    int OnInvoked(wxTextEntryDialog* dialog) const override
    {
        dialog->SetValue(m_text);
        return wxID_OK;
    }

private:
    wxString m_text;
};

}  // namespace

TEST_CASE("The room's view moves item by item, shows the counts per level and records the agreement",
          "[gui][round][present]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const std::string first = session::ItemNavigator(session.checklist()).first();
    frame->goToItem(first);
    test::runMenu(*frame, gui::kIdPresent);
    gui::PresentFrame* view = frame->presentFrame();
    REQUIRE(view);
    CHECK(view->IsShown());
    CHECK(view->item() == first);
    auto* question = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName("present-question", view));
    REQUIRE(question);
    CHECK(question->GetLabelText().Contains(wxString::FromUTF8(session.checklist().findItem(first)->question.substr(0, 20))));
    CHECK_FALSE(view->countsShown());

    press(*view, WXK_RIGHT);
    const std::string second = session::ItemNavigator(session.checklist()).next(first);
    CHECK(view->item() == second);
    press(*view, 'C');
    REQUIRE(view->countsShown());
    // One line per level and N/A, the members who chose it counted as the agree table counts them.
    const auto lines = view->countLines();
    REQUIRE(lines.size() == session.checklist().scale.size() + 1);
    int counted = 0;
    for (const auto& answer : session.assessment().answers)
        counted += answer.item == second;
    int shown = 0;
    for (const auto& line : lines) {
        long number = 0;
        line.AfterLast(':').BeforeLast('m').Trim(false).Trim().ToLong(&number);
        shown += static_cast<int>(number);
    }
    CHECK(shown == counted);
    test::screenshot(*view, "present-counts");

    press(*view, '2');
    REQUIRE(session.answers().agreed(second));
    CHECK(session.answers().agreed(second)->rating == Rating::at(2));
    wxTEST_DIALOG(press(*view, 'W'), WriteRationale("Agreed in the meeting of 12 March"));
    CHECK(session.answers().agreed(second)->rationale == "Agreed in the meeting of 12 March");
    auto* agreed = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName("present-agreed", view));
    CHECK(agreed->GetLabelText().Contains("Agreed: 2"));

    wxWeakRef<wxWindow> watched(view);
    press(*view, WXK_ESCAPE);
    for (int i = 0; i < 50 && watched; ++i)
        test::pump(10);
    CHECK_FALSE(watched);
    CHECK(frame->presentFrame() == nullptr);
    CHECK(frame->treePanel()->selectedItem() == second);  // back where the room got to
    test::closeMainFrame(frame);
}
