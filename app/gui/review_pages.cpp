#include "app/gui/review_pages.hpp"

#include "app/gui/actions_panel.hpp"
#include "app/gui/agree_panel.hpp"
#include "app/gui/compare_panel.hpp"
#include "app/gui/dashboard_assurance.hpp"
#include "app/gui/dashboard_panel.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/dashboard_model.hpp"
#include "app/session/review_session.hpp"

#include <wx/sizer.h>

#include <utility>

namespace ccg::gui {

ReviewPages::ReviewPages(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                         const FileChooser& chooseFile)
    : wxNotebook(parent, wxID_ANY), m_session(session), m_messages(messages), m_chooseFile(chooseFile)
{
    m_item = new ItemPanel(this, session, messages);
    AddPage(m_item, "Items");
    // The other pages are built when first shown: start-up pays only for what it shows.
    for (const char* title : {"Agree", "Actions", "Dashboard", "Compare"}) {
        auto* placeholder = new wxPanel(this);
        placeholder->SetSizer(new wxBoxSizer(wxVERTICAL));
        AddPage(placeholder, title);
    }
    Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent&) { m_messages.guarded([&] { refresh(false); }); });
}

void ReviewPages::show(Page page)
{
    SetSelection(static_cast<std::size_t>(page));
    m_messages.guarded([&] { refresh(false); });
}

void ReviewPages::refresh(bool all)
{
    if (all) {
        m_agreeStale = true;
        m_actionsStale = true;
        m_dashboardStale = true;
        m_compareStale = true;
    }
    switch (current()) {
    case Page::Items:
        break;
    case Page::Agree:
        if (std::exchange(m_agreeStale, false))
            agreePanel()->refresh();
        break;
    case Page::Actions:
        if (std::exchange(m_actionsStale, false))
            actionsPanel()->refresh();
        break;
    case Page::Dashboard:
        if (m_session.hasReview() && std::exchange(m_dashboardStale, false))
            dashboardPanel()->showDashboard(m_session.dashboard(today()),
                                            dashboardAssurance(m_session.checklist(), m_session.analysis()));
        break;
    case Page::Compare:
        if (m_session.hasReview() && std::exchange(m_compareStale, false))
            comparePanel()->refresh();
        break;
    }
}

void ReviewPages::flushEdits()
{
    m_item->flushEdits();
    if (m_actions)
        m_actions->flushEdits();
}

template <class Panel, class... Args>
Panel* ReviewPages::place(Page page, Args&&... args)
{
    wxWindow* placeholder = GetPage(static_cast<std::size_t>(page));
    auto* panel = new Panel(placeholder, std::forward<Args>(args)...);
    placeholder->GetSizer()->Add(panel, wxSizerFlags(1).Expand());
    placeholder->Layout();
    return panel;
}

AgreePanel* ReviewPages::agreePanel()
{
    if (!m_agree)
        m_agree = place<AgreePanel>(Page::Agree, m_session, m_messages);
    return m_agree;
}

ActionsPanel* ReviewPages::actionsPanel()
{
    if (!m_actions)
        m_actions = place<ActionsPanel>(Page::Actions, m_session, m_messages);
    return m_actions;
}

DashboardPanel* ReviewPages::dashboardPanel()
{
    if (!m_dashboard) {
        m_dashboard = place<DashboardPanel>(Page::Dashboard);
        m_dashboard->onOpenItem([this](const std::string& itemId) { m_openItem(itemId); });
    }
    return m_dashboard;
}

ComparePanel* ReviewPages::comparePanel()
{
    if (!m_compare) {
        m_compare = place<ComparePanel>(Page::Compare, m_session, m_messages, m_chooseFile);
        m_compare->onOpenItem([this](const std::string& itemId) { m_openItem(itemId); });
    }
    return m_compare;
}

}  // namespace ccg::gui
