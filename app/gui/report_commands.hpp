#pragma once

#include "app/gui/file_chooser.hpp"
#include "app/session/workshop_checklists.hpp"
#include "reports/printable_report.hpp"

#include <wx/cmndata.h>

#include <memory>
#include <optional>

class wxFrame;
class wxWindow;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// The Report menu: the board report (HTML or PDF, printed or previewed), the action plan
/// (CSV or XLSX) and the blank workshop pack, written by the reports library.
class ReportCommands {
public:
    ReportCommands(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                   const FileChooser& chooseFile);

    void saveBoardReport();
    /// Prints the board report through the system's print dialog.
    void printBoardReport();
    /// Opens the print preview of the board report; returns its window (null when there is none).
    wxFrame* previewBoardReport();
    void exportActionPlan();
    /// Saves a blank workshop pack of a checklist the user chooses (when the database holds more
    /// than one); no review need be open.
    void saveWorkshopPack();
    /// Whether the papers written from now on are the public version; remembered in wxConfig.
    void setPublicVersion(bool on);
    [[nodiscard]] bool publicVersion() const { return m_audience == reports::Audience::Public; }

private:
    [[nodiscard]] bool needReview() const;
    /// A review is open and its ratings may be shown: the board paper can be written.
    [[nodiscard]] bool needBoardPaper() const;
    [[nodiscard]] wxString suggestedName(const wxString& suffix) const;
    /// "board report": the paper named after the open review's assessing body.
    [[nodiscard]] std::string paperName() const;
    [[nodiscard]] wxString printTitle() const;
    /// The open review's board paper laid out for printing; null, with the reason shown, when it cannot be.
    [[nodiscard]] std::shared_ptr<const reports::PrintableReport> layOutForPrinting() const;
    /// The checklist for a workshop pack: the only one, or the one the user picks; none when they cancel.
    [[nodiscard]] std::optional<session::WorkshopChecklist> chooseWorkshopChecklist() const;

    wxWindow* m_parent;
    session::ReviewSession& m_session;
    UserMessages& m_messages;
    const FileChooser& m_chooseFile;
    wxPrintData m_printData;  ///< the printer and paper last chosen, A4 to begin with
    reports::Audience m_audience = reports::Audience::Board;
};

}  // namespace ccg::gui
