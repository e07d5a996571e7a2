#include "checklists/sheets/table.hpp"

#include <algorithm>

namespace ccg::sheets {

const Cell* Row::cell(int column) const
{
    const auto found = std::lower_bound(cells.begin(), cells.end(), column,
                                        [](const Cell& cell, int wanted) { return cell.column < wanted; });
    return found != cells.end() && found->column == column ? &*found : nullptr;
}

}  // namespace ccg::sheets
