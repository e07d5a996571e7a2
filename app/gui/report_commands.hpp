#pragma once

#include "app/gui/file_chooser.hpp"

class wxWindow;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// The Report menu: the board report (HTML or PDF), the action plan (CSV or XLSX) and the
/// blank workshop pack, written by the reports library.
class ReportCommands {
public:
    ReportCommands(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                   const FileChooser& chooseFile);

    void saveBoardReport();
    void exportActionPlan();
    void saveWorkshopPack();

private:
    [[nodiscard]] bool needReview() const;
    [[nodiscard]] wxString suggestedName(const wxString& suffix) const;

    wxWindow* m_parent;
    session::ReviewSession& m_session;
    UserMessages& m_messages;
    const FileChooser& m_chooseFile;
};

}  // namespace ccg::gui
