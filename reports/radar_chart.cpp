#include "reports/radar_chart.hpp"

#include "checklists/text_rules.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ccg::reports {

namespace {

constexpr std::size_t kLabelWidthChars = 18;
constexpr double kLabelGap = 10.0;
/// Share of the smaller box side kept for labels around the rim.
constexpr double kLabelMargin = 0.27;
constexpr const char* kEllipsis = "\xE2\x80\xA6";

double angleOf(std::size_t axis, std::size_t axes)
{
    return -std::numbers::pi / 2.0 + 2.0 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(axes);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Length in bytes of the UTF-8 sequence that starts with `lead`.
std::size_t sequenceLength(unsigned char lead)
{
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

}  // namespace

std::vector<RadarSeries> radarSeries(const Checklist& checklist, const ReviewAnalysis& analysis)
{
    RadarSeries current{RadarSeriesKind::Current, "This review", {}};
    RadarSeries target{RadarSeriesKind::Target, "Target", analysis.target.domains};
    RadarSeries previous{RadarSeriesKind::Previous, "Previous review", {}};
    for (std::size_t d = 0; d < checklist.domains.size(); ++d) {
        current.values.push_back(analysis.current.domains.at(d).score);
        previous.values.push_back(analysis.domainTrends.at(d).before);
    }
    std::vector<RadarSeries> series{std::move(current), std::move(target)};
    if (analysis.earlier)
        series.push_back(std::move(previous));
    return series;
}

std::vector<RadarSeries> drawingOrder(const std::vector<RadarSeries>& series)
{
    std::vector<RadarSeries> ordered = series;
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const RadarSeries& s) { return s.kind != RadarSeriesKind::Current; });
    return ordered;
}

std::vector<RadarBand> radarBands(const RagThresholds& thresholds)
{
    return {{100.0, Rag::Green}, {thresholds.greenFrom, Rag::Amber}, {thresholds.redBelow, Rag::Red}};
}

RadarChart::RadarChart(std::vector<std::string> axisTitles, double width, double height)
    : m_centre{width / 2.0, height / 2.0}
{
    for (const auto& title : axisTitles)
        m_labels.push_back(labelLines(title));
    // Labels sit left and right of the rim, so the width needs a wider margin than the height.
    m_radius = std::max(10.0, std::min(width / 2.0 - width * kLabelMargin, height / 2.0 - height * 0.12));
}

RadarChart::RadarChart(std::vector<std::string> axisTitles, double width, double height, double labelWidth,
                       double labelHeight)
    : m_centre{width / 2.0, height / 2.0}
{
    for (const auto& title : axisTitles)
        m_labels.push_back(labelLines(title));
    m_radius = std::max(10.0, std::min(width / 2.0 - labelWidth - kLabelGap, height / 2.0 - labelHeight - kLabelGap));
}

std::vector<std::string> RadarChart::labelLines(const std::string& title)
{
    return wrapWords(title, kLabelWidthChars, kRadarLabelLines);
}

ChartPoint RadarChart::at(std::size_t axis, double percent) const
{
    const double r = m_radius * std::clamp(percent, 0.0, 100.0) / 100.0;
    const double angle = angleOf(axis, axes());
    return {m_centre.x + r * std::cos(angle), m_centre.y + r * std::sin(angle)};
}

std::vector<ChartPoint> RadarChart::ring(double percent) const
{
    std::vector<ChartPoint> points;
    for (std::size_t axis = 0; axis < axes(); ++axis)
        points.push_back(at(axis, percent));
    return points;
}

std::vector<ChartPoint> RadarChart::polygon(const std::vector<std::optional<double>>& values) const
{
    std::vector<ChartPoint> points;
    for (std::size_t axis = 0; axis < axes(); ++axis)
        points.push_back(at(axis, axis < values.size() && values[axis] ? *values[axis] : 0.0));
    return points;
}

AxisLabel RadarChart::label(std::size_t axis) const
{
    const double angle = angleOf(axis, axes());
    const double dx = std::cos(angle);
    const double dy = std::sin(angle);
    AxisLabel label;
    label.anchor = {m_centre.x + (m_radius + kLabelGap) * dx, m_centre.y + (m_radius + kLabelGap) * dy};
    label.align = std::fabs(dx) < 0.2 ? LabelAlign::Middle : (dx > 0 ? LabelAlign::Start : LabelAlign::End);
    label.above = dy < -0.2;
    label.lines = m_labels.at(axis);
    return label;
}

bool radarDrawable(std::size_t axes)
{
    return axes >= 3;
}

std::vector<std::string> wrapWords(const std::string& text, std::size_t width, std::size_t maxLines)
{
    width = std::max<std::size_t>(width, 1);
    std::vector<std::string> lines;
    std::string line;
    std::size_t lineChars = 0;
    bool truncated = false;
    const auto finishLine = [&] {
        if (lines.size() == maxLines) {
            truncated = true;
            return;
        }
        lines.push_back(line);
        line.clear();
        lineChars = 0;
    };
    std::size_t i = 0;
    while (i < text.size() && !truncated) {
        if (isSpace(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        std::size_t wordChars = 0;
        while (end < text.size() && !isSpace(text[end])) {
            end += sequenceLength(static_cast<unsigned char>(text[end]));
            ++wordChars;
        }
        end = std::min(end, text.size());
        if (lineChars > 0 && lineChars + 1 + wordChars > width)
            finishLine();
        if (truncated)
            break;
        if (lineChars > 0) {
            line += ' ';
            ++lineChars;
        }
        // A word longer than a whole line is broken between characters, so that a title with
        // no spaces cannot run over the chart.
        while (i < end && !truncated) {
            if (lineChars == width)
                finishLine();
            if (truncated)
                break;
            const std::size_t length = std::min(sequenceLength(static_cast<unsigned char>(text[i])), end - i);
            line.append(text, i, length);
            i += length;
            ++lineChars;
        }
    }
    if (!truncated && !line.empty()) {
        if (lines.size() == maxLines)
            truncated = true;
        else
            lines.push_back(line);
    }
    if (truncated && !lines.empty()) {
        // Room for the ellipsis: the last line gives up its last character when it is full.
        std::string& last = lines.back();
        if (countChars(last) >= width) {
            std::size_t cut = last.size();
            do
                --cut;
            while (cut > 0 && (static_cast<unsigned char>(last[cut]) & 0xC0u) == 0x80u);
            last.erase(cut);
        }
        last += kEllipsis;
    }
    return lines;
}

}  // namespace ccg::reports
