#pragma once

#include "checklists/checklist.hpp"

#include <string>
#include <vector>

// The workbook a checklist is written in (PRODUCT.md §14): its sheets, their columns, and what
// goes in each. The reader finds columns by these names and the writer writes them, so the two
// cannot drift apart.
namespace ccg::sheets::layout {

inline constexpr const char* kChecklistSheet = "Checklist";
inline constexpr const char* kScaleSheet = "Scale";
inline constexpr const char* kItemsSheet = "Items";
inline constexpr const char* kCitationsSheet = "Citations";

/// How a column's cells are read.
enum class Kind { Text, Lines, Decimal, Whole, Boolean, Choice };

/// One column of a sheet (or one field of the Checklist sheet).
struct Column {
    std::string name;
    Kind kind = Kind::Text;
    bool required = false;
    std::vector<std::string> choices;  ///< the only values a Choice column takes (a drop-down list)
    std::string note;                  ///< what goes there, shown as the header cell's comment
    double width = 14;
};

/// The Checklist sheet has two columns, `field` and `value`: one row per field.
inline constexpr const char* kFieldColumn = "field";
inline constexpr const char* kValueColumn = "value";
/// The fields of the Checklist sheet; the source_ ones repeat, one group per source.
const std::vector<Column>& checklistFields();
const std::vector<Column>& scaleColumns();
const std::vector<Column>& itemsColumns();
const std::vector<Column>& citationsColumns();

/// The column named `name` of `columns`, or null.
const Column* find(const std::vector<Column>& columns, const std::string& name);

/// The five levels of the shipped checklist: the scale of a CSV file given no --scale.
std::vector<ScaleLevel> defaultScale();

/// The checklist the template shows filled in: one domain, one item, one citation.
Checklist exampleChecklist();

}  // namespace ccg::sheets::layout
