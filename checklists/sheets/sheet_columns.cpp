#include "checklists/sheets/sheet_columns.hpp"

#include "checklists/sheets/cell_reference.hpp"
#include "checklists/text_rules.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace ccg::sheets {

namespace {

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string columnList(const std::vector<layout::Column>& layout)
{
    std::string list;
    for (const auto& column : layout)
        list += (list.empty() ? "" : ", ") + column.name;
    return list;
}

}  // namespace

std::string shortestNumber(const std::string& text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return text;
    std::array<char, 32> buffer{};
    const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), written.ptr);
}

SheetColumns::SheetColumns(const Table& table, std::string label, std::string sheet,
                           const std::vector<layout::Column>& layout, Diagnostics& errors)
    : m_label(std::move(label)), m_sheet(std::move(sheet)), m_layout(layout), m_errors(errors)
{
    if (table.rows.empty() || table.rows.front().number != 1) {
        error(1, "row 1 must name the columns; the " + m_sheet + " sheet's columns are: " + columnList(layout));
        m_complete = false;
        m_rows = table.rows;
        return;
    }
    for (const auto& cell : table.rows.front().cells) {
        const std::string name = asciiLowered(trimmed(cell.text));
        if (name.empty())
            continue;
        const std::string place = "column " + columnLetters(cell.column);
        if (!layout::find(layout, name))
            error(1, place + "'s header '" + trimmed(cell.text) + "' is not a column of the " + m_sheet +
                         " sheet; its columns are: " + columnList(layout));
        else if (!m_index.emplace(name, cell.column).second)
            error(1, place + " repeats the column '" + name + "' of column " + columnLetters(m_index[name]));
    }
    for (const auto& column : layout) {
        if (column.required && !has(column.name)) {
            error(1, "the " + m_sheet + " sheet has no column '" + column.name + "'; row 1 must name it");
            m_complete = false;
        }
    }
    m_rows.assign(table.rows.begin() + 1, table.rows.end());
}

void SheetColumns::error(int row, std::string message)
{
    m_rowsWithErrors.insert(row);
    Diagnostic finding{m_label, row, std::move(message)};
    for (const auto& existing : m_errors)
        if (existing == finding)
            return;
    m_errors.push_back(std::move(finding));
}

std::string SheetColumns::where(const std::string& name) const
{
    const auto found = m_index.find(name);
    return found == m_index.end() ? name : "column " + columnLetters(found->second) + " (" + name + ")";
}

const Cell* SheetColumns::cell(const Row& row, const std::string& name) const
{
    const auto found = m_index.find(name);
    return found == m_index.end() ? nullptr : row.cell(found->second);
}

bool SheetColumns::blank(const Row& row, const std::string& name) const
{
    const Cell* found = cell(row, name);
    return !found || (found->kind == CellKind::Text && trimmed(found->text).empty());
}

std::string SheetColumns::text(const Row& row, const std::string& name)
{
    const Cell* found = cell(row, name);
    if (!found)
        return {};
    switch (found->kind) {
    case CellKind::Formula:
        error(row.number, where(name) + " holds a formula; type the value");
        return {};
    case CellKind::Error:
        error(row.number, where(name) + " holds the error value " + found->text + "; type the value");
        return {};
    case CellKind::Date:
        error(row.number, where(name) + " holds a date: the spreadsheet turned what was typed into one; "
                                        "format the column as Text and type it again");
        return {};
    case CellKind::Unreadable:
        return {};
    case CellKind::Number:
        return shortestNumber(found->text);
    case CellKind::Boolean:
    case CellKind::Text:
        break;
    }
    return trimmed(found->text);
}

std::vector<std::string> SheetColumns::lines(const Row& row, const std::string& name)
{
    const std::string all = text(row, name);
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= all.size()) {
        const auto end = std::min(all.find('\n', start), all.size());
        if (std::string line = trimmed(all.substr(start, end - start)); !line.empty())
            lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

std::optional<double> SheetColumns::decimal(const Row& row, const std::string& name)
{
    const auto* column = layout::find(m_layout, name);
    return parsed(row, name, parseDecimal, "not a number" + (column ? ": " + column->note : std::string()));
}

std::optional<int> SheetColumns::whole(const Row& row, const std::string& name)
{
    return parsed(row, name, parseInteger, "not a whole number");
}

std::optional<bool> SheetColumns::boolean(const Row& row, const std::string& name)
{
    const std::string value = asciiLowered(text(row, name));
    if (value.empty())
        return std::nullopt;
    if (value == "true" || value == "false")
        return value == "true";
    error(row.number, where(name) + " holds \"" + text(row, name) + "\"; write true or false");
    return std::nullopt;
}

std::optional<std::string> SheetColumns::choice(const Row& row, const std::string& name)
{
    const std::string value = asciiLowered(text(row, name));
    if (value.empty())
        return std::nullopt;
    const auto* column = layout::find(m_layout, name);
    std::string choices;
    for (const auto& each : column->choices) {
        if (each == value)
            return value;
        choices += (choices.empty() ? "" : ", ") + each;
    }
    error(row.number, where(name) + " holds \"" + text(row, name) + "\"; write one of: " + choices);
    return std::nullopt;
}

}  // namespace ccg::sheets
