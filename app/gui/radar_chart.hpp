#pragma once

#include "app/session/dashboard_model.hpp"

#include <wx/window.h>

#include <string>
#include <vector>

class wxGraphicsContext;

namespace ccg::gui {

/// A radar (spider) chart of domain scores on a 0–100 scale, one line per series.
class RadarChart : public wxWindow {
public:
    explicit RadarChart(wxWindow* parent);

    /// Replaces what the chart shows and repaints it.
    void setData(std::vector<std::string> axes, std::vector<session::RadarSeries> series);

protected:
    wxSize DoGetBestClientSize() const override;

private:
    void onPaint(wxPaintEvent& event);
    void drawGrid(wxGraphicsContext& gc, double cx, double cy, double radius) const;
    void drawLabels(wxGraphicsContext& gc, double cx, double cy, double radius) const;
    void drawSeries(wxGraphicsContext& gc, double cx, double cy, double radius) const;
    void drawLegend(wxGraphicsContext& gc, double top) const;

    std::vector<std::string> m_axes;
    std::vector<session::RadarSeries> m_series;
};

}  // namespace ccg::gui
