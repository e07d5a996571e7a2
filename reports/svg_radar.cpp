// The domain radar chart as inline SVG, drawn from the geometry shared with the PDF.
#include "reports/html_parts.hpp"
#include "reports/radar_chart.hpp"
#include "reports/report_style.hpp"

#include <cstdio>

namespace ccg::reports::html {

namespace {

constexpr double kWidth = 640.0;
constexpr double kHeight = 440.0;
constexpr double kLineHeight = 14.0;

std::string num(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

std::string points(const std::vector<ChartPoint>& polygon)
{
    std::string text;
    for (const auto& p : polygon)
        text += (text.empty() ? "" : " ") + num(p.x) + "," + num(p.y);
    return text;
}

std::string band(const RadarChart& chart, double percent, Colour fill)
{
    return "<polygon points=\"" + points(chart.ring(percent)) + "\" fill=\"" + fill.hex() + "\" stroke=\"none\"/>\n";
}

std::string label(const AxisLabel& label)
{
    const char* anchor = label.align == LabelAlign::Start ? "start" : label.align == LabelAlign::End ? "end" : "middle";
    const double lines = static_cast<double>(label.lines.size());
    double y = label.above ? label.anchor.y - (lines - 1.0) * kLineHeight : label.anchor.y + kLineHeight * 0.8;
    if (label.align != LabelAlign::Middle)
        y = label.anchor.y - (lines - 1.0) * kLineHeight / 2.0 + 4.0;
    std::string svg = "<text x=\"" + num(label.anchor.x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\">";
    for (std::size_t i = 0; i < label.lines.size(); ++i)
        svg += "<tspan x=\"" + num(label.anchor.x) + "\" dy=\"" + (i == 0 ? "0" : num(kLineHeight)) + "\">" +
               esc(label.lines[i]) + "</tspan>";
    return svg + "</text>\n";
}

struct SeriesLook {
    const char* stroke;
    const char* dash;
    const char* fill;
    double width;
};

SeriesLook lookOf(RadarSeriesKind kind)
{
    switch (kind) {
    case RadarSeriesKind::Target: return {"#212b32", "6 4", "none", 1.5};
    case RadarSeriesKind::Previous: return {"#768692", "2 3", "none", 2.0};
    case RadarSeriesKind::Current: break;
    }
    return {"#005eb8", "", "#005eb8", 2.5};
}

}  // namespace

std::string radarSvg(const ReportModel& model)
{
    if (!radarDrawable(model.domains.size()))
        return "<p class=\"muted\">The radar chart needs three domains or more; the table above shows every score.</p>\n";
    std::vector<std::string> titles;
    for (const auto& domain : model.domains)
        titles.push_back(domain.title);
    const RadarChart chart(titles, kWidth, kHeight - 40.0);
    std::string svg = "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(kWidth) + " " +
                      num(kHeight) + "\" width=\"" + num(kWidth) + "\" height=\"" + num(kHeight) +
                      "\" role=\"img\" aria-labelledby=\"radar-title\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                      "font-size=\"11\" fill=\"#212b32\">\n<title id=\"radar-title\">Domain scores against target</title>\n";
    // Shaded bands show where red ends and green begins.
    for (const RadarBand& shade : radarBands(model.rag))
        svg += band(chart, shade.percent, bandColour(shade.rag));
    for (const double ring : kRadarRings)
        svg += "<polygon points=\"" + points(chart.ring(ring)) + "\" fill=\"none\" stroke=\"#aeb7bd\" stroke-width=\"0.8\"/>\n";
    for (std::size_t axis = 0; axis < chart.axes(); ++axis) {
        const ChartPoint rim = chart.at(axis, 100.0);
        svg += "<line x1=\"" + num(chart.centre().x) + "\" y1=\"" + num(chart.centre().y) + "\" x2=\"" + num(rim.x) +
               "\" y2=\"" + num(rim.y) + "\" stroke=\"#aeb7bd\" stroke-width=\"0.8\"/>\n";
        svg += label(chart.label(axis));
    }
    for (const double ring : kRadarRings) {
        const ChartPoint p = chart.at(0, ring);
        svg += "<text x=\"" + num(p.x + 4.0) + "\" y=\"" + num(p.y + 11.0) + "\" font-size=\"9\" fill=\"#4c6272\">" +
               std::to_string(static_cast<int>(ring)) + "%</text>\n";
    }
    const std::vector<RadarSeries> series = drawingOrder(model.radar);
    for (const auto& s : series) {
        const SeriesLook look = lookOf(s.kind);
        svg += "<polygon points=\"" + points(chart.polygon(s.values)) + "\" fill=\"" + look.fill + "\"" +
               (std::string(look.fill) == "none" ? "" : " fill-opacity=\"0.15\"") + " stroke=\"" + look.stroke +
               "\" stroke-width=\"" + num(look.width) + "\"" +
               (*look.dash ? std::string(" stroke-dasharray=\"") + look.dash + "\"" : "") + "/>\n";
    }
    for (const auto& p : chart.polygon(series.back().values))
        svg += "<circle cx=\"" + num(p.x) + "\" cy=\"" + num(p.y) + "\" r=\"3\" fill=\"#005eb8\"/>\n";
    double x = kWidth / 2.0 - 110.0 * static_cast<double>(series.size()) / 2.0;
    const double y = kHeight - 16.0;
    for (const auto& s : series) {
        const SeriesLook look = lookOf(s.kind);
        svg += "<line x1=\"" + num(x) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x + 26.0) + "\" y2=\"" + num(y) +
               "\" stroke=\"" + look.stroke + "\" stroke-width=\"" + num(look.width) + "\"" +
               (*look.dash ? std::string(" stroke-dasharray=\"") + look.dash + "\"" : "") + "/>\n";
        svg += "<text x=\"" + num(x + 31.0) + "\" y=\"" + num(y + 4.0) + "\">" + esc(s.name) + "</text>\n";
        x += 110.0;
    }
    svg += "</svg>\n<figcaption>Domain scores (percent) of this review against the score each domain would have "
           "with every item at target. Shading: red below " + number(model.rag.redBelow) + "%, green from " +
           number(model.rag.greenFrom) + "%.</figcaption>\n</figure>\n";
    return svg;
}

}  // namespace ccg::reports::html
