// Every page and dialog at the screen sizes boards use (1366x768 laptops to 1920x1080), walked
// for controls outside their parent, overlapping or cut off. ctest runs these tests three times:
// with the default font, GTK's font at 15 pt and GDK_DPI_SCALE=1.5 (CCG_LAYOUT_FONT names which,
// for the screenshots: build/screenshots/<page>-<size>-<font>.png).
#include "accessibility_check.hpp"
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "layout_check.hpp"
#include "process_runner.hpp"

#include "app/gui/action_dialog.hpp"
#include "app/gui/checklist_import_dialog.hpp"
#include "app/gui/command_ids.hpp"
#include "app/gui/history_dialog.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/open_review_dialog.hpp"
#include "app/gui/organisation_dialog.hpp"
#include "app/gui/present_frame.hpp"
#include "app/gui/rater_dialog.hpp"
#include "app/gui/returns_dialog.hpp"
#include "app/gui/review_dialog.hpp"
#include "app/gui/review_settings_dialog.hpp"
#include "app/gui/sign_off_dialog.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/config.h>
#include <wx/display.h>
#include <wx/splitter.h>
#include <wx/window.h>

#include <cstdlib>
#include <functional>
#include <memory>
#include <sstream>

using namespace ccg;

namespace {

struct ScreenSize {
    int width;
    int height;
    [[nodiscard]] std::string name() const { return std::to_string(width) + "x" + std::to_string(height); }
    // What a maximised window gets: the screen less a panel or task bar.
    [[nodiscard]] wxSize workArea() const { return {width, height - 40}; }
};

constexpr ScreenSize kSizes[] = {{1366, 768}, {1600, 900}, {1920, 1080}};

std::string fontSetting()
{
    const char* font = std::getenv("CCG_LAYOUT_FONT");
    return font && *font ? font : "default";
}

std::string listed(const std::vector<std::string>& problems)
{
    std::ostringstream out;
    for (const auto& problem : problems)
        out << "\n  " << problem;
    return out.str();
}

// Saves a picture of `window` and checks its layout; the picture comes first, so a failure can
// be looked at. Then checks that each of its inputs has a name a screen reader can announce and
// is reached with Tab.
void checkLayout(wxWindow& window, const std::string& page, const ScreenSize& size)
{
    const std::string name = page + "-" + size.name() + "-" + fontSetting();
    test::screenshot(window, name);
    const auto problems = test::layoutProblems(window);
    {
        INFO(name << ":" << listed(problems));
        CHECK(problems.empty());
    }
    const auto unnamed = test::unnamedControls(window);
    INFO(name << ":" << listed(unnamed));
    CHECK(unnamed.empty());
    const auto unreachable = test::unreachableControls(window);
    INFO(name << ":" << listed(unreachable));
    CHECK(unreachable.empty());
}

// The item whose question is longest: the one most likely to push controls out of the page.
std::string longestQuestion(const Checklist& checklist)
{
    std::string id;
    std::size_t longest = 0;
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            if (item.question.size() > longest) {
                longest = item.question.size();
                id = item.id;
            }
    return id;
}

void fitFrame(gui::MainFrame& frame, const ScreenSize& size)
{
    frame.SetSize(wxRect(wxPoint(0, 0), size.workArea()));
    test::pump(150);
}

}  // namespace

TEST_CASE("Every page fits at 1366x768, 1600x900 and 1920x1080", "[gui][layout]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("layout.sqlite"));
    for (const auto& size : kSizes) {
        fitFrame(*frame, size);
        checkLayout(*frame, "first-run", size);
    }
    test::runMenu(*frame, gui::kIdOpenDemo);
    test::pump(150);
    REQUIRE(frame->session().hasReview());
    const std::string item = longestQuestion(frame->session().checklist());
    for (const auto& size : kSizes) {
        fitFrame(*frame, size);
        frame->showPage(gui::MainFrame::Page::Items);
        frame->goToItem(item);
        test::pump(200);
        checkLayout(*frame, "items", size);
        for (const char* box : {"note", "evidence"}) {
            wxWindow* text = wxWindow::FindWindowByName(box, frame);
            REQUIRE(text);
            INFO(box << " at " << size.name());
            CHECK(text->IsShownOnScreen());
            CHECK(test::visibleLines(*text) >= 5);
        }
        const std::pair<gui::MainFrame::Page, const char*> pages[] = {
            {gui::MainFrame::Page::Agree, "agree"},
            {gui::MainFrame::Page::Actions, "actions"},
            {gui::MainFrame::Page::Dashboard, "dashboard"},
            {gui::MainFrame::Page::Compare, "compare"},
        };
        for (const auto& [page, name] : pages) {
            frame->showPage(page);
            test::pump(200);
            checkLayout(*frame, name, size);
        }
    }
    test::closeMainFrame(frame);
}

TEST_CASE("An approved review's pages and a review's commitments fit each screen", "[gui][layout]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("states.sqlite"));
    session::ReviewSession& session = frame->session();
    // The demo's 2014 review carries four commitments from 2013 and grades sixteen items' evidence.
    REQUIRE(session.commitments().size() == 4);
    const auto earlier = session.repository().findReview("99X", "2013-q1");
    REQUIRE(earlier);
    const auto later = session.review().id;
    const std::pair<gui::MainFrame::Page, const char*> pages[] = {
        {gui::MainFrame::Page::Items, "items"},
        {gui::MainFrame::Page::Actions, "actions"},
        {gui::MainFrame::Page::Dashboard, "dashboard"},
    };
    for (const auto& [review, state] : {std::pair(later, "commitments"), std::pair(*earlier, "locked")}) {
        session.openReview(review);
        test::pump(100);
        REQUIRE(session.locked() == (review == *earlier));
        for (const auto& size : kSizes) {
            fitFrame(*frame, size);
            for (const auto& [page, name] : pages) {
                frame->showPage(page);
                test::pump(200);
                checkLayout(*frame, std::string(name) + "-" + state, size);
            }
        }
    }
    test::closeMainFrame(frame);
}

TEST_CASE("The view for the room fits each screen", "[gui][layout]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("present.sqlite"));
    frame->goToItem(longestQuestion(frame->session().checklist()));
    test::runMenu(*frame, gui::kIdPresent);
    gui::PresentFrame* view = frame->presentFrame();
    REQUIRE(view);
    for (const auto& size : kSizes) {
        view->SetSize(wxRect(wxPoint(0, 0), wxSize(size.width, size.height)));
        // The view fits its type to the new size after GTK has restyled it: give it time.
        test::pump(600);
        checkLayout(*view, "present", size);
        // C shows how many members chose each level: more lines, which must fit too.
        wxKeyEvent counts(wxEVT_CHAR_HOOK);
        counts.m_keyCode = 'C';
        counts.SetEventObject(view);
        view->GetEventHandler()->ProcessEvent(counts);
        test::pump(200);
        checkLayout(*view, "present-counts", size);
        view->showItem(std::string(view->item()));
    }
    view->Close();
    test::pump(100);
    test::closeMainFrame(frame);
}

TEST_CASE("Every dialog fits each screen and shows all its controls", "[gui][layout]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("dialogs.sqlite"));
    session::ReviewSession& session = frame->session();
    Action action;
    action.item = longestQuestion(session.checklist());
    action.text = "Ask the audit committee to review the conflicts register every quarter";
    action.owner = "Board secretary";

    // The history window with rows in it: a rating and a long note, as one line of the table.
    session.rate(action.item, Rating::at(2));
    session.setNote(action.item, std::string(600, 'n') + "\nSecond line of the note");
    using Make = std::function<std::unique_ptr<wxDialog>()>;
    const std::pair<const char*, Make> dialogs[] = {
        {"organisation-dialog", [&]() -> std::unique_ptr<wxDialog> { return std::make_unique<gui::OrganisationDialog>(frame); }},
        {"review-dialog",
         [&]() -> std::unique_ptr<wxDialog> {
             return std::make_unique<gui::ReviewDialog>(frame, session.repository(), session.review().organisationId,
                                                 CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml");
         }},
        {"rater-dialog", [&]() -> std::unique_ptr<wxDialog> { return std::make_unique<gui::RaterDialog>(frame, std::vector<std::string>{"chair"}); }},
        {"action-dialog",
         [&]() -> std::unique_ptr<wxDialog> { return std::make_unique<gui::ActionDialog>(frame, session.checklist(), action, "New action"); }},
        {"review-settings-dialog", [&]() -> std::unique_ptr<wxDialog> { return std::make_unique<gui::ReviewSettingsDialog>(frame, session.review()); }},
        {"sign-off-dialog", [&]() -> std::unique_ptr<wxDialog> { return std::make_unique<gui::SignOffDialog>(frame, "board", "2014-03-27"); }},
        {"reopen-dialog",
         [&]() -> std::unique_ptr<wxDialog> {
             return std::make_unique<gui::ReopenDialog>(
                 frame, "review '2014-q1' was approved on 2014-03-27 at Board meeting in public (minute GB/14/031); "
                        "reopen it to change it");
         }},
        {"returns-dialog", [&]() -> std::unique_ptr<wxDialog> { return std::make_unique<gui::ReturnsDialog>(frame, session, [] {}, [] {}); }},
        // A CSV file with a problem: the id, version and title fields and the list of findings.
        {"checklist-import-dialog",
         [&]() -> std::unique_ptr<wxDialog> {
             return std::make_unique<gui::ChecklistImportDialog>(frame, CCG_TEST_DATA_DIR "/sheets/items-mistakes.csv");
         }},
        {"open-review-dialog", [&]() -> std::unique_ptr<wxDialog> { return std::make_unique<gui::OpenReviewDialog>(frame, session, *frame); }},
        {"history-dialog",
         [&]() -> std::unique_ptr<wxDialog> {
             return std::make_unique<gui::HistoryDialog>(frame, "item " + action.item,
                                                         session::reviewRecord(session, action.item),
                                                         "Other raters' answers stay hidden until the ratings are revealed.");
         }},
    };
    for (const auto& size : kSizes) {
        fitFrame(*frame, size);
        for (const auto& [name, make] : dialogs) {
            auto dialog = make();
            dialog->Show();
            test::pump(150);
            const wxSize shown = dialog->GetSize();
            INFO(name << " at " << size.name() << " is " << shown.x << "x" << shown.y);
            CHECK(shown.x <= size.workArea().x);
            CHECK(shown.y <= size.workArea().y);
            checkLayout(*dialog, name, size);
            dialog->Hide();
            dialog.reset();
            test::pump(50);
        }
    }
    test::closeMainFrame(frame);
}

TEST_CASE("The window never opens larger than the screen's work area", "[gui][layout]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    wxConfigBase* config = wxConfigBase::Get();
    // As left on a larger monitor: one no longer attached, and the one still here at a lower
    // resolution.
    for (const wxPoint& corner : {wxPoint(2500, 10), wxPoint(10, 10)}) {
        config->Write("/Window/X", corner.x);
        config->Write("/Window/Y", corner.y);
        config->Write("/Window/Width", 5000);
        config->Write("/Window/Height", 3000);
        config->Flush();
        auto* frame = test::openMainFrame(dir.file("big.sqlite"));
        test::pump(100);
        const wxRect area = wxDisplay(0u).GetClientArea();
        const wxRect placed = frame->GetRect();
        INFO("placed " << placed.width << "x" << placed.height << "+" << placed.x << "+" << placed.y << " on "
                       << area.width << "x" << area.height);
        CHECK(area.Contains(placed));
        test::closeMainFrame(frame);
    }
    config->DeleteGroup("/Window");
}
