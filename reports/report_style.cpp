#include "reports/report_style.hpp"

#include <cstdio>

namespace ccg::reports {

std::string Colour::hex() const
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06x", static_cast<unsigned>(rgb & 0xFFFFFFu));
    return buffer;
}

Swatch ragSwatch(Rag rag)
{
    switch (rag) {
    case Rag::Red: return {Colour{0xA4161A}, palette::kWhite};
    case Rag::Amber: return {Colour{0xFFD54F}, Colour{0x212B32}};
    case Rag::Green: return {Colour{0x5CB85C}, Colour{0x0B2E0B}};
    case Rag::None: return {Colour{0xE8EDEE}, palette::kText};
    }
    return {Colour{0xE8EDEE}, palette::kText};
}

Colour bandColour(Rag rag)
{
    switch (rag) {
    case Rag::Green: return Colour{0xDCEFDC};
    case Rag::Amber: return Colour{0xFFF3C4};
    case Rag::Red: return Colour{0xF6D5D5};
    case Rag::None: break;
    }
    return palette::kWhite;
}

Swatch bragSwatch(Brag brag)
{
    switch (brag) {
    case Brag::Blue: return {Colour{0x1D4F91}, palette::kWhite};
    case Brag::Red: return ragSwatch(Rag::Red);
    case Brag::Amber: return ragSwatch(Rag::Amber);
    case Brag::Green: return ragSwatch(Rag::Green);
    case Brag::Dropped: return {Colour{0xD8DDE0}, palette::kText};
    }
    return ragSwatch(Rag::None);
}

}  // namespace ccg::reports
