#pragma once

#include "checklists/assessment.hpp"

#include <wx/frame.h>

#include <optional>

#include <string>
#include <vector>

class wxStaticText;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// The room's view of a review (PRODUCT.md §11): one item at a time in large type, full screen
/// or on a second screen. Keys move between items, show how many members chose each level, and
/// record the agreed level, its rationale and actions; Escape leaves.
class PresentFrame : public wxFrame {
public:
    PresentFrame(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                 const std::string& firstItem);

    /// Shows an item, its counts hidden until they are asked for.
    void showItem(const std::string& itemId);
    [[nodiscard]] const std::string& item() const { return m_itemId; }
    [[nodiscard]] bool countsShown() const { return m_countsShown; }
    /// What each level's bar says, e.g. "2  Partly in place: 3 members" (for tests and screen readers).
    [[nodiscard]] std::vector<wxString> countLines() const;

private:
    void build();
    void onKey(wxKeyEvent& event);
    void move(int step);
    void showCounts();
    void agree(const std::optional<Rating>& rating);
    void writeRationale();
    void addAction();
    void refreshAgreed();
    /// Wraps the question, guidance and keys to the window's width (again after a resize).
    void wrapTexts();
    /// Sets the large type at the current scale.
    void applyFonts();
    /// How tall the view's content is at the current scale.
    [[nodiscard]] int heightNeeded() const;
    /// Wraps the text and makes the type as large as fits the window.
    void fitText();
    /// Wraps the text again and measures the labels anew, in the fonts GTK now draws them in.
    void rewrap();
    /// Whether the question or the guidance is wider than its place (wrapped for another font).
    [[nodiscard]] bool textCutOff() const;

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    std::string m_itemId;
    bool m_countsShown = false;
    wxStaticText* m_where = nullptr;
    wxStaticText* m_question = nullptr;
    wxStaticText* m_guidance = nullptr;
    wxStaticText* m_agreed = nullptr;
    wxStaticText* m_keys = nullptr;
    wxString m_questionText;
    wxString m_guidanceText;
    wxSize m_fittedTo;
    int m_rewrapsLeft = 0;  ///< re-wraps left for labels GTK restyled after they were fitted
    double m_textScale = 1.0;
    std::vector<wxStaticText*> m_countLabels;  ///< one per level, then N/A
    std::vector<wxWindow*> m_bars;  ///< one per level, then N/A
};

}  // namespace ccg::gui
