// The main window driven as a user drives it: menus, dialogs, keys, typing, closing and
// opening again on the same database.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/autosave_text.hpp"
#include "app/gui/command_ids.hpp"
#include "app/gui/dashboard_panel.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/rag_tile.hpp"
#include "app/session/item_status.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <wx/config.h>
#include <wx/image.h>
#include <wx/menu.h>
#include <wx/infobar.h>
#include <wx/stattext.h>
#include <wx/treectrl.h>

using namespace ccg;
using Catch::Approx;

namespace {

const std::string kChecklist = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";

// Runs a menu command that writes a file, its file dialog answered with `path`; the file's bytes.
std::string savedByMenu(gui::MainFrame& frame, int command, const std::string& path)
{
    test::answerFileDialogs(frame, path);
    test::runMenu(frame, command);
    INFO(frame.lastMessage().utf8_string());
    return test::readFile(path);
}

std::optional<double> jsonScore(const nlohmann::json& value)
{
    return value.is_null() ? std::nullopt : std::optional<double>(value.get<double>());
}

}  // namespace

TEST_CASE("A review rated by keyboard is all there after closing and reopening the window", "[gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    const std::string database = dir.file("ccg.sqlite");
    std::vector<std::string> rated;
    {
        auto* frame = test::openMainFrame(database);
        CHECK(frame->lastMessage().Contains("no reviews"));
        test::createReviewByMenu(*frame);
        REQUIRE(frame->session().hasReview());
        CHECK(frame->session().review().organisation.name == "NHS Example CCG");
        CHECK(frame->session().review().info.title == "Board self-review 2014");

        frame->treePanel()->tree()->SetFocus();
        test::pump(100);
        // Ten items rated 0, 1, 2, 3, 4, 0, ... moving down with the arrow key after each.
        for (int i = 0; i < 10; ++i) {
            rated.push_back(frame->treePanel()->selectedItem());
            test::pressKey('0' + i % 5);
            test::pressKey(WXK_DOWN);
        }
        const std::string notApplicable = frame->treePanel()->selectedItem();
        test::pressKey('N');
        for (std::size_t i = 0; i < rated.size(); ++i)
            CHECK((frame->session().currentRating(rated[i]) == Rating::at(static_cast<int>(i % 5))));
        CHECK((frame->session().currentRating(notApplicable) == Rating::notApplicable()));
        CHECK(notApplicable == frame->treePanel()->navigator()->next(rated.back()));

        // Digits typed in the note are text: they must not re-rate the item.
        frame->itemPanel()->noteBox()->SetFocus();
        test::pump(50);
        test::typeText("Minutes of 12 May 2014, item 4");
        CHECK(frame->itemPanel()->noteBox()->GetValue() == "Minutes of 12 May 2014, item 4");
        CHECK((frame->session().currentRating(notApplicable) == Rating::notApplicable()));
        // Closed at once, before the autosave timer: closing must still keep the note.
        test::closeMainFrame(frame);
        rated.push_back(notApplicable);
    }

    auto* frame = test::openMainFrame(database);
    REQUIRE(frame->session().hasReview());
    CHECK(frame->session().review().info.title == "Board self-review 2014");
    for (std::size_t i = 0; i + 1 < rated.size(); ++i)
        CHECK((frame->session().currentRating(rated[i]) == Rating::at(static_cast<int>(i % 5))));
    CHECK((frame->session().currentRating(rated.back()) == Rating::notApplicable()));
    CHECK(frame->session().currentNote(rated.back()) == "Minutes of 12 May 2014, item 4");

    // The dashboard shows what the command line computes for the exported answers file.
    const std::string exported = dir.file("exported.xml");
    test::answerFileDialogs(*frame, exported);
    test::runMenu(*frame, gui::kIdExportAnswers);
    const auto result = test::runProcess(CCG_EXECUTABLE, {"score", "--checklist", kChecklist, "--answers", exported,
                                                          "--format", "json"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto json = nlohmann::json::parse(result.out);
    frame->showPage(gui::MainFrame::Page::Dashboard);
    test::pump(100);
    const auto* dashboard = frame->dashboardPanel();
    REQUIRE(jsonScore(json["overall"]["score"]));
    CHECK(*dashboard->overallTile()->tile().score == Approx(*jsonScore(json["overall"]["score"])));
    CHECK(toString(dashboard->overallTile()->tile().rag) == json["overall"]["rag"].get<std::string>());
    REQUIRE(dashboard->domainTiles().size() == json["domains"].size());
    for (std::size_t d = 0; d < json["domains"].size(); ++d) {
        const auto expected = jsonScore(json["domains"][d]["score"]);
        const auto shown = dashboard->domainTiles()[d]->tile().score;
        REQUIRE(expected.has_value() == shown.has_value());
        if (expected)
            CHECK(*shown == Approx(*expected));
    }
    test::closeMainFrame(frame);
}

TEST_CASE("The window reopens the review left open, read ahead or the usual way", "[gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("ccg.sqlite"));
    const auto reviews = frame->session().repository().listReviews();
    REQUIRE(reviews.size() == 2);
    const storage::RowId older = reviews.back().id;
    REQUIRE(frame->session().review().id != older);
    frame->session().openReview(older);
    test::closeMainFrame(frame);

    for (const auto first : {test::FirstReview::Preloaded, test::FirstReview::ReadAfterShow}) {
        frame = test::openMainFrame(dir.file("ccg.sqlite"), first);
        REQUIRE(frame->session().hasReview());
        CHECK(frame->session().review().id == older);
        CHECK(frame->session().review().info.id == "2013-q1");
        // The first item is shown and takes a rating by keyboard, stored at once.
        const std::string item = frame->itemPanel()->itemId();
        REQUIRE_FALSE(item.empty());
        CHECK(test::itemHeaderText(*frame).find(item) != std::string::npos);
        CHECK(frame->itemPanel()->noteBox()->IsShownOnScreen());
        frame->treePanel()->tree()->SetFocus();
        test::pump(100);
        test::pressKey('2');
        REQUIRE(frame->session().currentRating(item));
        CHECK(frame->session().currentRating(item)->level == 2);
        test::closeMainFrame(frame);
    }
}

TEST_CASE("A database that can only be read says so in the status bar, and an edit says why it fails", "[gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    test::closeMainFrame(test::openDemoFrame(dir.file("ccg.sqlite")));
    const std::string before = test::readFile(dir.file("ccg.sqlite"));
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"), test::FirstReview::Preloaded, storage::Access::ReadOnly);
    REQUIRE(frame->session().hasReview());
    INFO(frame->GetStatusBar()->GetStatusText(1).utf8_string());
    CHECK(frame->GetStatusBar()->GetStatusText(1).StartsWith("Read-only"));
    const std::string item = frame->itemPanel()->itemId();
    const auto rating = frame->session().currentRating(item);
    frame->treePanel()->tree()->SetFocus();
    test::pump(100);
    test::pressKey(rating && rating->level == 1 ? '2' : '1');
    CHECK(frame->infoBar()->IsShown());
    CHECK(frame->lastMessage().Contains("cannot be written"));
    test::closeMainFrame(frame);
    CHECK(test::readFile(dir.file("ccg.sqlite")) == before);
    frame = test::openMainFrame(dir.file("ccg.sqlite"));
    CHECK_FALSE(frame->GetStatusBar()->GetStatusText(1).StartsWith("Read-only"));
    test::closeMainFrame(frame);
}

TEST_CASE("The first run offers the demo organisation and opens it", "[gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    CHECK(frame->infoBar()->IsShown());
    CHECK(test::itemHeaderText(*frame).find("No review is open") != std::string::npos);
    CHECK_FALSE(frame->itemPanel()->noteBox()->IsShownOnScreen());
    wxCommandEvent click(wxEVT_BUTTON, gui::kIdOpenDemo);
    click.SetEventObject(frame->infoBar());
    frame->infoBar()->GetEventHandler()->ProcessEvent(click);
    test::pump(200);
    REQUIRE(frame->session().hasReview());
    CHECK(frame->session().review().organisation.name == "NHS Northmoor CCG");
    CHECK(frame->session().review().info.id == "2014-q1");
    CHECK(frame->session().previousScores() != nullptr);
    CHECK_FALSE(frame->infoBar()->IsShown());
    test::closeMainFrame(frame);
}

TEST_CASE("An error the user can act on appears in the window, not as a crash", "[gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    // A broken answers file: the import fails with the loader's message, nothing else changes.
    const std::string broken = dir.file("broken.xml");
    test::writeFile(broken, "<assessment checklist=\"ccg-commissioning-2013\"><answer item=\"nope\" level=\"9\"/>");
    test::answerFileDialogs(*frame, broken);
    test::runMenu(*frame, gui::kIdImportAnswers);
    CHECK(frame->infoBar()->IsShown());
    INFO(frame->lastMessage().utf8_string());
    CHECK(frame->lastMessage().Contains("broken.xml"));
    CHECK_FALSE(frame->session().hasReview());
    test::closeMainFrame(frame);
}

TEST_CASE("The Report menu saves the board report, the action plan and a workshop pack", "[gui][reports]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("ccg.sqlite"));

    const auto save = [&](int command, const std::string& name) { return savedByMenu(*frame, command, dir.file(name)); };
    CHECK(save(gui::kIdSaveReport, "board.pdf").rfind("%PDF", 0) == 0);
    const std::string html = save(gui::kIdSaveReport, "board.html");
    CHECK(html.find("NHS Northmoor CCG") != std::string::npos);
    CHECK(html.find("<html") != std::string::npos);
    CHECK(save(gui::kIdExportActionPlan, "actions.xlsx").rfind("PK", 0) == 0);
    CHECK_FALSE(save(gui::kIdExportActionPlan, "actions.csv").empty());
    CHECK(save(gui::kIdSaveWorkshopPack, "pack.pdf").rfind("%PDF", 0) == 0);
    test::closeMainFrame(frame);
}

TEST_CASE("The Report menu's public version leaves raters' names and notes out of every paper, and is remembered",
          "[gui][reports][public]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    const std::string database = dir.file("ccg.sqlite");
    auto* frame = test::openDemoFrame(database);
    // Whatever happens, later tests find the board version.
    struct BoardAgain {
        ~BoardAgain() { wxConfigBase::Get()->Write("/Reports/Audience", "board"); }
    } boardAgain;
    const auto setPublic = [](gui::MainFrame& window, bool on) {
        window.GetMenuBar()->Check(gui::kIdPublicVersion, on);
        wxCommandEvent event(wxEVT_MENU, gui::kIdPublicVersion);
        event.SetInt(on ? 1 : 0);
        window.GetEventHandler()->ProcessEvent(event);
    };
    const auto save = [&](int command, const std::string& name) { return savedByMenu(*frame, command, dir.file(name)); };
    REQUIRE(frame->GetMenuBar()->FindItem(gui::kIdPublicVersion)->IsCheckable());
    CHECK_FALSE(frame->GetMenuBar()->IsChecked(gui::kIdPublicVersion));
    CHECK(save(gui::kIdSaveReport, "board.html").find("Janet Okafor") != std::string::npos);

    setPublic(*frame, true);
    const std::string html = save(gui::kIdSaveReport, "public.html");
    CHECK(frame->GetStatusBar()->GetStatusText(0).Contains("public version of the board report as public.html"));
    CHECK(html.find("Public version") != std::string::npos);
    const std::string csv = save(gui::kIdExportActionPlan, "public.csv");
    for (const auto* paper : {&html, &csv}) {
        CHECK(paper->find("Member 3") != std::string::npos);
        for (const char* secret : {"Janet Okafor", "Mark Hollis", "Chair (GP)", "Board minutes, 16 May 2013"}) {
            INFO(secret);
            CHECK(paper->find(secret) == std::string::npos);
        }
    }
    test::closeMainFrame(frame);

    frame = test::openMainFrame(database);
    CHECK(frame->GetMenuBar()->IsChecked(gui::kIdPublicVersion));
    setPublic(*frame, false);
    CHECK_FALSE(frame->GetMenuBar()->IsChecked(gui::kIdPublicVersion));
    test::closeMainFrame(frame);
    frame = test::openMainFrame(database);
    CHECK_FALSE(frame->GetMenuBar()->IsChecked(gui::kIdPublicVersion));
    test::closeMainFrame(frame);
}

TEST_CASE("A note being typed is stored in its own review when another review opens", "[gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    test::createReviewByMenu(*frame);
    const auto firstReview = frame->session().review().id;
    const std::string item = frame->treePanel()->selectedItem();
    frame->itemPanel()->noteBox()->SetFocus();
    test::pump(50);
    test::typeText("Half-typed thought");
    // Straight to another review by the keyboard-free route: no focus change, no timer.
    test::runMenu(*frame, gui::kIdOpenDemo);
    REQUIRE(frame->session().review().id != firstReview);
    CHECK(frame->session().currentNote(item) != "Half-typed thought");
    frame->session().openReview(firstReview);
    CHECK(frame->session().currentNote(item) == "Half-typed thought");
    test::closeMainFrame(frame);
}

TEST_CASE("An ampersand in a name or title is shown as typed, not taken for a keyboard mnemonic", "[gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdNewOrganisation), test::FillOrganisation("00Q", "NHS Example CCG"),
                  test::FillReview("2014", "Q&A review 2014"));
    REQUIRE(frame->session().hasReview());
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddRater), test::FillRater("Smith & Jones", "Lay members"));
    frame->session().rate(frame->treePanel()->selectedItem(), Rating::at(2));
    test::pump(50);
    auto* summary = test::child<wxStaticText>(frame, "rating-summary");
    REQUIRE(summary);
    CHECK(summary->GetLabelText().Contains("Smith & Jones"));
    auto* title = test::child<wxStaticText>(frame, "review-title");
    REQUIRE(title);
    CHECK(title->GetLabelText().Contains("Q&A review 2014"));
    test::closeMainFrame(frame);
}

TEST_CASE("A stored note is shown in the text colour, not the grey of a placeholder", "[gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("ccg.sqlite"));
    frame->goToItem("org-01");  // the chair's note on it is in the demo review
    test::pump(200);
    auto* note = frame->itemPanel()->noteBox();
    REQUIRE_FALSE(note->GetValue().empty());
    const wxImage shown(wxString::FromUTF8(test::screenshot(*note, "note-box")));
    REQUIRE(shown.IsOk());
    // Dark text: some pixel near black (a placeholder's grey never gets below about 0x80).
    bool dark = false;
    for (int y = 0; y < shown.GetHeight() && !dark; ++y)
        for (int x = 0; x < shown.GetWidth() && !dark; ++x)
            dark = shown.GetRed(x, y) < 0x40 && shown.GetGreen(x, y) < 0x40 && shown.GetBlue(x, y) < 0x40;
    CHECK(dark);
    test::closeMainFrame(frame);
}
