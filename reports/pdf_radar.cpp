#include "reports/pdf_radar.hpp"

#include "reports/radar_chart.hpp"

#include <algorithm>
#include <cstdio>

namespace ccg::reports::pdf {

namespace {

constexpr double kChartHeight = 245.0;
// Shrinking the chart this far keeps its labels legible and saves the board paper a page
// that would otherwise be a third empty.
constexpr double kSmallestChartHeight = 185.0;
constexpr double kLegendHeight = 22.0;
constexpr double kCaptionRoom = 26.0;

struct SeriesLook {
    Colour stroke;
    std::vector<double> dashes;
    bool filled;
    double width;
};

SeriesLook lookOf(RadarSeriesKind kind)
{
    switch (kind) {
    case RadarSeriesKind::Target: return {palette::kText, {4.5, 3.0}, false, 1.1};
    case RadarSeriesKind::Previous: return {Colour{0x768692}, {1.5, 2.2}, false, 1.5};
    case RadarSeriesKind::Current: break;
    }
    return {palette::kAccent, {}, true, 1.9};
}

void path(cairo_t* cr, const std::vector<ChartPoint>& points, double x, double y)
{
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i == 0)
            cairo_move_to(cr, x + points[i].x, y + points[i].y);
        else
            cairo_line_to(cr, x + points[i].x, y + points[i].y);
    }
    cairo_close_path(cr);
}

void setColour(cairo_t* cr, const Colour& colour, double alpha = 1.0)
{
    cairo_set_source_rgba(cr, colour.red(), colour.green(), colour.blue(), alpha);
}

void stroke(cairo_t* cr, const SeriesLook& look)
{
    setColour(cr, look.stroke);
    cairo_set_line_width(cr, look.width);
    cairo_set_dash(cr, look.dashes.data(), static_cast<int>(look.dashes.size()), 0.0);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0.0);
}

}  // namespace

void drawRadar(PdfDocument& doc, const ReportModel& model)
{
    if (!radarDrawable(model.domains.size())) {
        doc.paragraph("The radar chart needs three domains or more; the table above shows every score.",
                      {8.5, false, true, palette::kMuted});
        return;
    }
    std::vector<std::string> titles;
    for (const auto& domain : model.domains)
        titles.push_back(domain.title);
    const double room = doc.remaining() - kLegendHeight - kCaptionRoom;
    double chartHeight = std::min(kChartHeight, room);
    if (chartHeight < kSmallestChartHeight) {
        doc.ensure(kChartHeight + kLegendHeight + kCaptionRoom);
        chartHeight = kChartHeight;
    }
    const RadarChart chart(titles, doc.width(), chartHeight);
    cairo_t* cr = doc.cr();
    const double x = doc.left();
    const double y = doc.y();

    cairo_save(cr);
    for (const RadarBand& band : radarBands(model.rag)) {
        path(cr, chart.ring(band.percent), x, y);
        setColour(cr, bandColour(band.rag));
        cairo_fill(cr);
    }
    cairo_set_line_width(cr, 0.5);
    setColour(cr, palette::kRule);
    for (const double ring : kRadarRings) {
        path(cr, chart.ring(ring), x, y);
        cairo_stroke(cr);
    }
    for (std::size_t axis = 0; axis < chart.axes(); ++axis) {
        const ChartPoint rim = chart.at(axis, 100.0);
        cairo_move_to(cr, x + chart.centre().x, y + chart.centre().y);
        cairo_line_to(cr, x + rim.x, y + rim.y);
        cairo_stroke(cr);
    }
    const std::vector<RadarSeries> series = drawingOrder(model.radar);
    for (const auto& s : series) {
        const SeriesLook look = lookOf(s.kind);
        path(cr, chart.polygon(s.values), x, y);
        if (look.filled) {
            setColour(cr, look.stroke, 0.15);
            cairo_fill_preserve(cr);
        }
        stroke(cr, look);
    }
    setColour(cr, palette::kAccent);
    for (const auto& p : chart.polygon(series.back().values)) {
        cairo_arc(cr, x + p.x, y + p.y, 2.2, 0.0, 6.2832);
        cairo_fill(cr);
    }
    cairo_restore(cr);

    const TextStyle small{7.0, false, false, palette::kMuted};
    for (const double ring : kRadarRings) {
        const ChartPoint p = chart.at(0, ring);
        const LayoutPtr text = doc.layout(std::to_string(static_cast<int>(ring)) + "%", small, 40.0);
        doc.draw(text.get(), x + p.x + 3.0, y + p.y + 1.0, palette::kMuted);
    }
    const TextStyle labelStyle{8.0, false, false, palette::kText};
    for (std::size_t axis = 0; axis < chart.axes(); ++axis) {
        const AxisLabel label = chart.label(axis);
        std::string text;
        for (const auto& line : label.lines)
            text += (text.empty() ? "" : "\n") + line;
        TextStyle style = labelStyle;
        style.align = label.align == LabelAlign::Start ? PANGO_ALIGN_LEFT
                      : label.align == LabelAlign::End ? PANGO_ALIGN_RIGHT
                                                       : PANGO_ALIGN_CENTER;
        const LayoutPtr layout = doc.layout(text, style, 110.0);
        const double w = 110.0;
        const double h = PdfDocument::heightOf(layout.get());
        double lx = x + label.anchor.x - w / 2.0;
        if (label.align == LabelAlign::Start)
            lx = x + label.anchor.x;
        else if (label.align == LabelAlign::End)
            lx = x + label.anchor.x - w;
        double ly = label.above ? y + label.anchor.y - h : y + label.anchor.y;
        if (label.align != LabelAlign::Middle)
            ly = y + label.anchor.y - h / 2.0;
        doc.draw(layout.get(), lx, ly, palette::kText);
    }

    // Legend: a line sample and a name per series, centred under the chart.
    const double legendY = y + chartHeight + 8.0;
    double lx = x + doc.width() / 2.0 - 60.0 * static_cast<double>(series.size());
    for (const auto& s : series) {
        const SeriesLook look = lookOf(s.kind);
        cairo_move_to(cr, lx, legendY + 5.0);
        cairo_line_to(cr, lx + 22.0, legendY + 5.0);
        stroke(cr, look);
        const LayoutPtr name = doc.layout(s.name, {8.0}, 90.0);
        doc.draw(name.get(), lx + 26.0, legendY, palette::kText);
        lx += 120.0;
    }
    doc.setY(legendY + kLegendHeight);
    char caption[200];
    std::snprintf(caption, sizeof caption,
                  "Domain scores (percent) against the score each domain would have with every item at target. "
                  "Shading: red below %g%%, green from %g%%.",
                  model.rag.redBelow, model.rag.greenFrom);
    doc.paragraph(caption, {7.5, false, true, palette::kMuted, PANGO_ALIGN_CENTER});
}

}  // namespace ccg::reports::pdf
