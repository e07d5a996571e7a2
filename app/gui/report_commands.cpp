#include "app/gui/report_commands.hpp"

#include "app/gui/user_messages.hpp"
#include "app/session/report_export.hpp"
#include "app/session/review_session.hpp"

#include <wx/utils.h>

namespace ccg::gui {

namespace {

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
}

bool ReportCommands::needReview() const
{
    if (!m_session.hasReview())
        m_messages.showStatus("Open a review first.");
    return m_session.hasReview();
}

wxString ReportCommands::suggestedName(const wxString& suffix) const
{
    const auto& review = m_session.review();
    return wxString::FromUTF8(review.organisation.code + "-" + review.info.id) + suffix;
}

void ReportCommands::saveBoardReport()
{
    if (!needReview())
        return;
    const wxString chosen = m_chooseFile(m_parent, {true, "Save the board report", suggestedName("-board-report.pdf"),
                                                    "PDF (*.pdf)|*.pdf|Web page (*.html)|*.html"});
    if (chosen.empty())
        return;
    const std::filesystem::path out = chosen.utf8_string();
    std::vector<std::filesystem::path> written;
    wxBusyCursor busy;
    if (m_messages.guarded([&] { written = session::saveReport(m_session, session::boardReportFormat(out), out); }))
        m_messages.showStatus("Saved the board report as " + joinedNames(written) + ".");
}

void ReportCommands::exportActionPlan()
{
    if (!needReview())
        return;
    const wxString chosen = m_chooseFile(m_parent, {true, "Export the action plan", suggestedName("-actions.xlsx"),
                                                    "Excel workbook (*.xlsx)|*.xlsx|CSV (*.csv)|*.csv"});
    if (chosen.empty())
        return;
    const std::filesystem::path out = chosen.utf8_string();
    std::vector<std::filesystem::path> written;
    wxBusyCursor busy;
    if (m_messages.guarded([&] { written = session::saveReport(m_session, session::actionPlanFormat(out), out); }))
        m_messages.showStatus("Exported " + joinedNames(written) + ".");
}

void ReportCommands::saveWorkshopPack()
{
    if (!needReview())
        return;
    const wxString chosen = m_chooseFile(m_parent, {true, "Save a blank workshop pack",
                                                    suggestedName("-workshop-pack.pdf"), "PDF (*.pdf)|*.pdf"});
    if (chosen.empty())
        return;
    const std::filesystem::path out = chosen.utf8_string();
    wxBusyCursor busy;
    if (m_messages.guarded([&] { session::saveWorkshopPack(m_session, out); }))
        m_messages.showStatus("Saved the workshop pack as " + wxString::FromUTF8(out.filename().string()) + ".");
}

}  // namespace ccg::gui
