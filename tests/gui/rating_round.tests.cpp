// The whole rating round in the desktop application, without the command line: the lead creates a
// blind review, sends four members their forms, takes their returns, reveals, sees where the board
// differs, agrees with a rationale and a member's dissent, and tables the paper.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"

#include "app/gui/agree_panel.hpp"
#include "app/gui/agreement_record.hpp"
#include "app/gui/autosave_text.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"
#include "checklists/assessment_writer.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>

#include <filesystem>

using namespace ccg;

namespace {

/// What a member's form saves: their answers file, here with a level for each of the first items.
std::string memberReturn(const gui::MainFrame& frame, const std::string& folder, const Rater& rater,
                         const std::vector<int>& levels)
{
    auto& session = const_cast<gui::MainFrame&>(frame).session();
    Assessment saved;
    saved.checklistId = session.checklist().id;
    saved.checklistVersion = session.checklist().version;
    saved.organisation = session.review().organisation;
    saved.review = session.review().info;
    saved.raters = {rater};
    std::size_t i = 0;
    for (const auto& domain : session.checklist().domains)
        for (const auto& item : domain.items)
            if (i < levels.size())
                saved.answers.push_back({item.id, rater.id, Rating::at(levels[i++]), "Note of " + rater.name, ""});
    const std::string path = folder + "/" + rater.id + "-answers.xml";
    saveAssessmentFile(saved, path);
    return path;
}

}  // namespace

TEST_CASE("A lead runs the rating round from forms to the tabled paper, and nobody sees a rating before reveal",
          "[gui][round][end-to-end]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("round.sqlite"));
    frame->SetSize(0, 0, 1366, 768);
    auto& session = frame->session();
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdNewOrganisation), test::FillOrganisation("07K", "NHS Riverside CCG"),
                  test::FillReview("2015", "Board self-review 2015", true));
    for (const auto& [name, role] : {std::pair{"Dr Asha Patel", "Chair"}, {"Mark Hollis", "Accountable officer"},
                                     {"Janet Okafor", "Lay member"}, {"Sam Reid", "Nurse member"}})
        wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddRater), test::FillRater(name, role));
    REQUIRE(session.assessment().raters.size() == 4);
    REQUIRE(session.ratingsHidden());

    // Forms for the four members, one file each.
    const std::string forms = dir.file("forms");
    test::answerFileDialogs(*frame, forms);
    test::runMenu(*frame, gui::kIdSendForms);
    std::size_t written = 0;
    for (const auto& entry : std::filesystem::directory_iterator(forms))
        written += entry.path().extension() == ".html";
    CHECK(written == 4);
    for (const auto& progress : session.raterProgress())
        CHECK(progress.round.formWrittenAt);

    // Their returns: the chair and the lay member differ by three levels on the first item.
    const auto& raters = session.assessment().raters;
    const std::vector<std::string> returns{
        memberReturn(*frame, dir.file(""), raters[0], {4, 3, 2}), memberReturn(*frame, dir.file(""), raters[1], {3, 3, 2}),
        memberReturn(*frame, dir.file(""), raters[2], {1, 3, 2}), memberReturn(*frame, dir.file(""), raters[3], {3, 2, 2})};
    test::answerFileDialogs(*frame, returns);
    test::runMenu(*frame, gui::kIdImportReturns);
    for (const auto& progress : session.raterProgress()) {
        CHECK(progress.round.returnedAt);
        CHECK(progress.rated == 3);
    }
    // Still blind: the agree page shows progress only, and the lead sees only their own (empty) view.
    frame->showPage(gui::MainFrame::Page::Agree);
    test::pump(100);
    CHECK(frame->agreePanel()->showsProgressOnly());
    CHECK(frame->agreePanel()->progress()->GetItemText(0, 1) == wxString::Format("3 of %zu", session.checklist().itemCount()));

    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdRevealRatings), wxExpectModal<wxMessageDialog>(wxID_YES));
    REQUIRE_FALSE(session.ratingsHidden());
    test::pump(100);
    auto* agree = frame->agreePanel();
    CHECK_FALSE(agree->showsProgressOnly());
    const std::string first = session.checklist().domains.front().items.front().id;
    const ItemScore* scored = session.scores().findItem(first);
    CHECK(scored->spread == 3);
    CHECK(scored->disagreement);
    test::screenshot(*frame, "round-revealed-agree-1366x768");

    // Agree 3, with the board's reasons and the lay member's dissent, as typed on the page.
    agree->selectItem(first);
    agree->agreeSelected(Rating::at(3));
    REQUIRE(session.answers().agreed(first));
    agree->selectItem(first);
    gui::AgreementRecord* record = agree->record();
    record->rationale()->SetValue("Most members saw the register used at each meeting.");
    record->flush();
    test::choose(*record->dissenter(), "Janet Okafor");
    record->dissent()->SetValue("I have never seen the register.");
    record->flush();
    const AgreedRating* agreed = session.answers().agreed(first);
    REQUIRE(agreed);
    CHECK(agreed->rationale == "Most members saw the register used at each meeting.");
    REQUIRE(agreed->dissent.size() == 1);
    CHECK(agreed->dissent[0].rater == "janet-okafor");
    test::screenshot(*frame, "round-agreed-1366x768");

    // The paper for the board.
    const std::string paper = dir.file("paper.html");
    test::answerFileDialogs(*frame, paper);
    test::runMenu(*frame, gui::kIdSaveReport);
    const std::string html = test::readFile(paper);
    CHECK(html.find("Most members saw the register used at each meeting.") != std::string::npos);
    CHECK(html.find("Janet Okafor</bdi> dissents:") != std::string::npos);
    CHECK(html.find("I have never seen the register.") != std::string::npos);
    for (const char* name : {"Dr Asha Patel", "Mark Hollis", "Janet Okafor", "Sam Reid"})
        CHECK(html.find(name) != std::string::npos);
    test::closeMainFrame(frame);
}
