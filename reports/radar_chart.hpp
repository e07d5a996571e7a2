#pragma once

#include "checklists/review_analysis.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// The one radar chart of domain scores: its series and its geometry, drawn by the board paper
// (SVG and cairo) and by the desktop dashboard (wxGraphicsContext) alike.
namespace ccg::reports {

/// A point in chart units: x to the right, y downwards (as in SVG, cairo and wx).
struct ChartPoint {
    double x = 0.0;
    double y = 0.0;
};

enum class LabelAlign { Start, Middle, End };

/// Where an axis label goes: its anchor, which side of the anchor the text sits on, and its
/// lines (the domain title wrapped, at most kRadarLabelLines of them).
struct AxisLabel {
    ChartPoint anchor;
    LabelAlign align = LabelAlign::Middle;
    bool above = false;  ///< text ends at the anchor (top half) rather than starting there
    std::vector<std::string> lines;
};

/// Most lines an axis label takes; a longer title ends in "…".
inline constexpr std::size_t kRadarLabelLines = 3;

/// What a series shows; renderers style each kind their own way.
enum class RadarSeriesKind { Current, Target, Previous };

/// One polygon of the chart: a series of domain scores in percent (null plots at the centre).
struct RadarSeries {
    RadarSeriesKind kind = RadarSeriesKind::Current;
    std::string name;  ///< "This review", "Target", "Previous review"
    std::vector<std::optional<double>> values;
    bool operator==(const RadarSeries&) const = default;
};

/// The series a radar plots, this review first, then the targets and, when the analysis has an
/// earlier review, its scores.
std::vector<RadarSeries> radarSeries(const Checklist& checklist, const ReviewAnalysis& analysis);

/// The series in the order they are drawn and listed in a legend: this review last, on top.
std::vector<RadarSeries> drawingOrder(const std::vector<RadarSeries>& series);

/// A shaded band behind the grid: everything up to `percent` takes the colour of `rag`.
struct RadarBand {
    double percent = 0.0;
    Rag rag = Rag::None;
};

/// The bands of the checklist's RAG thresholds, outermost (green, to 100%) first.
std::vector<RadarBand> radarBands(const RagThresholds& thresholds);

/// Geometry of a radar chart with one axis per domain, the first pointing up, clockwise.
class RadarChart {
public:
    /// A chart of `axes` axes centred in a `width` × `height` box, leaving room for labels.
    RadarChart(std::vector<std::string> axisTitles, double width, double height);
    /// The same, leaving exactly `labelWidth` beside the rim and `labelHeight` above and below it:
    /// for a renderer that measures its labels in the font it draws them with.
    RadarChart(std::vector<std::string> axisTitles, double width, double height, double labelWidth,
               double labelHeight);
    /// Each axis title's lines, as label() gives them: to be measured before choosing the room.
    [[nodiscard]] static std::vector<std::string> labelLines(const std::string& title);

    [[nodiscard]] std::size_t axes() const { return m_labels.size(); }
    [[nodiscard]] ChartPoint centre() const { return m_centre; }
    [[nodiscard]] double radius() const { return m_radius; }
    /// The point on `axis` at `percent` (0 centre, 100 rim; clamped).
    [[nodiscard]] ChartPoint at(std::size_t axis, double percent) const;
    /// The polygon joining every axis at the same percentage (grid rings, RAG bands).
    [[nodiscard]] std::vector<ChartPoint> ring(double percent) const;
    [[nodiscard]] std::vector<ChartPoint> polygon(const std::vector<std::optional<double>>& values) const;
    [[nodiscard]] AxisLabel label(std::size_t axis) const;

private:
    std::vector<std::vector<std::string>> m_labels;  ///< each title's lines
    ChartPoint m_centre;
    double m_radius = 0.0;
};

/// Whether a chart of `axes` axes is worth drawing: a radar needs three axes or more.
bool radarDrawable(std::size_t axes);

/// The grid rings every renderer draws, in percent.
inline constexpr double kRadarRings[] = {25.0, 50.0, 75.0, 100.0};

/// Splits `text` into lines of at most `width` characters at spaces; a word longer than a line is
/// broken between characters. At most `maxLines` lines, the last ending in "…" when text is left.
std::vector<std::string> wrapWords(const std::string& text, std::size_t width,
                                   std::size_t maxLines = static_cast<std::size_t>(-1));

}  // namespace ccg::reports
