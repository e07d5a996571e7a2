#pragma once

#include "app/gui/dashboard_assurance.hpp"
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

class FactTile;
class RadarView;
class RagTile;

/// Overall and domain RAG tiles with their suggested assurance, completeness, the level of
/// assurance and follow-through, the radar chart, top gaps and overdue actions.
class DashboardPanel : public wxScrolledWindow {
public:
    explicit DashboardPanel(wxWindow* parent);

    /// Shows a freshly built dashboard, with its assurance and follow-through in words.
    void showDashboard(const session::Dashboard& dashboard, const DashboardAssurance& assurance);
    /// Called with an item id when the user opens a gap or overdue action.
    void onOpenItem(std::function<void(const std::string&)> handler) { m_openItem = std::move(handler); }

    [[nodiscard]] const std::vector<RagTile*>& domainTiles() const { return m_domainTiles; }
    [[nodiscard]] RagTile* overallTile() const { return m_overall; }
    /// Each domain's suggested assurance, under its tile (hidden when the checklist has none).
    [[nodiscard]] const std::vector<wxStaticText*>& domainAssurance() const { return m_domainAssurance; }
    [[nodiscard]] FactTile* assuranceTile() const { return m_assurance; }
    [[nodiscard]] FactTile* followThroughTile() const { return m_followThrough; }

private:
    void buildDomainTiles(std::size_t count);
    void showAssurance(const DashboardAssurance& assurance);
    void fillGaps(const session::Dashboard& dashboard);
    void fillOverdue(const session::Dashboard& dashboard);
    void onSize(wxSizeEvent& event);
    void onGapActivated(wxListEvent& event);
    void onOverdueActivated(wxListEvent& event);

    wxStaticText* m_viewNote = nullptr;
    RagTile* m_overall = nullptr;
    wxStaticText* m_completenessText = nullptr;
    wxGauge* m_completeness = nullptr;
    wxSizer* m_tileGrid = nullptr;
    std::vector<RagTile*> m_domainTiles;
    std::vector<wxStaticText*> m_domainAssurance;  ///< one under each domain tile
    FactTile* m_assurance = nullptr;
    FactTile* m_followThrough = nullptr;
    RadarView* m_radar = nullptr;
    wxListCtrl* m_gaps = nullptr;
    wxListCtrl* m_overdue = nullptr;
    std::vector<std::string> m_gapItems;
    std::vector<std::string> m_overdueItems;
    std::function<void(const std::string&)> m_openItem;
    int m_laidOutWidth = 0;
};

}  // namespace ccg::gui
