#pragma once

#include "app/session/item_navigator.hpp"

#include <wx/panel.h>
#include <wx/treebase.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

class wxTextCtrl;
class wxTreeCtrl;
class wxTreeEvent;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// The checklist as a tree of domains and items, a status icon per item, and a find box.
class ItemTreePanel : public wxPanel {
public:
    ItemTreePanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages);

    /// Rebuilds the tree for the open review (or empties it).
    void rebuild();
    /// Updates icons, evidence strengths and domain scores after answers changed.
    void refreshMarks();
    /// Selects and shows an item; raises the selection callback.
    void selectItem(const std::string& itemId);
    [[nodiscard]] const std::string& selectedItem() const { return m_selected; }
    /// Called when the user (or selectItem) makes an item current.
    void onItemSelected(std::function<void(const std::string&)> handler) { m_handler = std::move(handler); }
    /// Puts the caret in the find box (Ctrl+F).
    void focusFind();
    /// Moves to the next item matching the find box (F3, Enter).
    void findNext();

    [[nodiscard]] const session::ItemNavigator* navigator() const { return m_navigator.get(); }
    [[nodiscard]] wxTreeCtrl* tree() const { return m_tree; }

private:
    void onSelectionChanged(wxTreeEvent& event);
    void onFindText(wxCommandEvent& event);
    void find(const std::string& afterId);

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    wxTextCtrl* m_search = nullptr;
    wxTreeCtrl* m_tree = nullptr;
    std::unique_ptr<session::ItemNavigator> m_navigator;
    std::map<std::string, wxTreeItemId> m_itemNodes;
    std::map<std::string, wxTreeItemId> m_domainNodes;
    std::string m_selected;
    bool m_selecting = false;
    std::function<void(const std::string&)> m_handler;
};

}  // namespace ccg::gui
