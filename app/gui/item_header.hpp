#pragma once

#include "checklists/checklist.hpp"

#include <wx/panel.h>

#include <vector>

class wxStaticText;

namespace ccg::gui {

/// The top of the Items page: the item's id and domain, its question in large bold type
/// (wrapped to the page's width) and its facts (critical, weight, target); or, with no review
/// open, how to open one. Native labels: screen readers read them, and no HTML engine loads.
class ItemHeader : public wxPanel {
public:
    /// Shows and takes no input: no stop for Tab, where a focus it cannot show would be lost.
    bool AcceptsFocus() const override { return false; }
    explicit ItemHeader(wxWindow* parent);

    /// Shows the item (of `checklist`).
    void showItem(const Checklist& checklist, const Item& item);
    /// Says that no review is open and how to open one.
    void showNoReview();
    /// Shows nothing.
    void clear();
    /// Everything the header says, a line per part, unwrapped.
    [[nodiscard]] wxString text() const;

private:
    void show(const wxString& path, const wxString& question, bool critical, const wxString& facts);
    /// Wraps the question and the facts to the header's width; true when the question's
    /// height changed.
    bool wrapTexts();
    void onSize(wxSizeEvent& event);

    wxStaticText* m_path = nullptr;
    wxStaticText* m_question = nullptr;
    wxStaticText* m_critical = nullptr;
    wxStaticText* m_facts = nullptr;
    wxString m_questionText;
    wxString m_factsText;
    std::vector<int> m_questionWidths;  ///< prefix widths, measured once per text
    std::vector<int> m_factsWidths;
    int m_wrappedWidth = 0;
};

}  // namespace ccg::gui
