#pragma once

#include "checklists/diagnostic.hpp"
#include "checklists/sheets/sheet_layout.hpp"
#include "checklists/sheets/table.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ccg::sheets {

/// The columns of one sheet as its header row (row 1) names them, in any order, matched to the
/// layout's columns whatever their case. An unknown or repeated header is a finding, so a typo
/// does not pass silently; a missing required column too.
class SheetColumns {
public:
    /// `label` begins each finding: "FILE:SHEET", or "FILE" for CSV; `sheet` names it in messages.
    SheetColumns(const Table& table, std::string label, std::string sheet, const std::vector<layout::Column>& layout,
                 Diagnostics& errors);

    /// False when a required column is missing: the rows cannot be read.
    [[nodiscard]] bool complete() const { return m_complete; }
    [[nodiscard]] bool has(const std::string& name) const { return m_index.count(name) != 0; }
    /// The rows below the header.
    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }

    /// The cell's text (numbers in their shortest form, booleans "true"/"false"), or empty. A
    /// formula, an error value or a date is a finding: none of them is what was meant.
    std::string text(const Row& row, const std::string& name);
    /// Whether the cell is truly empty: no cell, or only white space. A cell that holds a formula, a
    /// date or an unreadable value is not blank, so its finding is not followed by "is empty".
    [[nodiscard]] bool blank(const Row& row, const std::string& name) const;
    /// The cell's lines, each trimmed, blank ones left out (evidence: one per line in the cell).
    std::vector<std::string> lines(const Row& row, const std::string& name);
    /// A number, nullopt when empty; "high" is a finding.
    std::optional<double> decimal(const Row& row, const std::string& name);
    /// A whole number, nullopt when empty; "3.5" or "three" is a finding.
    std::optional<int> whole(const Row& row, const std::string& name);
    /// true or false (any case, or the spreadsheet's TRUE/FALSE), nullopt when empty.
    std::optional<bool> boolean(const Row& row, const std::string& name);
    /// The text when it is one of the column's choices (any case), nullopt when empty.
    std::optional<std::string> choice(const Row& row, const std::string& name);

    /// Adds a finding about `row` (once per cell: a row keeps every distinct message).
    void error(int row, std::string message);
    /// "column K (weight)", for messages.
    [[nodiscard]] std::string where(const std::string& name) const;
    /// Whether any finding was made about `row`.
    [[nodiscard]] bool rowHasErrors(int row) const { return m_rowsWithErrors.count(row) != 0; }
    [[nodiscard]] const std::string& label() const { return m_label; }

private:
    const Cell* cell(const Row& row, const std::string& name) const;

    /// The cell's text parsed, nullopt when empty; text `parse` refuses is a finding ending in `hint`.
    template <typename Parse>
    auto parsed(const Row& row, const std::string& name, Parse parse, const std::string& hint)
        -> decltype(parse(std::string_view()))
    {
        const std::string value = text(row, name);
        if (value.empty())
            return std::nullopt;
        auto number = parse(value);
        if (!number)
            error(row.number, where(name) + " holds \"" + value + "\", " + hint);
        return number;
    }

    std::string m_label;
    std::string m_sheet;
    const std::vector<layout::Column>& m_layout;
    Diagnostics& m_errors;
    std::map<std::string, int> m_index;  ///< column name → column number
    std::vector<Row> m_rows;
    std::set<int> m_rowsWithErrors;
    bool m_complete = true;
};

/// The shortest text that reads back as the number `text` ("1.1000000000000001" → "1.1").
std::string shortestNumber(const std::string& text);

}  // namespace ccg::sheets
