#include "app/session/item_navigator.hpp"

#include "checklists/text_rules.hpp"

#include <algorithm>

namespace ccg::session {

ItemNavigator::ItemNavigator(const Checklist& checklist)
{
    for (std::size_t d = 0; d < checklist.domains.size(); ++d) {
        for (const auto& item : checklist.domains[d].items) {
            std::string text = item.id + "\n" + item.question + "\n" + item.rationale + "\n" + item.guidance;
            for (const auto& evidence : item.evidence)
                text += "\n" + evidence;
            for (const auto& cite : item.citations)
                text += "\n" + cite.section;
            m_entries.push_back({item.id, d, asciiLowered(text)});
        }
    }
}

std::size_t ItemNavigator::indexOf(const std::string& itemId) const
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [&](const Entry& entry) { return entry.id == itemId; });
    return found == m_entries.end() ? 0 : static_cast<std::size_t>(found - m_entries.begin());
}

std::string ItemNavigator::first() const
{
    return m_entries.empty() ? std::string() : m_entries.front().id;
}

std::string ItemNavigator::next(const std::string& itemId) const
{
    if (m_entries.empty())
        return {};
    return m_entries[std::min(indexOf(itemId) + 1, m_entries.size() - 1)].id;
}

std::string ItemNavigator::previous(const std::string& itemId) const
{
    if (m_entries.empty())
        return {};
    const std::size_t index = indexOf(itemId);
    return m_entries[index == 0 ? 0 : index - 1].id;
}

std::string ItemNavigator::nextDomain(const std::string& itemId) const
{
    if (m_entries.empty())
        return {};
    const std::size_t index = indexOf(itemId);
    for (std::size_t i = index; i < m_entries.size(); ++i)
        if (m_entries[i].domain != m_entries[index].domain)
            return m_entries[i].id;
    return m_entries.back().id;
}

std::string ItemNavigator::previousDomain(const std::string& itemId) const
{
    if (m_entries.empty())
        return {};
    std::size_t index = indexOf(itemId);
    if (index > 0 && m_entries[index - 1].domain == m_entries[index].domain) {
        while (index > 0 && m_entries[index - 1].domain == m_entries[index].domain)
            --index;
        return m_entries[index].id;
    }
    if (index == 0)
        return m_entries.front().id;
    --index;
    while (index > 0 && m_entries[index - 1].domain == m_entries[index].domain)
        --index;
    return m_entries[index].id;
}

std::optional<std::string> ItemNavigator::find(const std::string& text, const std::string& afterId) const
{
    const std::string needle = asciiLowered(text);
    if (needle.empty() || m_entries.empty())
        return std::nullopt;
    const std::size_t start = afterId.empty() ? m_entries.size() - 1 : indexOf(afterId);
    for (std::size_t step = 1; step <= m_entries.size(); ++step) {
        const Entry& entry = m_entries[(start + step) % m_entries.size()];
        if (entry.haystack.find(needle) != std::string::npos)
            return entry.id;
    }
    return std::nullopt;
}

}  // namespace ccg::session
