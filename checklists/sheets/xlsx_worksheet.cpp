#include "checklists/sheets/xlsx_worksheet.hpp"

#include "checklists/sheets/cell_reference.hpp"
#include "checklists/text_rules.hpp"

namespace ccg::sheets::xlsx {

namespace {

/// Collects the non-empty cells of `<sheetData>` and the `<mergeCell>` ranges. Rows and cells
/// without a value allocate nothing.
class WorksheetHandler : public XmlHandler {
public:
    WorksheetHandler(const CellContext& context, const std::string& label, Table& table, Diagnostics& errors)
        : m_context(context), m_label(label), m_table(table), m_errors(errors)
    {
    }
    XmlStream* stream = nullptr;

    void start(std::string_view name, const char** attributes) override
    {
        if (name == "row")
            startRow(attributes);
        else if (name == "c")
            startCell(attributes);
        else if (name == "v" && m_inCell)
            m_capture = true;
        else if (name == "f" && m_inCell)
            m_formula = true;
        else if (name == "is" && m_inCell)
            m_inline = true;
        else if (name == "rPh")
            m_phonetic = true;
        else if (name == "t" && m_inline && !m_phonetic)
            m_capture = true;
        else if (name == "mergeCell")
            addMerged(attribute(attributes, "ref"));
    }

    void end(std::string_view name) override
    {
        if (name == "c" && m_inCell)
            endCell();
        else if (name == "v" || name == "t")
            m_capture = false;
        else if (name == "rPh")
            m_phonetic = false;
        else if (name == "is")
            m_inline = false;
    }

    void text(std::string_view chunk) override
    {
        if (m_capture)
            m_value.append(chunk);
    }

private:
    void startRow(const char** attributes)
    {
        const char* r = attribute(attributes, "r");
        const auto number = r ? parseInteger(r) : std::optional<int>(m_row + 1);
        if (!number || *number < 1 || *number > kMaxRows || *number <= m_row) {
            stream->stop(std::string("a row's number r=\"") + (r ? r : "") + "\" is out of order or out of range");
            return;
        }
        m_row = *number;
        m_column = -1;
    }

    void startCell(const char** attributes)
    {
        const char* r = attribute(attributes, "r");
        std::optional<CellReference> place = r ? parseCellReference(r) : CellReference{m_row, m_column + 1};
        if (!place || place->row != m_row || place->column <= m_column) {
            stream->stop(std::string("cell reference \"") + (r ? r : "") + "\" is out of order or out of range");
            return;
        }
        m_column = place->column;
        const char* type = attribute(attributes, "t");
        m_type = type ? type : "n";
        const char* style = attribute(attributes, "s");
        m_style = style ? parseInteger(style).value_or(0) : 0;
        m_inCell = true;
        m_formula = false;
        m_value.clear();
    }

    void endCell()
    {
        m_inCell = false;
        m_capture = false;
        m_inline = false;
        if (m_value.empty() && !m_formula)
            return;
        Cell cell{m_column, CellKind::Text, {}};
        if (m_type == "s") {
            const auto index = parseInteger(m_value);
            if (!index || *index < 0 || static_cast<std::size_t>(*index) >= m_context.sharedStrings.size()) {
                m_errors.push_back({m_label, m_row,
                                    "column " + columnLetters(m_column) + " refers to shared string " + m_value +
                                        ", but the workbook holds " + std::to_string(m_context.sharedStrings.size())});
                cell.kind = CellKind::Unreadable;
            } else {
                cell.text = m_context.sharedStrings[static_cast<std::size_t>(*index)];
            }
        } else if (m_type == "b") {
            cell.kind = CellKind::Boolean;
            cell.text = m_value == "1" ? "true" : "false";
        } else if (m_type == "e") {
            cell.kind = CellKind::Error;
            cell.text = m_value;
        } else if (m_type == "d") {
            cell.kind = CellKind::Date;
            cell.text = m_value;
        } else if (m_type == "inlineStr" || m_type == "str") {
            cell.text = m_value;
        } else {
            const bool date = m_style >= 0 && static_cast<std::size_t>(m_style) < m_context.dateStyles.size() &&
                              m_context.dateStyles[static_cast<std::size_t>(m_style)];
            cell.kind = date ? CellKind::Date : CellKind::Number;
            cell.text = m_value;
        }
        if (m_formula)
            cell.kind = CellKind::Formula;
        if (++m_cells > kMaxCells) {
            stream->stop("the sheet holds more than " + std::to_string(kMaxCells) + " cells; refused");
            return;
        }
        if (m_table.rows.empty() || m_table.rows.back().number != m_row)
            m_table.rows.push_back({m_row, {}});
        m_table.rows.back().cells.push_back(std::move(cell));
    }

    void addMerged(const char* reference)
    {
        if (!reference)
            return;
        const std::string_view text(reference);
        const auto colon = text.find(':');
        const auto first = parseCellReference(text.substr(0, colon));
        const auto last = colon == std::string_view::npos ? first : parseCellReference(text.substr(colon + 1));
        if (first && last && m_table.merged.size() < kMaxCells)
            m_table.merged.push_back({std::string(text), first->row, last->row});
    }

    const CellContext& m_context;
    const std::string& m_label;
    Table& m_table;
    Diagnostics& m_errors;
    int m_row = 0;
    int m_column = -1;
    std::size_t m_cells = 0;
    std::string m_type;
    int m_style = 0;
    std::string m_value;
    bool m_inCell = false;
    bool m_capture = false;
    bool m_formula = false;
    bool m_inline = false;
    bool m_phonetic = false;
};

}  // namespace

std::optional<std::string> readWorksheet(ZipReader& zip, const std::string& member, const CellContext& context,
                                         const std::string& label, Table& table, Diagnostics& errors)
{
    WorksheetHandler handler(context, label, table, errors);
    return parsePart(zip, member, handler, handler.stream);
}

}  // namespace ccg::sheets::xlsx
