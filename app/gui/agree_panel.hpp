#pragma once

#include "app/session/agreement.hpp"

#include <wx/panel.h>

#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxSimplebook;
class wxStaticText;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class AgreementRecord;
class EvidenceStrengthChoice;
class LockLine;
class UserMessages;

/// The agree step: every rater's level per item, the spread, the suggested lower median,
/// and the level the board records as agreed.
class AgreePanel : public wxPanel {
public:
    AgreePanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages);

    /// Rebuilds the table from the session (columns follow the raters).
    void refresh();
    /// Selects an item's row.
    void selectItem(const std::string& itemId);
    /// Records `rating` (or clears with nullopt) as the agreed level of the selected item.
    void agreeSelected(const std::optional<Rating>& rating);
    /// Records the suggested level of the selected item as agreed.
    void agreeSuggested();

    [[nodiscard]] std::string selectedItem() const;
    [[nodiscard]] const session::AgreementTable& table() const { return m_table; }
    [[nodiscard]] wxListCtrl* list() const { return m_list; }
    /// While a blind review's ratings are hidden: each rater's progress instead of the table.
    [[nodiscard]] wxListCtrl* progress() const { return m_progress; }
    [[nodiscard]] bool showsProgressOnly() const;
    [[nodiscard]] AgreementRecord* record() const { return m_record; }
    [[nodiscard]] wxChoice* agreedChoice() const { return m_agreed; }
    [[nodiscard]] wxButton* suggestedButton() const { return m_useSuggested; }
    [[nodiscard]] EvidenceStrengthChoice* strengthChoice() const { return m_strength; }
    [[nodiscard]] LockLine* lockLine() const { return m_lockLine; }

private:
    wxWindow* agreementPage(wxWindow* parent);
    wxWindow* progressPage(wxWindow* parent);
    void fillProgress();
    void rebuildColumns();
    void fillRows();
    void showSelection();
    void onSelected(wxListEvent& event);
    void onChoice(wxCommandEvent& event);

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    session::AgreementTable m_table;
    std::vector<std::size_t> m_shownRows;  ///< list row -> table row
    std::vector<std::string> m_columnRaters;
    wxListCtrl* m_list = nullptr;
    wxCheckBox* m_onlyDisagreements = nullptr;
    wxStaticText* m_selectionLabel = nullptr;
    wxChoice* m_agreed = nullptr;
    wxButton* m_useSuggested = nullptr;
    AgreementRecord* m_record = nullptr;
    EvidenceStrengthChoice* m_strength = nullptr;
    LockLine* m_lockLine = nullptr;
    wxSimplebook* m_book = nullptr;
    wxListCtrl* m_progress = nullptr;
};

}  // namespace ccg::gui
