// The action dialog's item picker: the checklist's items under their domains, narrowed by any
// words of the whole question (or the id) typed in its search box, and usable from the keyboard.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"

#include "app/gui/action_dialog.hpp"
#include "app/gui/item_picker.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"
#include "checklists/checklist_loader.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/stattext.h>
#include <wx/treectrl.h>

#include <filesystem>

using namespace ccg;

namespace {

Checklist shippedChecklist()
{
    return loadChecklistOrThrow(CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml");
}

const Item& itemOf(const Checklist& checklist, const std::string& id)
{
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            if (item.id == id)
                return item;
    FAIL("no item " << id);
    throw std::logic_error("unreachable");
}

/// The headings of the picker's list, each with the ids listed under it.
std::vector<std::pair<std::string, std::vector<std::string>>> listed(wxTreeCtrl& tree)
{
    std::vector<std::pair<std::string, std::vector<std::string>>> headings;
    wxTreeItemIdValue cookie;
    const wxTreeItemId root = tree.GetRootItem();
    for (wxTreeItemId domain = tree.GetFirstChild(root, cookie); domain.IsOk(); domain = tree.GetNextChild(root, cookie)) {
        headings.push_back({tree.GetItemText(domain).utf8_string(), {}});
        wxTreeItemIdValue inner;
        for (wxTreeItemId node = tree.GetFirstChild(domain, inner); node.IsOk(); node = tree.GetNextChild(domain, inner))
            headings.back().second.push_back(tree.GetItemText(node).BeforeFirst(' ').utf8_string());
    }
    return headings;
}

/// The text the picker shows below the list, its wrapping undone.
std::string shownQuestion(wxWindow& dialog)
{
    wxString text = test::child<wxStaticText>(&dialog, "item-question")->GetLabel();
    text.Replace("\n", " ");
    return text.utf8_string();
}

struct ShownDialog {
    explicit ShownDialog(const Checklist& checklist, const std::string& item = {})
        : dialog(nullptr, checklist, [&] {
              Action action;
              action.item = item;
              return action;
          }(), "New action")
    {
        dialog.Show();
        test::pump(100);
        picker = test::child<gui::ItemPicker>(&dialog, "item-picker");
        REQUIRE(picker);
    }
    gui::ActionDialog dialog;
    gui::ItemPicker* picker = nullptr;
};

/// Saves what the screen shows in the top left `size` as ${CCG_BINARY_DIR}/screenshots/<name>.png.
std::string screenArea(const wxSize& size, const std::string& name)
{
    test::pump(400);
    const std::filesystem::path folder = std::filesystem::path(CCG_BINARY_DIR) / "screenshots";
    std::filesystem::create_directories(folder);
    const std::filesystem::path file = folder / (name + ".png");
    wxBitmap bitmap(size.x, size.y, 24);
    {
        wxScreenDC screen;
        wxMemoryDC memory(bitmap);
        memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
    }
    bitmap.SaveFile(wxString(file.string()), wxBITMAP_TYPE_PNG);
    return file.string();
}

}  // namespace

TEST_CASE("The item picker lists every item under its domain, the chosen one shown whole", "[gui][actions][picker]")
{
    REQUIRE_GUI();
    const Checklist checklist = shippedChecklist();
    ShownDialog shown(checklist, "prov-03");
    const auto headings = listed(*shown.picker->tree());
    REQUIRE(headings.size() == checklist.domains.size());
    std::size_t items = 0;
    for (std::size_t d = 0; d < headings.size(); ++d) {
        CHECK(headings[d].first == checklist.domains[d].title);
        REQUIRE(headings[d].second.size() == checklist.domains[d].items.size());
        for (std::size_t i = 0; i < headings[d].second.size(); ++i)
            CHECK(headings[d].second[i] == checklist.domains[d].items[i].id);
        items += headings[d].second.size();
    }
    CHECK(items == 65);
    CHECK(shown.picker->selected() == "prov-03");
    // The question runs past what a line of the list holds; below the list it is whole.
    CHECK(itemOf(checklist, "prov-03").question.size() > 150);
    CHECK(shownQuestion(shown.dialog) == "prov-03  " + itemOf(checklist, "prov-03").question);
    CHECK(shown.dialog.action().item == "prov-03");
}

TEST_CASE("Typing a word from the middle of a question finds its item, in any case", "[gui][actions][picker]")
{
    REQUIRE_GUI();
    const Checklist checklist = shippedChecklist();
    ShownDialog shown(checklist, "org-01");
    shown.picker->searchBox()->SetFocus();
    test::pump(50);
    // "nutrition" comes 120 characters into prov-03's question: past where its line is cut.
    test::typeText("NUTRITION");
    CHECK(listed(*shown.picker->tree()) ==
          std::vector<std::pair<std::string, std::vector<std::string>>>{{"Relations with providers", {"prov-03"}}});
    CHECK(shown.picker->selected() == "prov-03");
    CHECK(shownQuestion(shown.dialog) == "prov-03  " + itemOf(checklist, "prov-03").question);
    // Enter chooses it and goes on to the action's text.
    test::pressKey(WXK_RETURN);
    CHECK(wxWindow::FindFocus() == test::child<wxTextCtrl>(&shown.dialog, "text"));
    CHECK(shown.dialog.action().item == "prov-03");

    SECTION("several words, in any order, from anywhere in the question")
    {
        shown.picker->searchBox()->SetValue("committee medical");
        test::pump(30);
        CHECK(listed(*shown.picker->tree()) ==
              std::vector<std::pair<std::string, std::vector<std::string>>>{
                  {"Clinical leadership and member practices", {"clin-05"}}});
        CHECK(shown.dialog.action().item == "clin-05");
    }
    SECTION("an item's id")
    {
        shown.picker->searchBox()->SetValue("LG-0");
        test::pump(30);
        const auto headings = listed(*shown.picker->tree());
        REQUIRE(headings.size() == 1);
        CHECK(headings[0].first == "Partnership with local government");
        CHECK(headings[0].second.size() == 6);
    }
    SECTION("words no item holds leave nothing chosen, and OK says why")
    {
        shown.picker->searchBox()->SetValue("nutrition budgets");
        test::pump(30);
        CHECK(listed(*shown.picker->tree()).empty());
        CHECK(shown.picker->selected().empty());
        CHECK(shownQuestion(shown.dialog).find("No item has all of these words") == 0);
        wxCommandEvent ok(wxEVT_BUTTON, wxID_OK);
        ok.SetEventObject(&shown.dialog);
        shown.dialog.GetEventHandler()->ProcessEvent(ok);
        test::pump(30);
        CHECK(shown.dialog.IsShown());
        CHECK(test::child<wxStaticText>(&shown.dialog, "problem")->GetLabel() == "Choose the item the action is about.");
    }
}

TEST_CASE("Up and Down in the search box move through the items found", "[gui][actions][picker]")
{
    REQUIRE_GUI();
    const Checklist checklist = shippedChecklist();
    ShownDialog shown(checklist);
    CHECK(shown.picker->selected().empty());  // a new action without an item: none yet
    // With no item given, typing starts in the search box.
    CHECK(wxWindow::FindFocus() == shown.picker->searchBox());
    shown.picker->searchBox()->SetFocus();  // Xvfb has no window manager to give the new window the keyboard
    test::pump(50);
    test::typeText("nhs england");
    CHECK(shown.picker->searchBox()->GetValue() == "nhs england");
    const auto headings = listed(*shown.picker->tree());
    std::vector<std::string> found;
    for (const auto& heading : headings)
        found.insert(found.end(), heading.second.begin(), heading.second.end());
    REQUIRE(found.size() >= 3);
    CHECK(headings.size() >= 2);  // still grouped: prov-01 and the nhse items
    CHECK(shown.picker->selected() == found[0]);
    test::pressKey(WXK_DOWN);
    CHECK(shown.picker->selected() == found[1]);
    test::pressKey(WXK_DOWN);
    CHECK(shown.picker->selected() == found[2]);
    test::pressKey(WXK_UP);
    CHECK(shown.picker->selected() == found[1]);
    CHECK(wxWindow::FindFocus() == shown.picker->searchBox());  // typing can go on
    test::pressKey(WXK_RETURN);
    CHECK(shown.dialog.action().item == found[1]);
    CHECK(wxWindow::FindFocus() == test::child<wxTextCtrl>(&shown.dialog, "text"));

    SECTION("in the list itself, the arrows move and Enter chooses, without closing the dialog")
    {
        shown.picker->tree()->SetFocus();
        test::pump(50);
        test::pressKey(WXK_DOWN);
        CHECK(shown.picker->selected() == found[2]);
        test::pressKey(WXK_RETURN);
        CHECK(shown.dialog.IsShown());
        CHECK(wxWindow::FindFocus() == test::child<wxTextCtrl>(&shown.dialog, "text"));
        CHECK(shown.dialog.action().item == found[2]);
    }
}

TEST_CASE("An action added through the window is on the item chosen in the picker", "[gui][actions][picker]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    frame->SetSize(0, 0, 1366, 768);
    test::pump(100);
    const std::size_t before = frame->session().actions().size();
    class ChooseBySearch : public wxExpectModalBase<gui::ActionDialog, ChooseBySearch> {
    protected:
        int OnInvoked(gui::ActionDialog* dialog) const override
        {
            auto* picker = test::child<gui::ItemPicker>(dialog, "item-picker");
            REQUIRE(picker);
            picker->searchBox()->SetValue("pooled budgets");
            test::child<wxTextCtrl>(dialog, "text")->SetValue("Agree the pooled budget's terms");
            return wxID_OK;
        }
    };
    frame->goToItem("org-01");
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddAction), ChooseBySearch());
    REQUIRE(frame->session().actions().size() == before + 1);
    CHECK(frame->session().actions().back().action.item == "lg-04");
    CHECK(frame->session().actions().back().action.text == "Agree the pooled budget's terms");
    test::closeMainFrame(frame);
}

TEST_CASE("The action dialog fits a 1366 x 768 screen", "[gui][actions][picker][screenshots]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    frame->SetSize(0, 0, 1366, 768);
    test::pump(100);
    auto* dialog = new gui::ActionDialog(frame, frame->session().checklist(), frame->session().actions().front().action,
                                         "Edit action");
    dialog->CentreOnParent();
    dialog->Show();
    test::pump(200);
    const wxRect area = dialog->GetScreenRect();
    INFO("dialog at " << area.x << "," << area.y << " size " << area.width << " x " << area.height);
    CHECK(area.width <= 1366);
    CHECK(area.height <= 768 - 40);  // room for a desktop's panel
    CHECK(area.x >= 0);
    CHECK(area.y >= 0);
    CHECK(area.GetRight() < 1366);
    CHECK(area.GetBottom() < 768);
    auto* picker = test::child<gui::ItemPicker>(dialog, "item-picker");
    REQUIRE(picker);
    picker->searchBox()->SetFocus();
    picker->searchBox()->SetValue("board");
    CHECK(std::filesystem::exists(test::screenshot(*dialog, "dialog-action-picker")));
    CHECK(std::filesystem::exists(screenArea(wxSize(1366, 768), "dialog-action-1366x768")));
    dialog->Destroy();
    test::pump(50);
    test::closeMainFrame(frame);
}
