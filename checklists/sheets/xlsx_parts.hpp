#pragma once

// The small parts of a workbook that say where its sheets are and how to read their cells:
// relationships, the sheet list, the shared strings and which cell styles are dates.
// Internal to the XLSX reader.
#include "checklists/sheets/xml_stream.hpp"
#include "checklists/sheets/zip_reader.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ccg::sheets::xlsx {

/// Most shared strings and cell styles a workbook may hold: each costs memory even when empty.
inline constexpr std::size_t kMaxSharedStrings = 200000;
inline constexpr std::size_t kMaxStyles = 65536;

/// One relationship of a `.rels` part: its id, what kind of part it leads to, and where.
struct Relationship {
    std::string id;
    std::string type;
    std::string target;  ///< resolved to a member name of the archive, e.g. "xl/worksheets/sheet1.xml"
};

/// A sheet as the workbook lists it.
struct SheetEntry {
    std::string name;
    std::string relationshipId;
};

/// What the cells of the sheets need: shared strings, and for each cell style whether it shows a date.
struct CellContext {
    std::vector<std::string> sharedStrings;
    std::vector<bool> dateStyles;
};

/// Streams `member` of `zip` through `handler`; the reason it failed, or nothing.
std::optional<std::string> parsePart(ZipReader& zip, const std::string& member, XmlHandler& handler,
                                     XmlStream*& stream);

/// The relationships of `rels` (e.g. "xl/_rels/workbook.xml.rels"), targets resolved against `base`.
std::optional<std::string> readRelationships(ZipReader& zip, const std::string& rels, const std::string& base,
                                             std::vector<Relationship>& out);
std::optional<std::string> readSheetList(ZipReader& zip, const std::string& workbook, std::vector<SheetEntry>& out);
std::optional<std::string> readSharedStrings(ZipReader& zip, const std::string& member, CellContext& context);
std::optional<std::string> readStyles(ZipReader& zip, const std::string& member, CellContext& context);

/// Whether a number format (built-in id or custom code) shows a date or time.
bool isDateFormat(int builtinId, const std::string& code);

}  // namespace ccg::sheets::xlsx
