#include "reports/radar_chart.hpp"

#include "reports/text_escape.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <sstream>

namespace ccg::reports {

namespace {

constexpr std::size_t kLabelWidthChars = 18;
constexpr std::size_t kLabelMaxLines = 3;
constexpr double kLabelGap = 10.0;
/// Share of the smaller box side kept for labels around the rim.
constexpr double kLabelMargin = 0.27;

double angleOf(std::size_t axis, std::size_t axes)
{
    return -std::numbers::pi / 2.0 + 2.0 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(axes);
}

}  // namespace

RadarChart::RadarChart(std::vector<std::string> axisTitles, double width, double height)
    : m_titles(std::move(axisTitles)), m_centre{width / 2.0, height / 2.0}
{
    // Labels sit left and right of the rim, so the width needs a wider margin than the height.
    m_radius = std::max(10.0, std::min(width / 2.0 - width * kLabelMargin, height / 2.0 - height * 0.12));
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
    label.lines = wrapWords(m_titles[axis], kLabelWidthChars);
    if (label.lines.size() > kLabelMaxLines) {
        label.lines.resize(kLabelMaxLines);
        label.lines.back() += "\xE2\x80\xA6";
    }
    return label;
}

bool radarDrawable(const ReportModel& model)
{
    return model.domains.size() >= 3;
}

std::vector<RadarSeries> radarSeries(const ReportModel& model)
{
    RadarSeries current{"This review", {}};
    RadarSeries target{"Target", {}};
    RadarSeries previous{"Previous review", {}};
    for (const auto& domain : model.domains) {
        current.values.push_back(domain.score.score);
        target.values.push_back(domain.targetScore);
        previous.values.push_back(domain.previousScore);
    }
    std::vector<RadarSeries> series{std::move(target)};
    if (model.trend.hasPrevious)
        series.push_back(std::move(previous));
    series.push_back(std::move(current));
    return series;
}

std::vector<std::string> wrapWords(const std::string& text, std::size_t width)
{
    std::vector<std::string> lines;
    std::istringstream words(text);
    std::string word;
    std::string line;
    while (words >> word) {
        if (!line.empty() && countChars(line) + 1 + countChars(word) > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

}  // namespace ccg::reports
