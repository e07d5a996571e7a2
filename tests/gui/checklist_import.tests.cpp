// File > Import a checklist (PRODUCT.md §14): a checklist file or a spreadsheet, checked before
// it is stored; its problems listed by where they are, or its domains when it is valid.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/checklist_import_dialog.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>

using namespace ccg;

namespace {

/// What the import dialog shows: its summary line and every row of its list, column by column.
struct Shown {
    std::string summary;
    std::vector<std::vector<std::string>> rows;
    bool canAdd = false;
};

Shown shownIn(gui::ChecklistImportDialog& dialog)
{
    Shown shown;
    shown.summary = test::child<wxStaticText>(&dialog, "summary")->GetLabelText().utf8_string();
    auto* list = test::child<wxListCtrl>(&dialog, "findings");
    for (long row = 0; row < list->GetItemCount(); ++row) {
        std::vector<std::string> cells;
        for (int column = 0; column < list->GetColumnCount(); ++column)
            cells.push_back(list->GetItemText(row, column).utf8_string());
        shown.rows.push_back(std::move(cells));
    }
    shown.canAdd = dialog.result().checklist.has_value();
    return shown;
}

/// Looks at the dialog (and may type into it), then adds or cancels.
class InImportDialog : public wxExpectModalBase<gui::ChecklistImportDialog, InImportDialog> {
public:
    InImportDialog(std::function<void(gui::ChecklistImportDialog&)> look, int answer) : m_look(std::move(look)), m_answer(answer) {}

protected:
    int OnInvoked(gui::ChecklistImportDialog* dialog) const override
    {
        m_look(*dialog);
        return m_answer;
    }

private:
    std::function<void(gui::ChecklistImportDialog&)> m_look;
    int m_answer;
};

}  // namespace

TEST_CASE("Import a checklist lists a hand-written file's problems by line and adds nothing", "[gui][frameworks]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    const auto before = frame->session().repository().listChecklists().size();
    const std::string bad = CCG_TEST_DATA_DIR "/bad/checklists/bare-ampersand.xml";
    test::answerFileDialogs(*frame, bad);
    Shown shown;
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdImportChecklist),
                  InImportDialog([&](gui::ChecklistImportDialog& dialog) { shown = shownIn(dialog); }, wxID_CANCEL));
    CHECK_FALSE(shown.canAdd);
    CHECK(shown.summary == "1 problem to put right in the file before it can be added:");
    REQUIRE(shown.rows.size() == 1);
    CHECK(shown.rows[0][0] == "line 17");
    CHECK(shown.rows[0][1].find("write &amp; for an ampersand") != std::string::npos);
    CHECK(frame->session().repository().listChecklists().size() == before);
    test::closeMainFrame(frame);
}

TEST_CASE("Import a checklist reads a CSV file with the id, version and title typed in, shows its domains and adds it "
          "for a new review",
          "[gui][frameworks]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    const std::string csv = CCG_TEST_DATA_DIR "/sheets/items-quoted.csv";
    test::answerFileDialogs(*frame, csv);
    Shown first;
    Shown badId;
    Shown typed;
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdImportChecklist),
                  InImportDialog(
                      [&](gui::ChecklistImportDialog& dialog) {
                          first = shownIn(dialog);  // with the id and title made from the file's name
                          // Each change is checked at once: a bad id is listed, a good one clears it.
                          test::child<wxTextCtrl>(&dialog, "checklist-id")->SetValue("Audit 2019");
                          badId = shownIn(dialog);
                          test::child<wxTextCtrl>(&dialog, "checklist-id")->SetValue("audit-2019");
                          test::child<wxTextCtrl>(&dialog, "checklist-title")->SetValue("Audit committee checklist");
                          typed = shownIn(dialog);
                      },
                      wxID_OK));
    CHECK(first.canAdd);
    CHECK(first.summary == "items-quoted, version 1.0 (items-quoted): 2 domains, 2 items.");
    CHECK_FALSE(badId.canAdd);
    REQUIRE(badId.rows.size() == 1);
    CHECK(badId.rows[0][1].find("'Audit 2019' must match [a-z0-9][a-z0-9.-]*") != std::string::npos);
    CHECK(typed.canAdd);
    CHECK(typed.summary == "Audit committee checklist, version 1.0 (audit-2019): 2 domains, 2 items.");
    CHECK(typed.rows == std::vector<std::vector<std::string>>{{"Governance, and probity", "1"}, {"Engagement", "1"}});
    bool stored = false;
    for (const auto& record : frame->session().repository().listChecklists())
        stored = stored || (record.checklistId == "audit-2019" && record.title == "Audit committee checklist");
    CHECK(stored);
    CHECK(frame->GetStatusBar()->GetStatusText(0).Contains("Added the checklist Audit committee checklist, version 1.0"));
    test::closeMainFrame(frame);
}
