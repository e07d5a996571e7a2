#pragma once

#include "checklists/checklist.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace ccg {

/// The items of a checklist by id, so that reading or storing thousands of answers looks each
/// item up in constant time. Refers into the checklist, which must outlive it.
class ItemIndex {
public:
    explicit ItemIndex(const Checklist& checklist);

    [[nodiscard]] const Item* find(std::string_view itemId) const;
    [[nodiscard]] const Domain* domainOf(std::string_view itemId) const;
    /// Position of the item in checklist order.
    [[nodiscard]] std::optional<std::size_t> position(std::string_view itemId) const;
    /// How many items the checklist has.
    [[nodiscard]] std::size_t size() const { return m_items.size(); }

private:
    struct Entry {
        const Item* item;
        const Domain* domain;
        std::size_t position;
    };
    std::unordered_map<std::string_view, Entry> m_items;
};

}  // namespace ccg
