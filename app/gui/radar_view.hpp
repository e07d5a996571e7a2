#pragma once

#include "checklists/checklist.hpp"
#include "reports/radar_chart.hpp"

#include <wx/window.h>

#include <string>
#include <vector>

class wxDC;
class wxGraphicsContext;

namespace ccg::gui {

/// The dashboard's radar chart of domain scores: the board paper's chart (reports/radar_chart),
/// drawn on screen with wxGraphicsContext.
class RadarView : public wxWindow {
public:
    /// Shows and takes no input: no stop for Tab, where a focus it cannot show would be lost.
    bool AcceptsFocus() const override { return false; }
    explicit RadarView(wxWindow* parent);

    /// Replaces what the chart shows and repaints it; `rag` gives the shaded bands.
    void setData(std::vector<std::string> axes, std::vector<reports::RadarSeries> series, const RagThresholds& rag);

    /// Draws the chart on `dc` in a box of `size` (what a paint does; tests draw into a bitmap).
    void paint(wxDC& dc, const wxSize& size) const;
    /// Where the chart lies in a box of `size`, above the legend.
    [[nodiscard]] reports::RadarChart chartIn(const wxSize& size) const;

protected:
    wxSize DoGetBestClientSize() const override;

private:
    void onPaint(wxPaintEvent& event);
    [[nodiscard]] double legendHeight() const;
    void drawGrid(wxGraphicsContext& gc, const reports::RadarChart& chart) const;
    void drawSeries(wxGraphicsContext& gc, const reports::RadarChart& chart,
                    const std::vector<reports::RadarSeries>& series) const;
    void drawLabels(wxGraphicsContext& gc, const reports::RadarChart& chart) const;
    void drawLegend(wxGraphicsContext& gc, const std::vector<reports::RadarSeries>& series, double top) const;

    std::vector<std::string> m_axes;
    std::vector<reports::RadarSeries> m_series;
    RagThresholds m_rag;
};

}  // namespace ccg::gui
