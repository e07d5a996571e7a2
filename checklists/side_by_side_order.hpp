#pragma once

#include "checklists/checklist.hpp"
#include "checklists/side_by_side.hpp"

#include <cstddef>
#include <vector>

namespace ccg {

/// What the rows of a side-by-side table are ordered by, as a person sorting a column asks.
struct SideBySideOrder {
    enum class Key {
        Checklist,  ///< the checklist's order
        Review,     ///< the score (domains) or level (items) in review `review`
        Spread,     ///< the range of scores, or the spread of levels
        Text,       ///< the domain's title or the item's question, alphabetically
    };
    Key key = Key::Checklist;
    std::size_t review = 0;
    bool descending = false;
};

/// Indices into `table.items` in `order`. Rows without a value (no level, no spread) come last
/// whichever way; ties keep the checklist's order, so "widest gaps first" lists equal spreads
/// as the checklist does.
[[nodiscard]] std::vector<std::size_t> orderedItems(const Checklist& checklist, const SideBySide& table,
                                                    const SideBySideOrder& order);

/// Indices into `table.domains` in `order`, likewise.
[[nodiscard]] std::vector<std::size_t> orderedDomains(const SideBySide& table, const SideBySideOrder& order);

/// The items at least kWideSpread levels apart, widest first, then in checklist order.
[[nodiscard]] std::vector<std::size_t> widestApart(const Checklist& checklist, const SideBySide& table);

}  // namespace ccg
