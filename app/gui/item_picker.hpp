#pragma once

#include "app/session/item_search.hpp"
#include "checklists/checklist.hpp"

#include <wx/panel.h>
#include <wx/treebase.h>

#include <functional>
#include <string>

class wxStaticText;
class wxTextCtrl;
class wxTreeCtrl;

namespace ccg::gui {

/// Chooses one item of a checklist: a search box, the items grouped under their domains and
/// narrowed to those whose question or id holds every word typed, and the whole question of
/// the chosen item below them. Up and Down in the search box move through the items found;
/// Enter there, or on an item, chooses it.
class ItemPicker : public wxPanel {
public:
    ItemPicker(wxWindow* parent, const Checklist& checklist, const std::string& initial);

    /// The chosen item's id, or empty when none is.
    [[nodiscard]] const std::string& selected() const { return m_selected; }
    /// Called when the user confirms an item with Enter (e.g. to move on to the next field).
    void onChosen(std::function<void()> chosen) { m_chosen = std::move(chosen); }
    [[nodiscard]] wxTextCtrl* searchBox() const { return m_searchBox; }
    [[nodiscard]] wxTreeCtrl* tree() const { return m_tree; }

private:
    /// Lists the items matching the search box, keeping the chosen one when it still matches
    /// and otherwise choosing the first that does.
    void rebuild();
    void select(const std::string& itemId);
    void showQuestion();
    void onSearchKey(wxKeyEvent& event);
    void onSelectionChanged(wxTreeEvent& event);
    void onItemTooltip(wxTreeEvent& event);
    /// Moves the choice `step` items on among those listed (headings skipped).
    void moveChoice(int step);
    void confirm();
    [[nodiscard]] const Item* item(const std::string& itemId) const;

    const Checklist& m_checklist;
    session::ItemSearch m_search;
    wxTextCtrl* m_searchBox = nullptr;
    wxTreeCtrl* m_tree = nullptr;
    wxStaticText* m_question = nullptr;
    std::string m_selected;
    std::vector<std::string> m_listed;  ///< the ids shown, in order
    bool m_rebuilding = false;
    std::function<void()> m_chosen;
};

}  // namespace ccg::gui
