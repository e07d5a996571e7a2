#pragma once

#include "app/session/recorded_change.hpp"

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <vector>

class wxListCtrl;
class wxListEvent;
class wxTextCtrl;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// The record of a review or of one item (PRODUCT.md §12): when, who, what, old and new, newest
/// first, and the selected change's old and new text in full below the table.
class HistoryDialog : public wxDialog {
public:
    /// `subject` names what the record is of ("item gov-01", "review 00Q/2014-q1").
    HistoryDialog(wxWindow* parent, const wxString& subject, std::vector<session::RecordedChange> record,
                  const wxString& note = wxString());

    [[nodiscard]] wxListCtrl* list() const { return m_list; }
    [[nodiscard]] wxTextCtrl* detail() const { return m_detail; }

private:
    void showDetail(long row);
    void onSelected(wxListEvent& event);

    std::vector<session::RecordedChange> m_record;
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_detail = nullptr;
};

/// Shows the open review's record (of `item` when given) as its current rater may see it; says
/// in the main window why not when there is no review or it cannot be read.
void showHistory(wxWindow* parent, const session::ReviewSession& session, UserMessages& messages,
                 const std::optional<std::string>& item);

}  // namespace ccg::gui
