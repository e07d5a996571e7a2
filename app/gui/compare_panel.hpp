#pragma once

#include "app/session/comparison.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxCheckBox;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace ccg::gui {

/// The review beside the previous one: domain scores then and now, and every item's level
/// then and now, improvements and declines highlighted.
class ComparePanel : public wxPanel {
public:
    explicit ComparePanel(wxWindow* parent);

    /// Shows `comparison` against the review called `previousLabel`; nothing to compare
    /// (no previous review) shows how to get one.
    void showComparison(const std::optional<session::Comparison>& comparison, const std::string& previousLabel);
    /// Called with an item id when the user opens an item's row (double-click or Enter).
    void onOpenItem(std::function<void(const std::string&)> handler) { m_openItem = std::move(handler); }

    [[nodiscard]] wxListCtrl* domainList() const { return m_domains; }
    [[nodiscard]] wxListCtrl* itemList() const { return m_items; }
    [[nodiscard]] wxString summary() const;

private:
    void fillItems();
    void onItemActivated(wxListEvent& event);

    std::optional<session::Comparison> m_comparison;
    std::vector<std::string> m_shownItems;  ///< list row -> item id
    wxStaticText* m_heading = nullptr;
    wxStaticText* m_summary = nullptr;
    wxCheckBox* m_onlyChanged = nullptr;
    wxListCtrl* m_domains = nullptr;
    wxListCtrl* m_items = nullptr;
    std::function<void(const std::string&)> m_openItem;
};

}  // namespace ccg::gui
