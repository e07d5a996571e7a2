#pragma once

#include "checklists/checklist.hpp"

#include <string>
#include <vector>

namespace ccg::session {

/// Finds a checklist's items by what a person remembers of them: any words of the question,
/// from anywhere in it, or the item's id, in any case.
class ItemSearch {
public:
    explicit ItemSearch(const Checklist& checklist);

    /// Whether every word of `query` appears in `itemId`'s id or question, ignoring case; an
    /// empty query matches every item, an unknown id none.
    [[nodiscard]] bool matches(const std::string& itemId, const std::string& query) const;
    /// The ids of the items matching `query`, in checklist order.
    [[nodiscard]] std::vector<std::string> find(const std::string& query) const;

private:
    struct Entry {
        std::string id;
        std::string haystack;  ///< lower-cased id and question
    };
    [[nodiscard]] static bool holdsAll(const Entry& entry, const std::vector<std::string>& words);

    std::vector<Entry> m_entries;
};

}  // namespace ccg::session
