#pragma once

#include "app/gui/file_chooser.hpp"

#include <wx/notebook.h>

#include <functional>
#include <string>

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class ActionsPanel;
class AgreePanel;
class ComparePanel;
class DashboardPanel;
class ItemPanel;
class UserMessages;

/// The notebook of the main window. The Items page is made at once; Agree, Actions, Dashboard
/// and Compare are made when first shown, and each is refreshed when on screen or next shown.
class ReviewPages : public wxNotebook {
public:
    /// The pages, in order.
    enum class Page { Items, Agree, Actions, Dashboard, Compare };

    /// `chooseFile` asks where the Compare page exports to (the main window's chooser).
    ReviewPages(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                const FileChooser& chooseFile);

    void show(Page page);
    [[nodiscard]] Page current() const { return static_cast<Page>(GetSelection()); }
    /// Marks the pages out of date (when `all`) and refreshes the one on screen.
    void refresh(bool all);
    /// Stores text still being typed on any page made so far: the item's note and evidence, a
    /// commitment's remark.
    void flushEdits();
    /// Called with an item id when the dashboard or the comparison asks to open an item.
    void onOpenItem(std::function<void(const std::string&)> handler) { m_openItem = std::move(handler); }

    [[nodiscard]] ItemPanel* itemPanel() const { return m_item; }
    [[nodiscard]] AgreePanel* agreePanel();
    [[nodiscard]] ActionsPanel* actionsPanel();
    [[nodiscard]] DashboardPanel* dashboardPanel();
    [[nodiscard]] ComparePanel* comparePanel();

private:
    template <class Panel, class... Args>
    Panel* place(Page page, Args&&... args);
    session::ReviewSession& m_session;
    UserMessages& m_messages;
    const FileChooser& m_chooseFile;
    ItemPanel* m_item = nullptr;
    AgreePanel* m_agree = nullptr;
    ActionsPanel* m_actions = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    ComparePanel* m_compare = nullptr;
    bool m_agreeStale = true;
    bool m_actionsStale = true;
    bool m_dashboardStale = true;
    bool m_compareStale = true;
    std::function<void(const std::string&)> m_openItem;
};

}  // namespace ccg::gui
