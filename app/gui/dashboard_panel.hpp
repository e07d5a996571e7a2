#pragma once

#include "app/session/dashboard_model.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <string>
#include <vector>

class wxGauge;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace ccg::gui {

class RadarView;
class RagTile;

/// Overall and domain RAG tiles, completeness, the radar chart, top gaps and overdue actions.
class DashboardPanel : public wxScrolledWindow {
public:
    explicit DashboardPanel(wxWindow* parent);

    /// Shows a freshly built dashboard.
    void showDashboard(const session::Dashboard& dashboard);
    /// Called with an item id when the user opens a gap or overdue action.
    void onOpenItem(std::function<void(const std::string&)> handler) { m_openItem = std::move(handler); }

    [[nodiscard]] const std::vector<RagTile*>& domainTiles() const { return m_domainTiles; }
    [[nodiscard]] RagTile* overallTile() const { return m_overall; }

private:
    void buildDomainTiles(std::size_t count);
    void fillGaps(const session::Dashboard& dashboard);
    void fillOverdue(const session::Dashboard& dashboard);
    void onGapActivated(wxListEvent& event);
    void onOverdueActivated(wxListEvent& event);

    wxStaticText* m_viewNote = nullptr;
    RagTile* m_overall = nullptr;
    wxStaticText* m_completenessText = nullptr;
    wxGauge* m_completeness = nullptr;
    wxSizer* m_tileGrid = nullptr;
    std::vector<RagTile*> m_domainTiles;
    RadarView* m_radar = nullptr;
    wxListCtrl* m_gaps = nullptr;
    wxListCtrl* m_overdue = nullptr;
    std::vector<std::string> m_gapItems;
    std::vector<std::string> m_overdueItems;
    std::function<void(const std::string&)> m_openItem;
};

}  // namespace ccg::gui
