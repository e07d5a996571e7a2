#pragma once

#include "app/session/comparison.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace ccg::gui {

/// The review beside another: by default the previous one (what changed since), or any stored
/// review of the same checklist, e.g. another board's. Domain scores and every item's level in
/// both, higher and lower levels highlighted.
class ComparePanel : public wxPanel {
public:
    explicit ComparePanel(wxWindow* parent);

    /// Offers these reviews to compare with, keeping the one chosen while it is offered, else
    /// choosing the previous review.
    void offerReviews(std::vector<session::ComparableReview> reviews);
    /// The review chosen to compare with; nothing when none is offered or chosen.
    [[nodiscard]] std::optional<session::ComparableReview> chosenReview() const;
    /// Shows `comparison` against the chosen review; nothing to compare shows how to get it.
    void showComparison(const std::optional<session::Comparison>& comparison);
    /// Called when the user chooses another review to compare with.
    void onReviewChosen(std::function<void()> handler) { m_reviewChosen = std::move(handler); }
    /// Called with an item id when the user opens an item's row (double-click or Enter).
    void onOpenItem(std::function<void(const std::string&)> handler) { m_openItem = std::move(handler); }

    [[nodiscard]] wxChoice* reviewChoice() const { return m_with; }
    [[nodiscard]] wxListCtrl* domainList() const { return m_domains; }
    [[nodiscard]] wxListCtrl* itemList() const { return m_items; }
    [[nodiscard]] wxString summary() const;

private:
    void fillItems();
    void onChoice();
    void onItemActivated(wxListEvent& event);

    std::vector<session::ComparableReview> m_offered;
    std::optional<session::Comparison> m_comparison;
    wxChoice* m_with = nullptr;
    std::vector<std::string> m_shownItems;  ///< list row -> item id
    wxStaticText* m_heading = nullptr;
    wxStaticText* m_summary = nullptr;
    wxCheckBox* m_onlyChanged = nullptr;
    wxListCtrl* m_domains = nullptr;
    wxListCtrl* m_items = nullptr;
    std::function<void(const std::string&)> m_openItem;
    std::function<void()> m_reviewChosen;
};

}  // namespace ccg::gui
