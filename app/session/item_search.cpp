#include "app/session/item_search.hpp"

#include "checklists/text_rules.hpp"

#include <algorithm>
#include <sstream>

namespace ccg::session {

namespace {

std::vector<std::string> wordsOf(const std::string& query)
{
    std::vector<std::string> words;
    std::istringstream in(asciiLowered(query));
    for (std::string word; in >> word;)
        words.push_back(word);
    return words;
}

}  // namespace

ItemSearch::ItemSearch(const Checklist& checklist)
{
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            m_entries.push_back({item.id, asciiLowered(item.id + "\n" + item.question)});
}

bool ItemSearch::holdsAll(const Entry& entry, const std::vector<std::string>& words)
{
    return std::all_of(words.begin(), words.end(),
                       [&](const std::string& word) { return entry.haystack.find(word) != std::string::npos; });
}

bool ItemSearch::matches(const std::string& itemId, const std::string& query) const
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [&](const Entry& entry) { return entry.id == itemId; });
    return found != m_entries.end() && holdsAll(*found, wordsOf(query));
}

std::vector<std::string> ItemSearch::find(const std::string& query) const
{
    const std::vector<std::string> words = wordsOf(query);
    std::vector<std::string> ids;
    for (const auto& entry : m_entries)
        if (holdsAll(entry, words))
            ids.push_back(entry.id);
    return ids;
}

}  // namespace ccg::session
