#pragma once

#include "checklists/checklist.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ccg::session {

/// Moves between the items of a checklist in workshop order, and finds items by text.
class ItemNavigator {
public:
    explicit ItemNavigator(const Checklist& checklist);

    /// The first item, or empty for a checklist without items.
    [[nodiscard]] std::string first() const;
    /// The item after `itemId`; the last item stays where it is.
    [[nodiscard]] std::string next(const std::string& itemId) const;
    /// The item before `itemId`; the first item stays where it is.
    [[nodiscard]] std::string previous(const std::string& itemId) const;
    /// The first item of the next domain (or the last item when there is none).
    [[nodiscard]] std::string nextDomain(const std::string& itemId) const;
    /// The first item of this domain, or of the previous one when already there.
    [[nodiscard]] std::string previousDomain(const std::string& itemId) const;
    /// The next item after `afterId` (wrapping round) whose id or text contains `text`, ignoring case.
    [[nodiscard]] std::optional<std::string> find(const std::string& text, const std::string& afterId) const;

private:
    struct Entry {
        std::string id;
        std::size_t domain = 0;
        std::string haystack;  ///< lower-cased id and texts
    };
    [[nodiscard]] std::size_t indexOf(const std::string& itemId) const;

    std::vector<Entry> m_entries;
};

}  // namespace ccg::session
