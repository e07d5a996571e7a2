// Report > Save a blank workshop pack: made of a checklist, not of a review, so it works before
// any review exists and names no organisation (a consultant takes one pack to every board).
#include "gui_driver.hpp"
#include "gui_fixture.hpp"

#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/choicdlg.h>
#include <wx/listbox.h>
#include <wx/statusbr.h>

#include <filesystem>

using namespace ccg;

namespace {

/// The text of a PDF as pdftotext reads it, or nullopt when pdftotext is not installed.
std::optional<std::string> pdfText(const std::string& pdf)
{
    for (const char* tool : {"/usr/bin/pdftotext", "/usr/local/bin/pdftotext"})
        if (std::filesystem::exists(tool)) {
            const auto result = test::runProcess(tool, {pdf, "-"});
            REQUIRE(result.exitCode == 0);
            return result.out;
        }
    return std::nullopt;
}

/// Answers the "which checklist" dialog with the entry containing `wanted`, noting what it offered first.
class ChooseChecklist : public wxExpectModalBase<wxSingleChoiceDialog, ChooseChecklist> {
public:
    ChooseChecklist(wxString wanted, wxArrayString& offered, wxString& preselected)
        : m_wanted(std::move(wanted)), m_offered(offered), m_preselected(preselected)
    {
    }

protected:
    int OnInvoked(wxSingleChoiceDialog* dialog) const override
    {
        wxListBox* list = nullptr;
        for (wxWindow* child : dialog->GetChildren())
            if (!list)
                list = dynamic_cast<wxListBox*>(child);
        REQUIRE(list);
        m_offered = list->GetStrings();
        m_preselected = list->GetStringSelection();
        for (unsigned i = 0; i < m_offered.size(); ++i)
            if (m_offered[i].Contains(m_wanted))
                dialog->SetSelection(static_cast<int>(i));
        return wxID_OK;
    }

private:
    wxString m_wanted;
    wxArrayString& m_offered;
    wxString& m_preselected;
};

std::string saveBlankPack(gui::MainFrame& frame, const std::string& path)
{
    test::answerFileDialogs(frame, path);
    test::runMenu(frame, gui::kIdSaveWorkshopPack);
    INFO(frame.lastMessage().utf8_string());
    REQUIRE(std::filesystem::exists(path));
    const std::string pdf = test::readFile(path);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    return pdf;
}

}  // namespace

TEST_CASE("On first run, with no review, a blank workshop pack of the shipped checklist is saved", "[gui][workshop]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("first-run.sqlite"));
    REQUIRE_FALSE(frame->session().hasReview());
    // The only checklist there is: nothing to choose, straight to the file dialog.
    wxString suggested;
    frame->setFileChooser([&](wxWindow*, const gui::FileRequest& request) {
        suggested = request.suggestedName;
        wxArrayString chosen;
        chosen.push_back(wxString::FromUTF8(dir.file("pack.pdf")));
        return chosen;
    });
    test::runMenu(*frame, gui::kIdSaveWorkshopPack);
    INFO(frame->lastMessage().utf8_string());
    CHECK(suggested == "ccg-commissioning-2013-workshop-pack.pdf");
    REQUIRE(std::filesystem::exists(dir.file("pack.pdf")));
    CHECK(test::readFile(dir.file("pack.pdf")).rfind("%PDF-", 0) == 0);
    CHECK(frame->GetStatusBar()->GetStatusText(0) == "Saved the workshop pack as pack.pdf.");
    if (const auto text = pdfText(dir.file("pack.pdf"))) {
        CHECK(text->find("lessons from a decade of PCT commissioning") != std::string::npos);
        CHECK(text->find("Organisation") != std::string::npos);
    }
    test::closeMainFrame(frame);
}

TEST_CASE("A workshop pack is offered of every stored checklist and names no organisation", "[gui][workshop]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    const std::string organisation = frame->session().review().organisation.name;
    const std::string code = frame->session().review().organisation.code;
    frame->session().repository().storeChecklist(test::readFile(CCG_TEST_DATA_DIR "/mini-checklist.xml"),
                                                 "mini-checklist.xml");
    wxArrayString offered;
    wxString preselected;

    SECTION("with the demo review open, its checklist is offered first")
    {
        wxTEST_DIALOG(saveBlankPack(*frame, dir.file("pack.pdf")),
                      ChooseChecklist("ccg-commissioning-2013", offered, preselected));
        CHECK(offered.size() == 2);
        CHECK(preselected.Contains("ccg-commissioning-2013, version 1.0"));
        if (const auto text = pdfText(dir.file("pack.pdf"))) {
            CHECK(text->find("lessons from a decade of PCT commissioning") != std::string::npos);
            CHECK(text->find(organisation) == std::string::npos);
            CHECK(text->find(code + " ") == std::string::npos);
            CHECK(text->find(frame->session().review().info.title) == std::string::npos);
        }
    }
    SECTION("with no review open, the other stored checklist can be chosen")
    {
        frame->session().closeReview();
        test::pump(50);
        REQUIRE_FALSE(frame->session().hasReview());
        wxTEST_DIALOG(saveBlankPack(*frame, dir.file("mini.pdf")),
                      ChooseChecklist("Mini checklist", offered, preselected));
        CHECK(offered.size() == 2);
        CHECK(preselected.Contains("ccg-commissioning-2013"));  // the one the application ships
        if (const auto text = pdfText(dir.file("mini.pdf"))) {
            CHECK(text->find("Mini checklist") != std::string::npos);
            CHECK(text->find("lessons from a decade") == std::string::npos);
            CHECK(text->find(organisation) == std::string::npos);
        }
    }
    test::closeMainFrame(frame);
}
