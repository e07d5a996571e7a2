#pragma once

#include <cstddef>
#include <string>
#include <vector>

// What a spreadsheet or CSV file holds once read: rows of typed cells, nothing more. Empty
// cells and empty rows are not stored, so a sheet of a million empty rows costs nothing.
namespace ccg::sheets {

/// How a cell's value was stored, which decides whether a field may take it.
enum class CellKind {
    Text,
    Number,   ///< `text` is the number as the file wrote it, e.g. "2" or "0.5"
    Boolean,  ///< `text` is "true" or "false"
    Date,     ///< a number shown as a date: Excel turned what was typed ("1.2") into a date
    Formula,  ///< `text` is the cached result; we never evaluate formulas
    Error,    ///< #N/A, #REF! and the like
    Unreadable,  ///< already reported as it was read (a shared string the workbook does not hold)
};

/// One non-empty cell; `column` counts from 0 (A).
struct Cell {
    int column = 0;
    CellKind kind = CellKind::Text;
    std::string text;
};

/// The non-empty cells of one row in column order; `number` counts from 1 as a spreadsheet does.
struct Row {
    int number = 0;
    std::vector<Cell> cells;

    /// The cell in `column`, or null when it is empty.
    [[nodiscard]] const Cell* cell(int column) const;
};

/// Cells merged into one, e.g. "B3:C4".
struct MergedRange {
    std::string reference;
    int firstRow = 0;
    int lastRow = 0;
};

/// One sheet (or a CSV file): its rows in order, and its merged ranges.
struct Table {
    std::string name;  ///< the sheet's name; empty for CSV
    std::vector<Row> rows;
    std::vector<MergedRange> merged;
};

/// Most non-empty cells one sheet may hold: a large framework has a few thousand; this bounds memory.
inline constexpr std::size_t kMaxCells = 200000;

}  // namespace ccg::sheets
