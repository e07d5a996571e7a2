#pragma once

#include "app/gui/file_chooser.hpp"
#include "app/session/comparison.hpp"
#include "checklists/side_by_side_order.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;
class WrappedText;

/// The open review beside any number of stored reviews of its checklist, from any organisation:
/// by default the previous review (what changed since). The user adds and removes reviews; the
/// domain and item tables have a column per review and sort by any column. Exports the
/// comparison as CSV or XLSX.
class ComparePanel : public wxScrolledWindow {
public:
    ComparePanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                 const FileChooser& chooseFile);

    /// Reads again what may be compared and shows the comparison (after any change).
    void refresh();
    /// Called with an item id when the user opens an item's row (double-click or Enter).
    void onOpenItem(std::function<void(const std::string&)> handler) { m_openItem = std::move(handler); }

    [[nodiscard]] const session::Comparison& comparison() const { return m_comparison; }
    /// The table on screen; empty before the first refresh.
    [[nodiscard]] const SideBySide& table() const { return m_table; }
    [[nodiscard]] wxListCtrl* reviewList() const { return m_reviews; }
    [[nodiscard]] wxChoice* addChoice() const { return m_addChoice; }
    [[nodiscard]] wxButton* addButton() const { return m_add; }
    [[nodiscard]] wxButton* removeButton() const { return m_remove; }
    [[nodiscard]] wxButton* exportButton() const { return m_export; }
    [[nodiscard]] wxButton* widestGapsButton() const { return m_widest; }
    [[nodiscard]] wxCheckBox* onlyDifferingBox() const { return m_onlyDiffering; }
    [[nodiscard]] wxListCtrl* domainList() const { return m_domains; }
    [[nodiscard]] wxListCtrl* itemList() const { return m_items; }
    [[nodiscard]] wxString summary() const;

private:
    void showComparison();
    void fillReviews();
    void fillItems();
    void onAdd();
    void onRemove();
    void onExport();
    void onWidestGaps();
    void onDomainHeader(wxListEvent& event);
    void onItemHeader(wxListEvent& event);
    void onItemActivated(wxListEvent& event);
    void updateButtons();

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    const FileChooser& m_chooseFile;
    session::Comparison m_comparison;
    SideBySide m_table;
    std::vector<session::ComparableReview> m_addable;  ///< add choice entry -> review
    std::vector<std::string> m_shownItems;              ///< item list row -> item id
    SideBySideOrder m_domainOrder{SideBySideOrder::Key::Checklist, 0, false};
    SideBySideOrder m_itemOrder{SideBySideOrder::Key::Checklist, 0, false};

    wxStaticText* m_heading = nullptr;
    WrappedText* m_summary = nullptr;
    wxListCtrl* m_reviews = nullptr;
    wxChoice* m_addChoice = nullptr;
    wxButton* m_add = nullptr;
    wxButton* m_remove = nullptr;
    wxButton* m_export = nullptr;
    wxCheckBox* m_onlyDiffering = nullptr;
    wxButton* m_widest = nullptr;
    wxListCtrl* m_domains = nullptr;
    wxListCtrl* m_items = nullptr;
    std::function<void(const std::string&)> m_openItem;
};

}  // namespace ccg::gui
