#include "app/gui/dashboard_panel.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/fact_tile.hpp"
#include "app/gui/radar_view.hpp"
#include "app/gui/rag_tile.hpp"
#include "app/gui/status_icons.hpp"

#include <wx/gauge.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include <cmath>

namespace ccg::gui {

namespace {

wxStaticText* heading(wxWindow* parent, const wxString& text)
{
    // Markup rather than SetFont, so GTK measures the label in the font it is drawn in.
    auto* label = new wxStaticText(parent, wxID_ANY, wxString());
    label->SetLabelMarkup("<big><b>" + text + "</b></big>");
    return label;
}

}  // namespace

DashboardPanel::DashboardPanel(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxHSCROLL)
{
    SetName("dashboard");
    // Vertical scrolling only: the tiles wrap to the width there is.
    SetScrollRate(0, FromDIP(10));

    m_overall = new RagTile(this, true);
    m_completenessText = new wxStaticText(this, wxID_ANY, "Completeness");
    m_completeness = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(200, -1)));
    auto* completenessBox = new wxBoxSizer(wxVERTICAL);
    completenessBox->Add(heading(this, "Completeness"), wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    completenessBox->Add(m_completeness, wxSizerFlags().Expand());
    completenessBox->Add(m_completenessText, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    m_assurance = new FactTile(this, "assurance-tile", "Level of assurance");
    m_followThrough = new FactTile(this, "follow-through-tile", "Follow-through");
    // Wrapping, so that on a narrow window or with large text the word tiles go under the score.
    auto* top = new wxWrapSizer(wxHORIZONTAL, 0);
    top->Add(m_overall, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(8)));
    top->Add(completenessBox, wxSizerFlags().CentreVertical().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    // The two word tiles one above the other: beside the score on a laptop, under it in large type.
    auto* wordTiles = new wxBoxSizer(wxVERTICAL);
    wordTiles->Add(m_assurance, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(8)));
    wordTiles->Add(m_followThrough, wxSizerFlags().Expand());
    top->Add(wordTiles, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(8)));

    m_tileGrid = new wxWrapSizer(wxHORIZONTAL, 0);

    m_radar = new RadarView(this);
    m_radar->SetMinSize(FromDIP(wxSize(360, 340)));
    m_gaps = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_gaps->SetMinSize(FromDIP(wxSize(240, 150)));
    m_gaps->SetName("top-gaps");
    m_gaps->AppendColumn("Item", wxLIST_FORMAT_LEFT, FromDIP(70));
    m_gaps->AppendColumn("Level", wxLIST_FORMAT_LEFT, FromDIP(64));
    m_gaps->AppendColumn("Priority", wxLIST_FORMAT_RIGHT, FromDIP(60));
    m_gaps->AppendColumn("Question", wxLIST_FORMAT_LEFT, FromDIP(600));
    m_overdue = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_overdue->SetMinSize(FromDIP(wxSize(240, 120)));
    m_overdue->SetName("overdue-actions");
    m_overdue->AppendColumn("Due", wxLIST_FORMAT_LEFT, FromDIP(90));
    m_overdue->AppendColumn("Item", wxLIST_FORMAT_LEFT, FromDIP(64));
    m_overdue->AppendColumn("Owner", wxLIST_FORMAT_LEFT, FromDIP(140));
    m_overdue->AppendColumn("Action", wxLIST_FORMAT_LEFT, FromDIP(500));
    m_gaps->Bind(wxEVT_LIST_ITEM_ACTIVATED, &DashboardPanel::onGapActivated, this);
    m_overdue->Bind(wxEVT_LIST_ITEM_ACTIVATED, &DashboardPanel::onOverdueActivated, this);

    auto* lists = new wxBoxSizer(wxVERTICAL);
    wxStaticText* gapsHeading = heading(this, "Top &gaps");
    labelControl(*gapsHeading, *m_gaps);
    wxStaticText* overdueHeading = heading(this, "O&verdue actions");
    labelControl(*overdueHeading, *m_overdue);
    lists->Add(gapsHeading, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    lists->Add(m_gaps, wxSizerFlags(3).Expand());
    lists->Add(overdueHeading, wxSizerFlags().Border(wxTOP | wxBOTTOM, FromDIP(6)));
    lists->Add(m_overdue, wxSizerFlags(2).Expand());
    auto* lower = new wxBoxSizer(wxHORIZONTAL);
    lower->Add(m_radar, wxSizerFlags(1).Expand());
    lower->Add(lists, wxSizerFlags(1).Expand().Border(wxLEFT, FromDIP(16)));

    m_viewNote = new wxStaticText(this, wxID_ANY, wxString());
    m_viewNote->SetName("view-note");
    m_viewNote->SetFont(m_viewNote->GetFont().Bold());
    auto* page = new wxBoxSizer(wxVERTICAL);
    page->Add(m_viewNote, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    page->Add(top, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    page->Add(heading(this, "Domains"), wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    page->Add(m_tileGrid, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    page->Add(lower, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    SetSizer(page);
    Bind(wxEVT_SIZE, &DashboardPanel::onSize, this);
}

void DashboardPanel::onSize(wxSizeEvent& event)
{
    event.Skip();
    // The wrapping rows are as tall as the width lets them be: a narrower window makes them taller,
    // and the scrolled height must follow, or the radar and the lists get squeezed.
    if (event.GetSize().x == m_laidOutWidth)
        return;
    m_laidOutWidth = event.GetSize().x;
    CallAfter([this] {
        // The scrolled area keeps its old width until told: lay out at the new one first, then
        // take the height from the rows that width makes.
        SetVirtualSize(GetClientSize().x, GetVirtualSize().y);
        Layout();
        FitInside();
    });}

void DashboardPanel::buildDomainTiles(std::size_t count)
{
    while (m_domainTiles.size() < count) {
        // Each tile with its assurance under it, so the two wrap together.
        auto* tile = new RagTile(this, false);
        auto* assurance = new wxStaticText(this, wxID_ANY, wxString());
        auto* cell = new wxBoxSizer(wxVERTICAL);
        cell->Add(tile, wxSizerFlags());
        cell->Add(assurance, wxSizerFlags().Border(wxTOP, FromDIP(2)));
        m_tileGrid->Add(cell, wxSizerFlags().Border(wxALL, FromDIP(4)));
        m_domainTiles.push_back(tile);
        m_domainAssurance.push_back(assurance);
    }
    while (m_domainTiles.size() > count) {
        m_tileGrid->Remove(static_cast<int>(m_domainTiles.size()) - 1);  // the cell; its windows go next
        m_domainTiles.back()->Destroy();
        m_domainAssurance.back()->Destroy();
        m_domainTiles.pop_back();
        m_domainAssurance.pop_back();
    }
}

void DashboardPanel::showDashboard(const session::Dashboard& dashboard, const DashboardAssurance& assurance)
{
    m_viewNote->SetLabelText(wxString::FromUTF8(dashboard.viewNote));
    m_viewNote->Show(!dashboard.viewNote.empty());
    m_overall->setTile(dashboard.overall);
    const int percent = static_cast<int>(std::floor(dashboard.completeness + 0.5));
    m_completeness->SetValue(percent);
    m_completenessText->SetLabel(wxString::Format("%d%% of items done\n%d answered, %d not applicable, %d to go",
                                                  percent, dashboard.answered, dashboard.notApplicable,
                                                  dashboard.items - dashboard.answered - dashboard.notApplicable));
    Layout();
    buildDomainTiles(dashboard.domains.size());
    for (std::size_t i = 0; i < dashboard.domains.size(); ++i)
        m_domainTiles[i]->setTile(dashboard.domains[i]);
    showAssurance(assurance);
    m_radar->setData(dashboard.axes, dashboard.radar, dashboard.rag);
    fillGaps(dashboard);
    fillOverdue(dashboard);
    // The word tiles' heights follow their text: laid out every time, not only when tiles come or go.
    Layout();
    FitInside();
}

void DashboardPanel::showAssurance(const DashboardAssurance& assurance)
{
    for (std::size_t i = 0; i < m_domainAssurance.size(); ++i) {
        wxStaticText* line = m_domainAssurance[i];
        const bool shown = assurance.assessed && i < assurance.domains.size();
        line->Show(shown);
        if (!shown)
            continue;
        line->SetName(m_domainTiles[i]->GetName() + ":assurance");
        line->SetLabel(wxControl::EscapeMnemonics(wxString::FromUTF8(assurance.domains[i])));
        line->Wrap(m_domainTiles[i]->GetBestSize().x);
    }
    m_assurance->Show(assurance.assessed);
    if (assurance.assessed)
        m_assurance->setText(wxString::FromUTF8(assurance.suggested + "\n" + assurance.chosen));
    m_followThrough->setText(wxString::FromUTF8(assurance.followThrough));
}

void DashboardPanel::fillGaps(const session::Dashboard& dashboard)
{
    m_gaps->Freeze();
    m_gaps->DeleteAllItems();
    m_gapItems.clear();
    for (const auto& gap : dashboard.topGaps) {
        const long row = m_gaps->InsertItem(m_gaps->GetItemCount(), wxString::FromUTF8(gap.itemId));
        const wxString level = gap.level ? wxString::Format("%d", *gap.level) : wxString("none");
        m_gaps->SetItem(row, 1, level + wxString::Format(L" \u2192 %d", gap.target));
        m_gaps->SetItem(row, 2, wxString::Format("%g", gap.priority));
        m_gaps->SetItem(row, 3, (gap.critical ? wxString("[critical] ") : wxString()) +
                                    wxString::FromUTF8(gap.question));
        m_gapItems.push_back(gap.itemId);
    }
    if (dashboard.topGaps.empty())
        m_gaps->InsertItem(0, "No gaps: every item meets its target.");
    m_gaps->Thaw();
}

void DashboardPanel::fillOverdue(const session::Dashboard& dashboard)
{
    m_overdue->Freeze();
    m_overdue->DeleteAllItems();
    m_overdueItems.clear();
    for (const auto& action : dashboard.overdue) {
        const long row = m_overdue->InsertItem(m_overdue->GetItemCount(), wxString::FromUTF8(action.due));
        m_overdue->SetItem(row, 1, wxString::FromUTF8(action.itemId));
        m_overdue->SetItem(row, 2, wxString::FromUTF8(action.owner));
        m_overdue->SetItem(row, 3, wxString::FromUTF8(action.text));
        m_overdue->SetItemTextColour(row, ragColour(Rag::Red));
        m_overdueItems.push_back(action.itemId);
    }
    if (dashboard.overdue.empty())
        m_overdue->InsertItem(0, "None");
    m_overdue->Thaw();
}

void DashboardPanel::onGapActivated(wxListEvent& event)
{
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row < m_gapItems.size() && m_openItem)
        m_openItem(m_gapItems[row]);
}

void DashboardPanel::onOverdueActivated(wxListEvent& event)
{
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row < m_overdueItems.size() && m_openItem)
        m_openItem(m_overdueItems[row]);
}

}  // namespace ccg::gui
