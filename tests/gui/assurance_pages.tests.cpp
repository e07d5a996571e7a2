// Evidence strength on the Items and Agree pages, and the lock on an approved review: every
// editing control disabled with the reason in sight, keys that change nothing, reopened again;
// the item tree shows each strength and steps it with Shift+E.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/agree_panel.hpp"
#include "app/gui/agreement_record.hpp"
#include "app/gui/autosave_text.hpp"
#include "app/gui/evidence_strength_choice.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/lock_line.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

using namespace ccg;

TEST_CASE("The Items page sets an item's evidence strength by its choice and by Shift+E, undoably",
          "[gui][assurance]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openFrameWithNewReview(dir.file("ccg.sqlite"));
    auto& session = frame->session();
    const std::string item = frame->treePanel()->selectedItem();
    REQUIRE_FALSE(item.empty());
    auto* choice = frame->itemPanel()->strengthChoice();
    REQUIRE(choice);
    CHECK(choice->IsEnabled());
    CHECK(choice->GetStringSelection() == "None");

    test::choose(*choice, "Documented");
    test::pump();
    CHECK(session.assessment().evidenceStrength(item) == EvidenceStrength::Documented);

    // The key steps on from the stored strength while the focus is on the page.
    frame->itemPanel()->noteBox()->SetFocus();
    choice->SetFocus();
    test::pump();
    wxUIActionSimulator keys;
    keys.Char('E', wxMOD_SHIFT);
    test::pump(50);
    CHECK(session.assessment().evidenceStrength(item) == EvidenceStrength::Verified);
    CHECK(choice->GetStringSelection() == "Verified");

    // Typing a capital E in the note is text, not a strength.
    frame->itemPanel()->noteBox()->SetFocus();
    test::pump();
    keys.Char('E', wxMOD_SHIFT);
    test::pump(50);
    CHECK(session.assessment().evidenceStrength(item) == EvidenceStrength::Verified);
    frame->itemPanel()->flushEdits();
    frame->itemPanel()->noteBox()->SetValue("");
    frame->itemPanel()->flushEdits();
    session.sealEdits();

    // Undo goes back through the note, then the key's step, then the choice.
    while (session.assessment().evidenceStrength(item) == EvidenceStrength::Verified && session.history().canUndo())
        session.undo();
    test::pump();
    CHECK(session.assessment().evidenceStrength(item) == EvidenceStrength::Documented);
    CHECK(choice->GetStringSelection() == "Documented");
    session.undo();
    test::pump();
    CHECK(session.assessment().evidenceStrength(item) == EvidenceStrength::None);
    CHECK(choice->GetStringSelection() == "None");
    test::closeMainFrame(frame);
}

TEST_CASE("The cycle of evidence strengths wraps round", "[gui][assurance]")
{
    CHECK(gui::nextStrength(EvidenceStrength::None) == EvidenceStrength::Asserted);
    CHECK(gui::nextStrength(EvidenceStrength::Asserted) == EvidenceStrength::Documented);
    CHECK(gui::nextStrength(EvidenceStrength::Documented) == EvidenceStrength::Verified);
    CHECK(gui::nextStrength(EvidenceStrength::Verified) == EvidenceStrength::None);
}

TEST_CASE("The Items page says whether the item meets the standard and is assured, from the analysis",
          "[gui][assurance]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openFrameWithNewReview(dir.file("ccg.sqlite"));
    auto& session = frame->session();
    REQUIRE(session.checklist().assurance);
    const std::string item = frame->treePanel()->selectedItem();
    const auto summary = [&] {
        return test::child<wxStaticText>(frame, "rating-summary")->GetLabelText().utf8_string();
    };
    const auto flat = [](std::string text) {
        for (char& c : text)
            if (c == '\n')
                c = ' ';
        return text;
    };
    CHECK(flat(summary()).find("Does not meet the standard yet") != std::string::npos);
    frame->itemPanel()->rate(Rating::at(session.checklist().maxLevel()));
    test::pump(50);
    CHECK(flat(summary()).find("Meets the standard, but is not assured") != std::string::npos);
    frame->itemPanel()->setStrength(EvidenceStrength::Verified);
    test::pump(50);
    CHECK(flat(summary()).find("Meets the standard, and the evidence assures it") != std::string::npos);
    test::closeMainFrame(frame);
}

TEST_CASE("The Agree page sets the selected item's evidence strength", "[gui][assurance][agree]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openFrameWithNewReview(dir.file("ccg.sqlite"));
    auto& session = frame->session();
    const std::string item = frame->treePanel()->selectedItem();
    frame->showPage(gui::MainFrame::Page::Agree);
    test::pump(50);
    auto* agree = frame->agreePanel();
    agree->selectItem(item);
    test::pump();
    REQUIRE(agree->selectedItem() == item);
    REQUIRE(agree->strengthChoice()->IsEnabled());
    test::choose(*agree->strengthChoice(), "Asserted");
    test::pump();
    CHECK(session.assessment().evidenceStrength(item) == EvidenceStrength::Asserted);
    frame->showPage(gui::MainFrame::Page::Items);
    test::pump(50);
    CHECK(frame->itemPanel()->strengthChoice()->GetStringSelection() == "Asserted");
    test::closeMainFrame(frame);
}

TEST_CASE("An approved review's editing controls are disabled with the reason shown until it is reopened",
          "[gui][assurance][lock]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openFrameWithNewReview(dir.file("ccg.sqlite"));
    auto& session = frame->session();
    const std::string item = frame->treePanel()->selectedItem();
    frame->itemPanel()->rate(Rating::at(2));
    test::pump();
    frame->showPage(gui::MainFrame::Page::Agree);
    test::pump(50);
    frame->agreePanel()->selectItem(item);
    frame->agreePanel()->agreeSelected(Rating::at(2));
    test::pump();
    REQUIRE(frame->session().answers().agreed(item));
    frame->showPage(gui::MainFrame::Page::Items);
    test::pump(50);

    auto* items = frame->itemPanel();
    const auto itemControls = [&] {
        std::vector<wxWindow*> controls{test::child<wxWindow>(items, "target"), test::child<wxWindow>(items, "add-action")};
        controls.push_back(items->noteBox());
        controls.push_back(items->evidenceBox());
        controls.push_back(items->strengthChoice());
        return controls;
    };
    for (wxWindow* control : itemControls()) {
        REQUIRE(control);
        CHECK(control->IsEnabled());
    }
    CHECK_FALSE(items->lockLine()->IsShown());

    session.signOff({"2014-03-27", "Governing Body", "GB/14/1", "Dr Asha Patel", "Chair", ""});
    test::pump(50);
    REQUIRE(session.locked());
    for (wxWindow* control : itemControls()) {
        INFO(control->GetName().utf8_string());
        CHECK_FALSE(control->IsEnabled());
    }
    CHECK(items->lockLine()->IsShown());
    CHECK(items->lockLine()->GetLabelText().utf8_string().find("Reopen") != std::string::npos);
    CHECK(items->lockLine()->GetLabelText().utf8_string().find("approved") != std::string::npos);

    // A rating key changes nothing and opens no error box: the reason goes to the status bar.
    frame->treePanel()->tree()->SetFocus();
    test::pump();
    const auto before = session.currentRating(item);
    test::pressKey('4');
    test::pump(50);
    CHECK(session.currentRating(item) == before);
    test::pressKey(WXK_DELETE);
    test::pump(50);
    CHECK(session.currentRating(item) == before);
    CHECK(frame->GetStatusBar()->GetStatusText().utf8_string().find("approved") != std::string::npos);
    // The tree still moves: lists stay readable.
    test::pressKey(WXK_DOWN);
    test::pump(50);
    CHECK(frame->treePanel()->selectedItem() != item);
    frame->goToItem(item);
    test::pump(50);

    frame->showPage(gui::MainFrame::Page::Agree);
    test::pump(50);
    auto* agree = frame->agreePanel();
    agree->selectItem(item);
    test::pump();
    CHECK(agree->lockLine()->IsShown());
    CHECK_FALSE(agree->agreedChoice()->IsEnabled());
    CHECK_FALSE(agree->suggestedButton()->IsEnabled());
    CHECK_FALSE(agree->strengthChoice()->IsEnabled());
    CHECK_FALSE(agree->record()->rationale()->IsEnabled());
    CHECK_FALSE(agree->record()->dissent()->IsEnabled());
    CHECK(agree->list()->IsEnabled());
    test::pressKey('0');
    test::pump(50);
    CHECK(session.answers().agreed(item)->rating.level == std::optional<int>(2));

    session.reopen("The minute named the wrong meeting");
    test::pump(50);
    REQUIRE_FALSE(session.locked());
    agree->selectItem(item);
    test::pump();
    CHECK_FALSE(agree->lockLine()->IsShown());
    CHECK(agree->agreedChoice()->IsEnabled());
    CHECK(agree->strengthChoice()->IsEnabled());
    CHECK(agree->record()->rationale()->IsEnabled());
    frame->showPage(gui::MainFrame::Page::Items);
    frame->goToItem(item);
    test::pump(50);
    for (wxWindow* control : itemControls()) {
        INFO(control->GetName().utf8_string());
        CHECK(control->IsEnabled());
    }
    CHECK_FALSE(items->lockLine()->IsShown());
    test::closeMainFrame(frame);
}

TEST_CASE("The item tree shows evidence strengths and steps the selected one with Shift+E unless locked",
          "[gui][assurance]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openFrameWithNewReview(dir.file("ccg.sqlite"));
    auto& session = frame->session();
    wxTreeCtrl& tree = *frame->treePanel()->tree();
    const std::string item = frame->treePanel()->selectedItem();
    REQUIRE_FALSE(item.empty());
    const auto label = [&] { return tree.GetItemText(tree.GetSelection()).utf8_string(); };
    CHECK(label().rfind(item + "  ", 0) == 0);

    // Set elsewhere (the Items page), shown in the tree.
    session.setEvidenceStrength(item, EvidenceStrength::Documented);
    test::pump();
    CHECK(label().rfind(item + " \xC2\xB7 Documented  ", 0) == 0);

    tree.SetFocus();
    test::pump();
    REQUIRE(wxWindow::FindFocus() == &tree);
    wxUIActionSimulator keys;
    keys.Char('E', wxMOD_SHIFT);
    test::pump(50);
    CHECK(session.assessment().evidenceStrength(item) == EvidenceStrength::Verified);
    CHECK(label().rfind(item + " \xC2\xB7 Verified  ", 0) == 0);
    keys.Char('E', wxMOD_SHIFT);
    test::pump(50);
    CHECK(session.assessment().evidenceStrength(item) == EvidenceStrength::None);
    CHECK(label().rfind(item + "  ", 0) == 0);
    CHECK(frame->treePanel()->selectedItem() == item);

    session.signOff({"2014-03-27", "Governing Body", "GB/14/1", "Dr Asha Patel", "Chair", ""});
    test::pump(50);
    REQUIRE(session.locked());
    tree.SetFocus();
    test::pump();
    keys.Char('E', wxMOD_SHIFT);
    test::pump(50);
    CHECK(session.assessment().evidenceStrength(item) == EvidenceStrength::None);
    CHECK(frame->GetStatusBar()->GetStatusText().utf8_string().find("approved") != std::string::npos);
    test::closeMainFrame(frame);
}
