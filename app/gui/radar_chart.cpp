#include "app/gui/radar_chart.hpp"

#include "app/gui/status_icons.hpp"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <cmath>
#include <memory>

namespace ccg::gui {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr std::size_t kLabelChars = 14;  ///< axis labels wrap at about this many characters

struct SeriesStyle {
    wxColour colour;
    wxPenStyle penStyle;
    int alphaFill;
};

SeriesStyle styleOf(std::size_t index)
{
    // Current stands out; target and previous are quieter and dashed so they read in greyscale too.
    static const SeriesStyle styles[] = {
        {wxColour(0x00, 0x5E, 0xB8), wxPENSTYLE_SOLID, 60},
        {wxColour(0x2E, 0x7D, 0x32), wxPENSTYLE_SHORT_DASH, 0},
        {wxColour(0x7B, 0x3F, 0x98), wxPENSTYLE_DOT, 0},
    };
    return styles[index % 3];
}

wxPoint2DDouble pointAt(double cx, double cy, double radius, std::size_t axis, std::size_t axes, double value)
{
    const double angle = -kPi / 2 + 2 * kPi * static_cast<double>(axis) / static_cast<double>(axes);
    const double r = radius * value / 100.0;
    return {cx + r * std::cos(angle), cy + r * std::sin(angle)};
}

/// Breaks a title into lines of about `width` characters at spaces.
wxArrayString wrapTitle(const wxString& title, std::size_t width)
{
    wxArrayString lines;
    wxString line;
    for (const wxString& word : wxSplit(title, ' ')) {
        if (!line.empty() && line.length() + 1 + word.length() > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

}  // namespace

RadarChart::RadarChart(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetName("radar-chart");
    Bind(wxEVT_PAINT, &RadarChart::onPaint, this);
}

void RadarChart::setData(std::vector<std::string> axes, std::vector<session::RadarSeries> series)
{
    m_axes = std::move(axes);
    m_series = std::move(series);
    Refresh();
}

wxSize RadarChart::DoGetBestClientSize() const
{
    return FromDIP(wxSize(420, 380));
}

void RadarChart::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc || m_axes.size() < 3)
        return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    gc->SetFont(GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));

    const wxSize size = GetClientSize();
    const double legendHeight = FromDIP(28);
    // Leave room for the widest axis label on either side and two lines above and below.
    double labelWidth = 0, lineHeight = 0;
    std::size_t lines = 1;
    for (const auto& axis : m_axes) {
        const wxArrayString wrapped = wrapTitle(wxString::FromUTF8(axis), kLabelChars);
        lines = std::max(lines, wrapped.size());
        for (const auto& line : wrapped) {
            double w = 0, h = 0;
            gc->GetTextExtent(line, &w, &h);
            labelWidth = std::max(labelWidth, w);
            lineHeight = h;
        }
    }
    const double cx = size.x / 2.0;
    const double cy = (size.y - legendHeight) / 2.0;
    const double radius =
        std::max(10.0, std::min(size.x / 2.0 - labelWidth - FromDIP(18),
                                cy - static_cast<double>(lines) * lineHeight - FromDIP(14)));
    drawGrid(*gc, cx, cy, radius);
    drawSeries(*gc, cx, cy, radius);
    drawLabels(*gc, cx, cy, radius);
    drawLegend(*gc, size.y - legendHeight);
}

void RadarChart::drawGrid(wxGraphicsContext& gc, double cx, double cy, double radius) const
{
    const wxColour gridColour(0xD0, 0xD0, 0xD0);
    const std::size_t n = m_axes.size();
    // Faint RAG bands behind the grid show where the thresholds lie.
    const std::pair<double, Rag> bands[] = {{100, Rag::Green}, {75, Rag::Amber}, {50, Rag::Red}};
    for (const auto& [value, rag] : bands) {
        wxGraphicsPath band = gc.CreatePath();
        for (std::size_t i = 0; i < n; ++i) {
            const auto p = pointAt(cx, cy, radius, i, n, value);
            i == 0 ? band.MoveToPoint(p) : band.AddLineToPoint(p);
        }
        band.CloseSubpath();
        wxColour fill = ragColour(rag);
        gc.SetBrush(wxBrush(wxColour(fill.Red(), fill.Green(), fill.Blue(), 26)));
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.FillPath(band);
    }
    gc.SetPen(wxPen(gridColour, 1));
    for (double ring : {25.0, 50.0, 75.0, 100.0}) {
        wxGraphicsPath path = gc.CreatePath();
        for (std::size_t i = 0; i < n; ++i) {
            const auto p = pointAt(cx, cy, radius, i, n, ring);
            i == 0 ? path.MoveToPoint(p) : path.AddLineToPoint(p);
        }
        path.CloseSubpath();
        gc.StrokePath(path);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto p = pointAt(cx, cy, radius, i, n, 100);
        gc.StrokeLine(cx, cy, p.m_x, p.m_y);
    }
    gc.SetFont(GetFont().Smaller(), wxColour(0x70, 0x70, 0x70));
    for (double ring : {50.0, 100.0}) {
        const auto p = pointAt(cx, cy, radius, 0, n, ring);
        gc.DrawText(wxString::Format("%g", ring), p.m_x + 3, p.m_y - 2);
    }
}

void RadarChart::drawSeries(wxGraphicsContext& gc, double cx, double cy, double radius) const
{
    const std::size_t n = m_axes.size();
    // Draw the quieter series first so the current review sits on top.
    for (std::size_t s = m_series.size(); s-- > 0;) {
        const auto& series = m_series[s];
        const SeriesStyle style = styleOf(s);
        wxGraphicsPath path = gc.CreatePath();
        bool complete = true;
        bool penDown = false;
        for (std::size_t i = 0; i <= n; ++i) {
            const auto& value = series.values.size() > i % n ? series.values[i % n] : std::nullopt;
            if (!value) {
                complete = false;
                penDown = false;
                continue;
            }
            const auto p = pointAt(cx, cy, radius, i % n, n, *value);
            penDown ? path.AddLineToPoint(p) : path.MoveToPoint(p);
            penDown = true;
        }
        if (complete && style.alphaFill > 0) {
            const wxColour c = style.colour;
            gc.SetBrush(wxBrush(wxColour(c.Red(), c.Green(), c.Blue(), style.alphaFill)));
            gc.FillPath(path);
        }
        wxPen pen(style.colour, s == 0 ? FromDIP(3) : FromDIP(2), style.penStyle);
        gc.SetPen(pen);
        gc.StrokePath(path);
        gc.SetBrush(wxBrush(style.colour));
        gc.SetPen(*wxTRANSPARENT_PEN);
        const double dot = s == 0 ? FromDIP(4) : FromDIP(3);
        for (std::size_t i = 0; i < n && i < series.values.size(); ++i)
            if (series.values[i]) {
                const auto p = pointAt(cx, cy, radius, i, n, *series.values[i]);
                gc.DrawEllipse(p.m_x - dot, p.m_y - dot, 2 * dot, 2 * dot);
            }
    }
}

void RadarChart::drawLabels(wxGraphicsContext& gc, double cx, double cy, double radius) const
{
    const std::size_t n = m_axes.size();
    gc.SetFont(GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    for (std::size_t i = 0; i < n; ++i) {
        const auto anchor = pointAt(cx, cy, radius + FromDIP(12), i, n, 100);
        const wxArrayString lines = wrapTitle(wxString::FromUTF8(m_axes[i]), kLabelChars);
        double lineHeight = 0, width = 0;
        for (const auto& line : lines) {
            double w = 0, h = 0;
            gc.GetTextExtent(line, &w, &h);
            width = std::max(width, w);
            lineHeight = h;
        }
        const double blockHeight = lineHeight * static_cast<double>(lines.size());
        const double dx = anchor.m_x - cx;
        const double dy = anchor.m_y - cy;
        double top = anchor.m_y - blockHeight / 2;
        if (dy < -radius * 0.5)
            top = anchor.m_y - blockHeight;
        else if (dy > radius * 0.5)
            top = anchor.m_y;
        for (std::size_t l = 0; l < lines.size(); ++l) {
            double w = 0, h = 0;
            gc.GetTextExtent(lines[l], &w, &h);
            double left = anchor.m_x - w / 2;
            if (dx > radius * 0.2)
                left = anchor.m_x;
            else if (dx < -radius * 0.2)
                left = anchor.m_x - w;
            gc.DrawText(lines[l], left, top + lineHeight * static_cast<double>(l));
        }
    }
}

void RadarChart::drawLegend(wxGraphicsContext& gc, double top) const
{
    gc.SetFont(GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    double x = FromDIP(12);
    const double mid = top + FromDIP(12);
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const SeriesStyle style = styleOf(s);
        gc.SetPen(wxPen(style.colour, s == 0 ? FromDIP(3) : FromDIP(2), style.penStyle));
        gc.StrokeLine(x, mid, x + FromDIP(28), mid);
        x += FromDIP(34);
        const wxString name = wxString::FromUTF8(m_series[s].name);
        double w = 0, h = 0;
        gc.GetTextExtent(name, &w, &h);
        gc.DrawText(name, x, mid - h / 2);
        x += w + FromDIP(20);
    }
}

}  // namespace ccg::gui
