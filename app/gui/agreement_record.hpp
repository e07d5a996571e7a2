#pragma once

#include <wx/panel.h>

#include <string>
#include <vector>

class wxChoice;
class wxStaticText;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class AutosaveText;
class UserMessages;

/// The record of one agreed item (PRODUCT.md §4, §11): why the board agreed its level, and any
/// member's dissent, each saved as it is typed.
class AgreementRecord : public wxPanel {
public:
    AgreementRecord(wxWindow* parent, session::ReviewSession& session, UserMessages& messages);

    /// Shows the record of `itemId` (empty: none), or says that a level must be agreed first.
    void showItem(const std::string& itemId);
    /// Stores what is typed and not yet stored.
    void flush();

    [[nodiscard]] AutosaveText* rationale() const { return m_rationale; }
    [[nodiscard]] AutosaveText* dissent() const { return m_dissent; }
    [[nodiscard]] wxChoice* dissenter() const { return m_dissenter; }

private:
    void showDissent();
    [[nodiscard]] std::string dissenterId() const;

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    std::string m_itemId;
    std::vector<std::string> m_raterIds;  ///< of m_dissenter's entries
    wxStaticText* m_state = nullptr;
    AutosaveText* m_rationale = nullptr;
    wxChoice* m_dissenter = nullptr;
    AutosaveText* m_dissent = nullptr;
};

}  // namespace ccg::gui
