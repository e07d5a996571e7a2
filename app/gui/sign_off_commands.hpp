#pragma once

#include "app/session/change_event.hpp"
#include "checklists/assessment.hpp"

#include <optional>

class wxMenuBar;
class wxWindow;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// Signing a review off, reopening it, and the level of assurance the paper's author chooses
/// (PRODUCT.md §12); keeps the menus true to whether the open review is approved.
class SignOffCommands {
public:
    SignOffCommands(wxWindow* parent, wxMenuBar& menus, session::ReviewSession& session, UserMessages& messages);

    /// Asks for the meeting, date, minute, approver and role, then records the approval.
    void signOff();
    /// Asks why, then reopens the approved review.
    void reopen();
    /// Records the level the author chooses for the cover; nullopt goes back to the suggestion.
    void chooseAssurance(const std::optional<Assurance>& level);
    /// Enables what may be done to the open review as it stands, and checks the chosen level.
    void refreshMenus();

private:
    [[nodiscard]] bool needReview() const;

    wxWindow* m_parent;
    wxMenuBar& m_menus;
    session::ReviewSession& m_session;
    UserMessages& m_messages;
};

}  // namespace ccg::gui
