#include "app/gui/radar_view.hpp"

#include "app/gui/status_icons.hpp"

#include <wx/dcbuffer.h>
#include <wx/dcclient.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <memory>

namespace ccg::gui {

namespace {

struct SeriesStyle {
    wxColour colour;
    wxPenStyle penStyle;
    int alphaFill;
    int width;
};

SeriesStyle styleOf(reports::RadarSeriesKind kind)
{
    // This review stands out; target and previous are quieter and dashed so they read in greyscale too.
    switch (kind) {
    case reports::RadarSeriesKind::Target: return {wxColour(0x2E, 0x7D, 0x32), wxPENSTYLE_SHORT_DASH, 0, 2};
    case reports::RadarSeriesKind::Previous: return {wxColour(0x7B, 0x3F, 0x98), wxPENSTYLE_DOT, 0, 2};
    case reports::RadarSeriesKind::Current: break;
    }
    return {wxColour(0x00, 0x5E, 0xB8), wxPENSTYLE_SOLID, 60, 3};
}

wxPoint2DDouble toWx(const reports::ChartPoint& point)
{
    return {point.x, point.y};
}

wxGraphicsPath closedPath(wxGraphicsContext& gc, const std::vector<reports::ChartPoint>& points)
{
    wxGraphicsPath path = gc.CreatePath();
    for (std::size_t i = 0; i < points.size(); ++i)
        i == 0 ? path.MoveToPoint(toWx(points[i])) : path.AddLineToPoint(toWx(points[i]));
    path.CloseSubpath();
    return path;
}

}  // namespace

RadarView::RadarView(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetName("radar-chart");
    Bind(wxEVT_PAINT, &RadarView::onPaint, this);
}

void RadarView::setData(std::vector<std::string> axes, std::vector<reports::RadarSeries> series,
                        const RagThresholds& rag)
{
    m_axes = std::move(axes);
    m_series = std::move(series);
    m_rag = rag;
    Refresh();
}

wxSize RadarView::DoGetBestClientSize() const
{
    return FromDIP(wxSize(420, 380));
}

void RadarView::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    paint(dc, GetClientSize());
}

void RadarView::paint(wxDC& dc, const wxSize& size) const
{
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::CreateFromUnknownDC(dc));
    if (!gc || !reports::radarDrawable(m_axes.size()))
        return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    const reports::RadarChart chart = chartIn(size);
    const auto series = reports::drawingOrder(m_series);
    drawGrid(*gc, chart);
    drawSeries(*gc, chart, series);
    drawLabels(*gc, chart);
    drawLegend(*gc, series, size.y - legendHeight());
}

reports::RadarChart RadarView::chartIn(const wxSize& size) const
{
    // Room for the widest label beside the rim and the tallest above and below it, measured in
    // the font the labels are drawn in (large system text gets a smaller chart, never cut labels).
    wxClientDC dc(const_cast<RadarView*>(this));
    dc.SetFont(GetFont());
    int widest = 0;
    std::size_t lines = 1;
    for (const auto& axis : m_axes) {
        const auto wrapped = reports::RadarChart::labelLines(axis);
        lines = std::max(lines, wrapped.size());
        for (const auto& line : wrapped)
            widest = std::max(widest, dc.GetTextExtent(wxString::FromUTF8(line)).x);
    }
    const double labelHeight = static_cast<double>(lines) * dc.GetCharHeight();
    return reports::RadarChart(m_axes, size.x, std::max(0.0, size.y - legendHeight()), widest + FromDIP(4),
                               labelHeight + FromDIP(4));
}

double RadarView::legendHeight() const
{
    return FromDIP(28);
}

void RadarView::drawGrid(wxGraphicsContext& gc, const reports::RadarChart& chart) const
{
    // Faint bands behind the grid show where the checklist's RAG thresholds lie.
    gc.SetPen(*wxTRANSPARENT_PEN);
    for (const reports::RadarBand& band : reports::radarBands(m_rag)) {
        const wxColour fill = ragColour(band.rag);
        gc.SetBrush(wxBrush(wxColour(fill.Red(), fill.Green(), fill.Blue(), 26)));
        gc.FillPath(closedPath(gc, chart.ring(band.percent)));
    }
    gc.SetPen(wxPen(wxColour(0xD0, 0xD0, 0xD0), 1));
    for (const double ring : reports::kRadarRings)
        gc.StrokePath(closedPath(gc, chart.ring(ring)));
    for (std::size_t axis = 0; axis < chart.axes(); ++axis) {
        const reports::ChartPoint rim = chart.at(axis, 100.0);
        gc.StrokeLine(chart.centre().x, chart.centre().y, rim.x, rim.y);
    }
    gc.SetFont(GetFont().Smaller(), wxColour(0x70, 0x70, 0x70));
    for (const double ring : {50.0, 100.0}) {
        const reports::ChartPoint p = chart.at(0, ring);
        gc.DrawText(wxString::Format("%g", ring), p.x + 3, p.y - 2);
    }
}

void RadarView::drawSeries(wxGraphicsContext& gc, const reports::RadarChart& chart,
                           const std::vector<reports::RadarSeries>& series) const
{
    for (const auto& line : series) {
        const SeriesStyle style = styleOf(line.kind);
        const std::size_t n = chart.axes();
        // A domain without a score breaks the line rather than pulling it to the centre.
        wxGraphicsPath path = gc.CreatePath();
        bool complete = true;
        bool penDown = false;
        for (std::size_t i = 0; i <= n; ++i) {
            const auto& value = line.values.size() > i % n ? line.values[i % n] : std::nullopt;
            if (!value) {
                complete = false;
                penDown = false;
                continue;
            }
            const wxPoint2DDouble p = toWx(chart.at(i % n, *value));
            penDown ? path.AddLineToPoint(p) : path.MoveToPoint(p);
            penDown = true;
        }
        if (complete && style.alphaFill > 0) {
            const wxColour c = style.colour;
            gc.SetBrush(wxBrush(wxColour(c.Red(), c.Green(), c.Blue(), style.alphaFill)));
            gc.FillPath(path);
        }
        gc.SetPen(wxPen(style.colour, FromDIP(style.width), style.penStyle));
        gc.StrokePath(path);
        gc.SetBrush(wxBrush(style.colour));
        gc.SetPen(*wxTRANSPARENT_PEN);
        const double dot = FromDIP(style.width + 1);
        for (std::size_t i = 0; i < n && i < line.values.size(); ++i)
            if (line.values[i]) {
                const reports::ChartPoint p = chart.at(i, *line.values[i]);
                gc.DrawEllipse(p.x - dot, p.y - dot, 2 * dot, 2 * dot);
            }
    }
}

void RadarView::drawLabels(wxGraphicsContext& gc, const reports::RadarChart& chart) const
{
    gc.SetFont(GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    for (std::size_t axis = 0; axis < chart.axes(); ++axis) {
        const reports::AxisLabel label = chart.label(axis);
        double lineHeight = 0;
        for (const auto& line : label.lines) {
            double w = 0;
            gc.GetTextExtent(wxString::FromUTF8(line), &w, &lineHeight);
        }
        const double block = lineHeight * static_cast<double>(label.lines.size());
        // Above the chart the text ends at the anchor, below it starts there, at the sides it is centred.
        double top = label.above ? label.anchor.y - block : label.anchor.y;
        if (label.align != reports::LabelAlign::Middle)
            top = label.anchor.y - block / 2;
        for (std::size_t l = 0; l < label.lines.size(); ++l) {
            const wxString text = wxString::FromUTF8(label.lines[l]);
            double w = 0, h = 0;
            gc.GetTextExtent(text, &w, &h);
            double left = label.anchor.x - w / 2;
            if (label.align == reports::LabelAlign::Start)
                left = label.anchor.x;
            else if (label.align == reports::LabelAlign::End)
                left = label.anchor.x - w;
            gc.DrawText(text, left, top + lineHeight * static_cast<double>(l));
        }
    }
}

void RadarView::drawLegend(wxGraphicsContext& gc, const std::vector<reports::RadarSeries>& series, double top) const
{
    gc.SetFont(GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    double x = FromDIP(12);
    const double mid = top + FromDIP(12);
    for (const auto& line : series) {
        const SeriesStyle style = styleOf(line.kind);
        gc.SetPen(wxPen(style.colour, FromDIP(style.width), style.penStyle));
        gc.StrokeLine(x, mid, x + FromDIP(28), mid);
        x += FromDIP(34);
        const wxString name = wxString::FromUTF8(line.name);
        double w = 0, h = 0;
        gc.GetTextExtent(name, &w, &h);
        gc.DrawText(name, x, mid - h / 2);
        x += w + FromDIP(20);
    }
}

}  // namespace ccg::gui
