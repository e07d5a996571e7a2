#pragma once

#include "checklists/assessment.hpp"

#include <wx/scrolwin.h>

#include <array>
#include <optional>

#include <string>

class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class AutosaveText;
class EvidenceStrengthChoice;
class LockLine;
class ItemGuidance;
class ItemHeader;
class LevelChoice;
class UserMessages;

/// One item: its question and guidance, the current rater's level, N/A, note and evidence,
/// the review's target for it and its actions. Every edit goes to the session at once.
class ItemPanel : public wxScrolledWindow {
public:
    ItemPanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages);

    /// Rebuilds the level buttons for the open review's scale and shows nothing.
    void resetForReview();
    /// Shows an item, storing any unsaved note or evidence of the previous one first.
    void showItem(const std::string& itemId);
    /// Re-reads the shown item's answer, target and actions from the session.
    void refresh();
    /// Stores typed but unsaved note or evidence text now.
    void flushEdits();
    /// Rates the shown item (or clears the rating) as the current rater.
    void rate(const std::optional<Rating>& rating);
    /// Opens the dialog for a new action on the shown item.
    void addAction();
    /// Stores typed text, then shows the record of the shown item (or of the whole review).
    void showHistory(bool ofItem = true);

    [[nodiscard]] const std::string& itemId() const { return m_itemId; }
    [[nodiscard]] AutosaveText* noteBox() const { return m_note; }
    [[nodiscard]] AutosaveText* evidenceBox() const { return m_evidence; }
    [[nodiscard]] EvidenceStrengthChoice* strengthChoice() const { return m_strength; }
    [[nodiscard]] LockLine* lockLine() const { return m_lockLine; }
    /// Sets the shown item's evidence strength as the user would (undoable).
    void setStrength(EvidenceStrength strength);
    /// Steps the shown item's evidence strength on: none, asserted, documented, verified, none.
    void cycleStrength();

private:
    void showInfo();
    void showEditor(bool shown);
    /// How wide the rating column is: the levels and the summary wrap to it.
    [[nodiscard]] int ratingColumnWidth() const;
    void wrapLevels();
    /// Wraps the rating summary to the rating column.
    void wrapSummary();
    /// Lays the page out again after its content changed, scrolling when it is taller than the window.
    void relayout();
    void showRatingSummary();
    [[nodiscard]] wxString assuranceWords() const;
    /// Enables the editing controls, or disables them with the reason shown, as the lock says.
    void applyLock();
    void fillTargetChoice();
    void fillActions();
    void onTargetChosen(wxCommandEvent& event);
    void onActionActivated(wxListEvent& event);
    void onSize(wxSizeEvent& event);

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    std::string m_itemId;
    ItemHeader* m_header = nullptr;
    ItemGuidance* m_guidance = nullptr;
    wxStaticText* m_ratingSummary = nullptr;
    wxString m_summaryText;  ///< the summary before wrapping
    int m_wrappedAt = 0;     ///< the page width the summary was last wrapped for
    wxStaticText* m_ratingHeading = nullptr;
    wxSizer* m_levelsSizer = nullptr;
    LevelChoice* m_levels = nullptr;
    wxChoice* m_target = nullptr;
    AutosaveText* m_note = nullptr;
    AutosaveText* m_evidence = nullptr;
    wxListCtrl* m_actions = nullptr;
    EvidenceStrengthChoice* m_strength = nullptr;
    LockLine* m_lockLine = nullptr;
    wxWindow* m_addAction = nullptr;
    std::array<wxSizer*, 2> m_editor{};  ///< the rating row and the note/evidence/actions row
};

}  // namespace ccg::gui
