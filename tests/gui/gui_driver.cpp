#include "gui_driver.hpp"

#include "gui_fixture.hpp"

#include "app/gui/item_header.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/file_chooser.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/choice.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>
#include <wx/window.h>

namespace ccg::test {

void runMenu(wxWindow& frame, int id)
{
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(&frame);
    frame.GetEventHandler()->ProcessEvent(event);
    pump(50);
}

void choose(wxChoice& choice, const wxString& label)
{
    const int index = choice.FindString(label);
    REQUIRE(index != wxNOT_FOUND);
    choice.SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice.GetId());
    event.SetEventObject(&choice);
    event.SetInt(index);
    choice.GetEventHandler()->ProcessEvent(event);
    pump(50);
}

void createReviewByMenu(gui::MainFrame& frame)
{
    wxTEST_DIALOG(runMenu(frame, gui::kIdNewOrganisation), FillOrganisation("00Q", "NHS Example CCG"),
                  FillReview("2014", "Board self-review 2014"));
    REQUIRE(frame.session().hasReview());
}

gui::MainFrame* openFrameWithNewReview(const std::string& database)
{
    auto* frame = openMainFrame(database);
    createReviewByMenu(*frame);
    frame->treePanel()->tree()->SetFocus();
    pump(50);
    return frame;
}

gui::MainFrame* openDemoFrame(const std::string& database)
{
    auto* frame = openMainFrame(database);
    frame->SetSize(0, 0, 1400, 900);
    // What the window says on starting is said before the user can reach the menu, not after.
    pump();
    runMenu(*frame, gui::kIdOpenDemo);
    REQUIRE(frame->session().hasReview());
    return frame;
}

void answerFileDialogs(gui::MainFrame& frame, const std::string& path)
{
    answerFileDialogs(frame, std::vector<std::string>{path});
}

void answerFileDialogs(gui::MainFrame& frame, const std::vector<std::string>& paths)
{
    frame.setFileChooser([paths](wxWindow*, const gui::FileRequest&) {
        wxArrayString chosen;
        for (const auto& path : paths)
            chosen.push_back(wxString::FromUTF8(path));
        return chosen;
    });
}

void pressKey(int key)
{
    wxUIActionSimulator simulator;
    simulator.Char(key);
    pump(60);
}

void typeText(const std::string& text)
{
    wxUIActionSimulator simulator;
    simulator.Text(text.c_str());
    pump(60);
}

std::string itemHeaderText(gui::MainFrame& frame)
{
    auto* header = child<gui::ItemHeader>(&frame, "item-header");
    REQUIRE(header);
    return header->text().utf8_string();
}

}  // namespace ccg::test
