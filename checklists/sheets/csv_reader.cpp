#include "checklists/sheets/csv_reader.hpp"

#include "checklists/text_rules.hpp"
#include "checklists/xml_document.hpp"

namespace ccg::sheets {

CsvRead readCsv(std::string_view bytes, const std::string& fileName)
{
    CsvRead result;
    auto fail = [&](int row, std::string message) {
        result.errors.push_back({fileName, row, std::move(message)});
        return std::move(result);
    };
    if (bytes.size() > xml::kMaxFileBytes)
        return fail(1, "file is larger than 16 MiB; refused");
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    if (const auto bad = findInvalidUtf8(bytes))
        return fail(lineAtOffset(bytes, *bad), "the file is not UTF-8 (Windows-1252 or another code page); save it "
                                               "as CSV UTF-8");
    if (bytes.find('\0') != std::string_view::npos)
        return fail(1, "the file holds NUL bytes: it is not a CSV text file; save it as CSV UTF-8");

    Table table;
    Row row{1, {}};
    std::string field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field began with a quote
    int quoteRow = 0;
    std::size_t cells = 0;
    int column = 0;
    auto pushField = [&]() {
        if (!field.empty()) {
            row.cells.push_back({column, CellKind::Text, std::move(field)});
            ++cells;
        }
        field.clear();
        wasQuoted = false;
        ++column;
    };
    auto endRow = [&]() {
        pushField();
        if (!row.cells.empty())
            table.rows.push_back(std::move(row));
        row = Row{row.number + 1, {}};
        column = 0;
    };
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && field.empty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteRow = row.number;
        } else if (c == ',') {
            pushField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
            endRow();
        } else {
            field += c;
        }
        if (cells > kMaxCells)
            return fail(row.number, "the file holds more than " + std::to_string(kMaxCells) + " cells; refused");
    }
    if (quoted)
        return fail(quoteRow, "a quoted field that begins in this row is never closed: a \" is missing");
    endRow();
    result.table = std::move(table);
    return result;
}

}  // namespace ccg::sheets
