#pragma once

#include <wx/panel.h>

#include <functional>

class wxChoice;
class wxStaticText;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// The strip above the pages: who is rating (a choice of the review's raters), Add rater,
/// and the open review's name.
class RaterBar : public wxPanel {
public:
    RaterBar(wxWindow* parent, session::ReviewSession& session, UserMessages& messages);

    /// Re-reads the raters, the current rater and the review's name from the session.
    void refresh();
    /// Called before the rater changes, so typed text is stored under the rater who typed it.
    void beforeRaterChange(std::function<void()> handler) { m_beforeChange = std::move(handler); }

    [[nodiscard]] wxChoice* choice() const { return m_rater; }

private:
    void onRaterChosen();

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    wxChoice* m_rater = nullptr;
    wxStaticText* m_reviewLabel = nullptr;
    std::function<void()> m_beforeChange;
};

}  // namespace ccg::gui
