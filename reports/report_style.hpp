#pragma once

#include "checklists/action_state.hpp"
#include "checklists/scoring.hpp"

#include <cstdint>
#include <string>

namespace ccg::reports {

/// A colour of the report palette, as 0xRRGGBB.
struct Colour {
    std::uint32_t rgb = 0;

    [[nodiscard]] double red() const { return ((rgb >> 16) & 0xFFu) / 255.0; }
    [[nodiscard]] double green() const { return ((rgb >> 8) & 0xFFu) / 255.0; }
    [[nodiscard]] double blue() const { return (rgb & 0xFFu) / 255.0; }
    /// "#rrggbb".
    [[nodiscard]] std::string hex() const;
};

/// A filled label: background and the text colour that reads on it.
struct Swatch {
    Colour fill;
    Colour text;
};

/// The report's accent (NHS blue) and neutral colours.
namespace palette {
inline constexpr Colour kAccent{0x005EB8};
inline constexpr Colour kAccentDark{0x003087};
inline constexpr Colour kText{0x212B32};
inline constexpr Colour kMuted{0x4C6272};
inline constexpr Colour kRule{0xAEB7BD};
inline constexpr Colour kStripe{0xF0F4F5};
inline constexpr Colour kPanel{0xE8EDEE};
inline constexpr Colour kWhite{0xFFFFFF};
}  // namespace palette

/// RAG fills chosen so the three bands differ in lightness and still read in greyscale
/// (red dark, green mid, amber light); the word is always printed as well.
Swatch ragSwatch(Rag rag);

/// The pale fill of a RAG band behind the radar chart.
Colour bandColour(Rag rag);

/// BRAG fills: blue dark, red dark, green mid, amber light, dropped pale grey.
Swatch bragSwatch(Brag brag);

}  // namespace ccg::reports
