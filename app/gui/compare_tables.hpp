#pragma once

// The Compare page's two tables, domains and items, one column per review: what each column
// shows, the order it sorts in, and the rows in that order.
#include "checklists/checklist.hpp"
#include "checklists/side_by_side.hpp"
#include "checklists/side_by_side_order.hpp"

#include <string>
#include <vector>

class wxListCtrl;

namespace ccg::gui {

/// Which of the two tables.
enum class CompareTable { Domains, Items };

/// The order a click on `column`'s header asks for (ascending) in a table of `reviews` reviews:
/// domains are Domain (checklist order), Range, one column per review; items are Item
/// (checklist order), Spread, one per review, Question (alphabetical). The range and spread
/// come second so that they stay in view however many reviews there are.
[[nodiscard]] SideBySideOrder orderOfColumn(CompareTable which, int column, std::size_t reviews);
/// The column that shows `order`'s key, for its sort indicator.
[[nodiscard]] int columnOfOrder(CompareTable which, const SideBySideOrder& order, std::size_t reviews);

/// Makes the domain table's columns for `table` and fills its rows in `order`, the overall
/// row last and bold. Columns are as wide as their text in the list's font.
void fillDomainTable(wxListCtrl& list, const SideBySide& table, const SideBySideOrder& order);

/// Makes the item table's columns and fills its rows in `order` (only those whose reviews differ
/// when `onlyDiffering`); items two or more levels apart are shaded. Returns the item id of each row.
std::vector<std::string> fillItemTable(wxListCtrl& list, const Checklist& checklist, const SideBySide& table,
                                       const SideBySideOrder& order, bool onlyDiffering);

/// Whether the reviews say different things about `item`: other levels, or N/A or no answer
/// beside a level.
[[nodiscard]] bool reviewsDiffer(const ComparedItem& item);

}  // namespace ccg::gui
