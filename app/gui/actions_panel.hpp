#pragma once

#include "app/storage/repository.hpp"

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxButton;
class wxCheckBox;
class wxListCtrl;
class wxListEvent;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class CommitmentsPanel;
class LockLine;
class UserMessages;

/// The review's action plan: add, edit and close actions; overdue ones stand out. Above it, what
/// the review said it would do last time (CommitmentsPanel). An approved review is read only.
class ActionsPanel : public wxPanel {
public:
    ActionsPanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages);

    /// Re-reads the actions and commitments from the session.
    void refresh();
    /// Stores a commitment's remark still being typed.
    void flushEdits();
    /// Opens the dialog for a new action on `itemId` (or the first item).
    void addAction(const std::string& itemId);
    void editSelected();
    /// Marks the selected action done.
    void closeSelected();

    [[nodiscard]] wxListCtrl* list() const { return m_list; }
    [[nodiscard]] CommitmentsPanel* commitments() const { return m_commitments; }
    [[nodiscard]] LockLine* lockLine() const { return m_lockLine; }
    /// The buttons that change actions: add, edit, mark done.
    [[nodiscard]] const std::vector<wxButton*>& editButtons() const { return m_editButtons; }

private:
    [[nodiscard]] storage::RowId selectedId() const;
    void onActivated(wxListEvent& event);
    void fillActions();
    void applyLock();

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    LockLine* m_lockLine = nullptr;
    CommitmentsPanel* m_commitments = nullptr;
    wxListCtrl* m_list = nullptr;
    wxCheckBox* m_showClosed = nullptr;
    std::vector<wxButton*> m_editButtons;
};

}  // namespace ccg::gui
