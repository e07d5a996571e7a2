#pragma once

#include "app/storage/repository.hpp"

#include <wx/panel.h>

class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxSizer;
class wxStaticText;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class AutosaveText;
class UserMessages;
class WrappedText;

/// "What we said we would do" (PRODUCT.md §12): the commitments a review carries from an earlier
/// one, the follow-through rate, and the outcome and remark the board records for each.
class CommitmentsPanel : public wxPanel {
public:
    CommitmentsPanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages);

    /// Re-reads the commitments from the session, keeping the one shown and any remark being typed.
    void refresh();
    /// Stores a remark still being typed.
    void flushEdits();
    /// Shows the commitment on `row` of the list, as a click on it does.
    void selectRow(long row);
    /// Records an outcome for the commitment shown, as choosing it does (refused while locked).
    void setOutcome(CommitmentOutcome outcome);

    [[nodiscard]] wxListCtrl* list() const { return m_list; }
    [[nodiscard]] wxChoice* outcomeChoice() const { return m_outcome; }
    [[nodiscard]] AutosaveText* remarkBox() const { return m_remark; }
    /// The follow-through rate, or that there is nothing to follow through.
    [[nodiscard]] WrappedText* rateText() const { return m_rate; }
    /// The id of the commitment whose outcome and remark are shown, 0 when none.
    [[nodiscard]] storage::RowId shownId() const { return m_shownId; }

private:
    [[nodiscard]] const storage::CommitmentRecord* find(storage::RowId id) const;
    [[nodiscard]] const storage::CommitmentRecord* shown() const { return find(m_shownId); }
    void fillList();
    void showCommitment(bool replaceTyping);
    void onSelected(wxListEvent& event);
    bool storeRemark(const wxString& text);

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    WrappedText* m_rate = nullptr;
    wxListCtrl* m_list = nullptr;
    wxChoice* m_outcome = nullptr;
    AutosaveText* m_remark = nullptr;
    wxSizer* m_editor = nullptr;
    storage::RowId m_shownId = 0;
    /// The commitment whose remark the box holds: until a switch has stored what was typed, not
    /// always the one selected.
    storage::RowId m_remarkOf = 0;
    bool m_filling = false;
};

}  // namespace ccg::gui
