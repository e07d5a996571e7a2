#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ccg::sheets {

/// Largest row and column a worksheet has (Excel's XFD1048576).
inline constexpr int kMaxRows = 1048576;
inline constexpr int kMaxColumns = 16384;

/// A cell's place: row from 1, column from 0.
struct CellReference {
    int row = 0;
    int column = 0;
};

/// "B7" → row 7, column 1; nullopt for anything that is not a cell within Excel's bounds.
std::optional<CellReference> parseCellReference(std::string_view text);

/// "AB3"'s column letters alone: "AB" → 27; nullopt when not letters within bounds.
std::optional<int> parseColumnLetters(std::string_view letters);

/// Column 0 → "A", 27 → "AB".
std::string columnLetters(int column);

}  // namespace ccg::sheets
