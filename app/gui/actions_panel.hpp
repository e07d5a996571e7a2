#pragma once

#include "app/storage/repository.hpp"

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxCheckBox;
class wxListCtrl;
class wxListEvent;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// The review's action plan: add, edit and close actions; overdue ones stand out.
class ActionsPanel : public wxPanel {
public:
    ActionsPanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages);

    /// Re-reads the actions from the session.
    void refresh();
    /// Opens the dialog for a new action on `itemId` (or the first item).
    void addAction(const std::string& itemId);
    void editSelected();
    /// Marks the selected action done.
    void closeSelected();

    [[nodiscard]] wxListCtrl* list() const { return m_list; }

private:
    [[nodiscard]] storage::RowId selectedId() const;
    void onActivated(wxListEvent& event);

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    wxListCtrl* m_list = nullptr;
    wxCheckBox* m_showClosed = nullptr;
};

}  // namespace ccg::gui
