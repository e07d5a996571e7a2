#include "app/gui/report_commands.hpp"

#include "app/gui/report_printout.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/report_export.hpp"
#include "app/session/review_session.hpp"
#include "app/session/workshop_checklists.hpp"
#include "checklists/words.hpp"

#include <wx/choicdlg.h>
#include <wx/config.h>
#include <wx/print.h>
#include <wx/utils.h>

namespace ccg::gui {

namespace {

constexpr const char* kAudienceKey = "/Reports/Audience";

wxString joinedNames(const std::vector<std::filesystem::path>& files)
{
    wxString names;
    for (const auto& file : files)
        names += (names.empty() ? "" : " and ") + wxString::FromUTF8(file.filename().string());
    return names;
}

}  // namespace

ReportCommands::ReportCommands(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                               const FileChooser& chooseFile)
    : m_parent(parent), m_session(session), m_messages(messages), m_chooseFile(chooseFile)
{
    m_printData.SetPaperId(wxPAPER_A4);
    m_printData.SetOrientation(wxPORTRAIT);
    wxString audience;
    if (wxConfigBase* config = wxConfigBase::Get(); config && config->Read(kAudienceKey, &audience))
        m_audience = reports::parseAudience(audience.utf8_string()).value_or(reports::Audience::Board);
}

void ReportCommands::setPublicVersion(bool on)
{
    m_audience = on ? reports::Audience::Public : reports::Audience::Board;
    if (wxConfigBase* config = wxConfigBase::Get()) {
        config->Write(kAudienceKey, wxString::FromUTF8(reports::toString(m_audience)));
        config->Flush();
    }
    m_messages.showStatus(on ? "Papers are now the public version: members numbered, no names, notes, evidence or dissent."
                             : "Papers are now the board version, with everything.");
}

std::string ReportCommands::paperName() const
{
    // The checklist's assessing body: "board report", "audit committee report".
    return (m_session.hasReview() ? m_session.checklist().assessedBy : std::string(kDefaultAssessedBy)) + " report";
}

wxString ReportCommands::printTitle() const
{
    const auto& review = m_session.review();
    return wxString::FromUTF8(words::capitalised(paperName()) + (publicVersion() ? ", public version: " : ": ") +
                              review.organisation.name + ", " + review.info.title);
}

std::shared_ptr<const reports::PrintableReport> ReportCommands::layOutForPrinting() const
{
    if (!needBoardPaper())
        return nullptr;
    std::shared_ptr<const reports::PrintableReport> report;
    wxBusyCursor busy;
    m_messages.guarded([&] { report = session::printableReport(m_session, m_audience); });
    return report;
}

void ReportCommands::printBoardReport()
{
    const auto report = layOutForPrinting();
    if (!report)
        return;
    wxPrintDialogData dialogData(m_printData);
    wxPrinter printer(&dialogData);
    ReportPrintout printout(report, printTitle());
    if (printer.Print(m_parent, &printout, true)) {
        m_printData = printer.GetPrintDialogData().GetPrintData();
        m_messages.showStatus("Sent the board report to the printer.");
    } else if (wxPrinter::GetLastError() == wxPRINTER_ERROR) {
        m_messages.showError("The board report could not be printed. Check the printer, or save the report as PDF "
                             "(Report > Save the report) and print that.");
    }
}

wxFrame* ReportCommands::previewBoardReport()
{
    const auto report = layOutForPrinting();
    if (!report)
        return nullptr;
    wxPrintDialogData dialogData(m_printData);
    auto* preview = new wxPrintPreview(new ReportPrintout(report, printTitle()), new ReportPrintout(report, printTitle()),
                                       &dialogData);
    if (!preview->IsOk()) {
        delete preview;
        m_messages.showError("There is no printer set up to preview the board report for. Save it as PDF instead.");
        return nullptr;
    }
    auto* frame = new wxPreviewFrame(preview, m_parent, "Print preview: " + printTitle(), wxDefaultPosition,
                                     m_parent->FromDIP(wxSize(900, 1000)));
    frame->SetName("print-preview");
    frame->Initialize();
    frame->Show();
    return frame;
}

bool ReportCommands::needReview() const
{
    if (!m_session.hasReview())
        m_messages.showStatus("Open a review first.");
    return m_session.hasReview();
}

bool ReportCommands::needBoardPaper() const
{
    if (!needReview())
        return false;
    // Said before any file is asked for: the paper shows every rater's ratings.
    if (m_session.ratingsHidden())
        m_messages.showError("The " + paperName() + " shows every rater's ratings, so it is written once they are "
                             "revealed (Review > Reveal ratings).");
    return !m_session.ratingsHidden();
}

wxString ReportCommands::suggestedName(const wxString& suffix) const
{
    const auto& review = m_session.review();
    return wxString::FromUTF8(review.organisation.code + "-" + review.info.id) + suffix;
}

void ReportCommands::saveBoardReport()
{
    if (!needBoardPaper())
        return;
    const wxString chosen =
        chooseOne(m_chooseFile, m_parent,
                  {FileKind::BoardReport, true,
                   wxString::FromUTF8(publicVersion() ? "Save the public version of the " + paperName()
                                                      : "Save the " + paperName()),
                   suggestedName(publicVersion() ? "-public-report.pdf" : "-board-report.pdf"),
                   "PDF (*.pdf)|*.pdf|Web page (*.html)|*.html"});
    if (chosen.empty())
        return;
    const std::filesystem::path out = chosen.utf8_string();
    std::vector<std::filesystem::path> written;
    wxBusyCursor busy;
    const auto save = [&] { written = session::saveReport(m_session, session::boardReportFormat(out), out, m_audience); };
    if (m_messages.guarded(save))
        m_messages.showStatus(wxString::FromUTF8(publicVersion() ? "Saved the public version of the " + paperName() + " as "
                                                                 : "Saved the " + paperName() + " as ") +
                              joinedNames(written) + ".");
}

void ReportCommands::exportActionPlan()
{
    if (!needReview())
        return;
    const wxString chosen =
        chooseOne(m_chooseFile, m_parent,
                  {FileKind::ActionPlan, true, "Export the action plan",
                   suggestedName(publicVersion() ? "-public-actions.xlsx" : "-actions.xlsx"),
                   "Excel workbook (*.xlsx)|*.xlsx|CSV (*.csv)|*.csv"});
    if (chosen.empty())
        return;
    const std::filesystem::path out = chosen.utf8_string();
    std::vector<std::filesystem::path> written;
    wxBusyCursor busy;
    const auto save = [&] { written = session::saveReport(m_session, session::actionPlanFormat(out), out, m_audience); };
    if (m_messages.guarded(save))
        m_messages.showStatus("Exported " + joinedNames(written) + (publicVersion() ? " (public version)." : "."));
}

std::optional<session::WorkshopChecklist> ReportCommands::chooseWorkshopChecklist() const
{
    std::vector<session::WorkshopChecklist> choices;
    const auto list = [&] { choices = session::workshopChecklists(m_session.repository(), m_session.checklistPath()); };
    if (!m_messages.guarded(list))
        return std::nullopt;
    if (choices.empty()) {
        m_messages.showError("There is no checklist to make a workshop pack of: the database holds none, and the one "
                             "that comes with the application cannot be read. Reinstalling it brings it back.");
        return std::nullopt;
    }
    std::size_t chosen =
        session::preferredWorkshopChecklist(choices, m_session.hasReview() ? &m_session.checklist() : nullptr);
    if (choices.size() > 1) {
        wxArrayString labels;
        for (const auto& choice : choices)
            labels.push_back(wxString::FromUTF8(choice.label()));
        wxSingleChoiceDialog dialog(m_parent, "Which checklist is the pack for?", "Save a blank workshop pack", labels);
        dialog.SetName("workshop-checklist");
        dialog.SetSelection(static_cast<int>(chosen));
        if (dialog.ShowModal() != wxID_OK)
            return std::nullopt;
        chosen = static_cast<std::size_t>(dialog.GetSelection());
    }
    return choices.at(chosen);
}

void ReportCommands::saveWorkshopPack()
{
    // A pack is blank: it needs a checklist, not a review, and names no organisation.
    const auto checklist = chooseWorkshopChecklist();
    if (!checklist)
        return;
    const wxString suggested = wxString::FromUTF8(checklist->checklistId) + "-workshop-pack.pdf";
    const wxString chosen = chooseOne(m_chooseFile, m_parent,
                                      {FileKind::WorkshopPack, true, "Save a blank workshop pack", suggested,
                                       "PDF (*.pdf)|*.pdf"});
    if (chosen.empty())
        return;
    const std::filesystem::path out = chosen.utf8_string();
    wxBusyCursor busy;
    const auto save = [&] {
        session::saveWorkshopPack(m_session.repository(), m_session.checklistPath(), *checklist, out);
    };
    if (m_messages.guarded(save))
        m_messages.showStatus("Saved the workshop pack as " + wxString::FromUTF8(out.filename().string()) + ".");
}

}  // namespace ccg::gui
