#pragma once

#include "reports/report_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ccg::reports {

/// A point in chart units: x to the right, y downwards (as in SVG and cairo).
struct ChartPoint {
    double x = 0.0;
    double y = 0.0;
};

enum class LabelAlign { Start, Middle, End };

/// Where an axis label goes: its anchor, which side of the anchor the text sits on, and its
/// lines (the domain title wrapped).
struct AxisLabel {
    ChartPoint anchor;
    LabelAlign align = LabelAlign::Middle;
    bool above = false;  ///< text ends at the anchor (top half) rather than starting there
    std::vector<std::string> lines;
};

/// One polygon of the chart: a series of domain scores in percent (null plots at the centre).
struct RadarSeries {
    std::string name;
    std::vector<std::optional<double>> values;
};

/// Geometry of a radar chart with one axis per domain, the first pointing up, clockwise;
/// shared by the SVG and the PDF renderers so both draw the same chart.
class RadarChart {
public:
    /// A chart of `axes` axes centred in a `width` × `height` box, leaving room for labels.
    RadarChart(std::vector<std::string> axisTitles, double width, double height);

    [[nodiscard]] std::size_t axes() const { return m_titles.size(); }
    [[nodiscard]] ChartPoint centre() const { return m_centre; }
    [[nodiscard]] double radius() const { return m_radius; }
    /// The point on `axis` at `percent` (0 centre, 100 rim; clamped).
    [[nodiscard]] ChartPoint at(std::size_t axis, double percent) const;
    /// The polygon joining every axis at the same percentage (grid rings, RAG bands).
    [[nodiscard]] std::vector<ChartPoint> ring(double percent) const;
    [[nodiscard]] std::vector<ChartPoint> polygon(const std::vector<std::optional<double>>& values) const;
    [[nodiscard]] AxisLabel label(std::size_t axis) const;

private:
    std::vector<std::string> m_titles;
    ChartPoint m_centre;
    double m_radius = 0.0;
};

/// Whether the chart is worth drawing: a radar needs three axes or more.
bool radarDrawable(const ReportModel& model);

/// The series a report plots: this review, the targets and, when given, the previous review.
std::vector<RadarSeries> radarSeries(const ReportModel& model);

/// Splits `text` into lines of at most `width` characters at spaces (long words stay whole).
std::vector<std::string> wrapWords(const std::string& text, std::size_t width);

}  // namespace ccg::reports
