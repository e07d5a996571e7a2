#include "checklists/item_index.hpp"

namespace ccg {

ItemIndex::ItemIndex(const Checklist& checklist)
{
    m_items.reserve(checklist.itemCount());
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            m_items.emplace(item.id, Entry{&item, &domain, m_items.size()});
}

const Item* ItemIndex::find(std::string_view itemId) const
{
    const auto found = m_items.find(itemId);
    return found == m_items.end() ? nullptr : found->second.item;
}

const Domain* ItemIndex::domainOf(std::string_view itemId) const
{
    const auto found = m_items.find(itemId);
    return found == m_items.end() ? nullptr : found->second.domain;
}

std::optional<std::size_t> ItemIndex::position(std::string_view itemId) const
{
    const auto found = m_items.find(itemId);
    if (found == m_items.end())
        return std::nullopt;
    return found->second.position;
}

}  // namespace ccg
