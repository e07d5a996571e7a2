// The radar chart geometry both the SVG and the PDF draw from.
#include "reports/radar_chart.hpp"

#include "checklists/text_rules.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace ccg::reports;
using Catch::Approx;

TEST_CASE("The first axis points up and the axes run clockwise", "[reports][radar]")
{
    const RadarChart chart({"North", "East", "South", "West"}, 400.0, 300.0);
    const ChartPoint centre = chart.centre();
    CHECK(centre.x == Approx(200.0));
    CHECK(centre.y == Approx(150.0));
    const ChartPoint north = chart.at(0, 100.0);
    CHECK(north.x == Approx(centre.x));
    CHECK(north.y == Approx(centre.y - chart.radius()));
    const ChartPoint east = chart.at(1, 100.0);
    CHECK(east.x == Approx(centre.x + chart.radius()));
    CHECK(east.y == Approx(centre.y).margin(1e-9));
    CHECK(chart.at(2, 50.0).y == Approx(centre.y + chart.radius() / 2));
}

TEST_CASE("Values plot from the centre at 0 to the rim at 100, clamped, and null at the centre", "[reports][radar]")
{
    const RadarChart chart({"A", "B", "C"}, 300.0, 300.0);
    const auto polygon = chart.polygon({0.0, std::nullopt, 250.0});
    REQUIRE(polygon.size() == 3);
    CHECK(polygon[0].x == Approx(chart.centre().x));
    CHECK(polygon[0].y == Approx(chart.centre().y));
    CHECK(polygon[1].x == Approx(chart.centre().x));
    CHECK(polygon[2].x == Approx(chart.at(2, 100.0).x));
    CHECK(polygon[2].y == Approx(chart.at(2, 100.0).y));
    CHECK(chart.ring(75.0).size() == 3);
}

TEST_CASE("Axis labels sit outside the rim, turned away from the chart", "[reports][radar]")
{
    const RadarChart chart({"Top", "Right", "Bottom", "Left"}, 400.0, 300.0);
    const AxisLabel top = chart.label(0);
    CHECK(top.align == LabelAlign::Middle);
    CHECK(top.above);
    CHECK(top.anchor.y < chart.at(0, 100.0).y);
    CHECK(chart.label(1).align == LabelAlign::Start);
    CHECK(chart.label(1).anchor.x > chart.at(1, 100.0).x);
    CHECK_FALSE(chart.label(2).above);
    CHECK(chart.label(3).align == LabelAlign::End);
}

TEST_CASE("Long domain titles wrap into at most three lines", "[reports][radar]")
{
    CHECK(wrapWords("Relations with NHS England and the wider system", 18) ==
          std::vector<std::string>{"Relations with NHS", "England and the", "wider system"});
    CHECK(wrapWords("Governance", 18) == std::vector<std::string>{"Governance"});
    const RadarChart chart({"one two three four five six seven eight nine ten eleven twelve thirteen", "b", "c"},
                           400.0, 300.0);
    const AxisLabel label = chart.label(0);
    CHECK(label.lines.size() == 3);
    CHECK(label.lines.back().find("\xE2\x80\xA6") != std::string::npos);
}

TEST_CASE("A title without spaces is broken between characters and cut to three lines, however long",
          "[reports][radar]")
{
    const std::string hyphenated =
        "Partnership-with-local-government-and-the-wider-health-and-care-system-in-every-place";  // 86 characters
    const RadarChart chart({hyphenated, std::string(1 << 20, 'W'), "Caf\xC3\xA9s-and-\xC3\xA9\xC3\xA9\xC3\xA9"}, 400.0, 300.0);
    for (std::size_t axis = 0; axis < 2; ++axis) {
        const AxisLabel label = chart.label(axis);
        REQUIRE(label.lines.size() == kRadarLabelLines);
        for (const auto& line : label.lines)
            CHECK(ccg::countChars(line) <= 18);
        CHECK(label.lines.back().find("\xE2\x80\xA6") != std::string::npos);
    }
    CHECK(chart.label(0).lines.front() == "Partnership-with-l");
    // Breaks fall between whole characters, never inside one.
    const auto accents = wrapWords(std::string(20, 'x') + "\xC3\xA9\xC3\xA9", 18);
    REQUIRE(accents.size() == 2);
    CHECK(accents[1] == "xx\xC3\xA9\xC3\xA9");
}
