// The entry dialogs bound what can be typed into them, without ever cutting text already stored.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"

#include "app/gui/action_dialog.hpp"
#include "app/gui/organisation_dialog.hpp"
#include "checklists/checklist_loader.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace ccg;

namespace {

/// Presses OK on a shown dialog; true when the dialog accepted its entries and closed.
bool pressOk(wxDialog& dialog)
{
    wxCommandEvent ok(wxEVT_BUTTON, wxID_OK);
    ok.SetEventObject(&dialog);
    dialog.GetEventHandler()->ProcessEvent(ok);
    test::pump(30);
    return !dialog.IsShown();
}

}  // namespace

TEST_CASE("A one-line field takes at most 200 characters, yet keeps a longer text it already holds", "[gui][dialogs]")
{
    REQUIRE_GUI();
    {
        gui::OrganisationDialog dialog(nullptr);
        auto* name = test::child<wxTextCtrl>(&dialog, "name");
        REQUIRE(name);
        // GTK takes none of an entry that would go over the limit, so the dialog says why.
        name->WriteText(wxString('n', 150));
        name->WriteText(wxString('n', 51));
        CHECK(name->GetValue() == wxString('n', 150));
        CHECK(test::child<wxStaticText>(&dialog, "problem")->GetLabel() == "This field takes at most 200 characters.");
        name->WriteText(wxString('n', 50));
        CHECK(name->GetValue().length() == gui::kMaxLineChars);
    }
    const Checklist checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    Action stored;
    stored.item = "gov-01";
    stored.text = "Refresh the register";
    stored.owner = std::string(300, 'o');  // from an answers file, which has no such limit
    gui::ActionDialog dialog(nullptr, checklist, stored, "Edit action");
    auto* owner = test::child<wxTextCtrl>(&dialog, "owner");
    REQUIRE(owner);
    CHECK(owner->GetValue().length() == 300);
    owner->WriteText("more");
    CHECK(owner->GetValue().length() == 300);
    CHECK(dialog.action().owner == stored.owner);
}

TEST_CASE("An action's text over 2,000 characters is refused with a reason, unless it was stored so", "[gui][dialogs]")
{
    REQUIRE_GUI();
    const Checklist checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    Action action;
    action.item = "gov-01";
    action.text = "Refresh the register";
    {
        gui::ActionDialog dialog(nullptr, checklist, action, "New action");
        dialog.Show();
        test::pump(30);
        test::child<wxTextCtrl>(&dialog, "text")->SetValue(wxString('a', 2001));
        CHECK_FALSE(pressOk(dialog));
        CHECK(test::child<wxStaticText>(&dialog, "problem")->GetLabel().Contains("2000 characters"));
        test::child<wxTextCtrl>(&dialog, "text")->SetValue(wxString('a', 2000));
        CHECK(pressOk(dialog));
    }
    action.text = std::string(2500, 'b');
    gui::ActionDialog dialog(nullptr, checklist, action, "Edit action");
    dialog.Show();
    test::pump(30);
    CHECK(pressOk(dialog));
    CHECK(dialog.action().text == action.text);
}
