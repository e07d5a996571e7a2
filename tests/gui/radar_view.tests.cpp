// The dashboard's radar chart, drawn into a bitmap as it is on screen.
#include "gui_fixture.hpp"

#include "app/gui/radar_view.hpp"
#include "app/gui/status_icons.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/frame.h>
#include <wx/image.h>
#include <wx/settings.h>

#include <cmath>
#include <numbers>

using namespace ccg;

namespace {

/// `over` painted at `alpha` (of 255) on top of `under`, as the chart paints its bands.
wxColour blend(const wxColour& under, const wxColour& over, int alpha)
{
    const auto mix = [&](int a, int b) { return static_cast<unsigned char>((a * (255 - alpha) + b * alpha) / 255); };
    return wxColour(mix(under.Red(), over.Red()), mix(under.Green(), over.Green()), mix(under.Blue(), over.Blue()));
}

int distance(const wxColour& a, unsigned char r, unsigned char g, unsigned char b)
{
    return std::abs(a.Red() - r) + std::abs(a.Green() - g) + std::abs(a.Blue() - b);
}

/// Which band the pixel at `percent` between the first two axes lies in: the colour it is nearest to.
Rag bandAt(const wxImage& image, const reports::RadarChart& chart, double percent, const wxColour& background)
{
    // Halfway between axis 0 (up) and axis 1 (right) of four, the ring at p lies p * R * cos 45° out.
    const double reach = chart.radius() * percent / 100.0 * std::cos(std::numbers::pi / 4.0);
    const int x = static_cast<int>(std::lround(chart.centre().x + reach * std::cos(-std::numbers::pi / 4.0)));
    const int y = static_cast<int>(std::lround(chart.centre().y + reach * std::sin(-std::numbers::pi / 4.0)));
    const wxColour green = blend(background, gui::ragColour(Rag::Green), 26);
    const wxColour amber = blend(green, gui::ragColour(Rag::Amber), 26);
    const wxColour red = blend(amber, gui::ragColour(Rag::Red), 26);
    const unsigned char r = image.GetRed(x, y), g = image.GetGreen(x, y), b = image.GetBlue(x, y);
    Rag nearest = Rag::Green;
    int best = distance(green, r, g, b);
    for (const auto& [rag, colour] : {std::pair{Rag::Amber, amber}, std::pair{Rag::Red, red}})
        if (const int d = distance(colour, r, g, b); d < best) {
            best = d;
            nearest = rag;
        }
    return nearest;
}

}  // namespace

TEST_CASE("The radar's shaded bands follow the checklist's RAG thresholds", "[gui][dashboard][radar]")
{
    REQUIRE_GUI();
    auto* frame = new wxFrame(nullptr, wxID_ANY, "radar");
    auto* view = new gui::RadarView(frame);
    frame->Show();
    const wxSize size(420, 420);
    const std::vector<std::string> axes{"North", "East", "South", "West"};
    const auto draw = [&](const RagThresholds& rag) {
        view->setData(axes, {}, rag);
        wxBitmap bitmap(size.x, size.y, 24);
        {
            wxMemoryDC dc(bitmap);
            view->paint(dc, size);
        }
        return bitmap.ConvertToImage();
    };
    const wxColour background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);

    const wxImage standard = draw(RagThresholds{50.0, 75.0});
    const reports::RadarChart chart = view->chartIn(size);
    CHECK(bandAt(standard, chart, 40.0, background) == Rag::Red);
    CHECK(bandAt(standard, chart, 62.0, background) == Rag::Amber);
    CHECK(bandAt(standard, chart, 85.0, background) == Rag::Green);

    // A framework whose red ends at 30 and whose green starts at 90.
    const wxImage custom = draw(RagThresholds{30.0, 90.0});
    CHECK(bandAt(custom, chart, 20.0, background) == Rag::Red);
    CHECK(bandAt(custom, chart, 40.0, background) == Rag::Amber);
    CHECK(bandAt(custom, chart, 85.0, background) == Rag::Amber);
    CHECK(bandAt(custom, chart, 95.0, background) == Rag::Green);
    frame->Destroy();
    test::pump();
}
