#include "checklists/side_by_side_order.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <optional>
#include <string>

namespace ccg {

namespace {

/// Letters compared without regard to case (ASCII), so "board" sorts beside "Board".
bool alphabeticallyBefore(const std::string& a, const std::string& b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) < std::tolower(static_cast<unsigned char>(y));
    });
}

/// Sorts row indices 0..count-1 by `value(row)`: present values in the asked direction, absent
/// ones after them, ties in the rows' own (checklist) order.
template <typename Value>
std::vector<std::size_t> sortedBy(std::size_t count, bool descending, Value value)
{
    std::vector<std::size_t> rows(count);
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
        const auto left = value(a);
        const auto right = value(b);
        if (!left || !right)
            return left.has_value() && !right.has_value();
        return descending ? *right < *left : *left < *right;
    });
    return rows;
}

std::vector<std::size_t> textOrder(std::vector<std::string> texts, bool descending)
{
    std::vector<std::size_t> rows(texts.size());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
        return descending ? alphabeticallyBefore(texts[b], texts[a]) : alphabeticallyBefore(texts[a], texts[b]);
    });
    return rows;
}

std::vector<std::size_t> checklistOrder(std::size_t count, bool descending)
{
    std::vector<std::size_t> rows(count);
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    if (descending)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

}  // namespace

std::vector<std::size_t> orderedItems(const Checklist& checklist, const SideBySide& table, const SideBySideOrder& order)
{
    const auto& items = table.items;
    switch (order.key) {
    case SideBySideOrder::Key::Checklist:
        break;
    case SideBySideOrder::Key::Review:
        return sortedBy(items.size(), order.descending, [&](std::size_t row) {
            const auto& levels = items[row].levels;
            return order.review < levels.size() ? levels[order.review] : std::nullopt;
        });
    case SideBySideOrder::Key::Spread:
        return sortedBy(items.size(), order.descending, [&](std::size_t row) { return items[row].spread; });
    case SideBySideOrder::Key::Text: {
        std::vector<std::string> questions;
        for (const auto& item : items) {
            const Item* definition = checklist.findItem(item.itemId);
            questions.push_back(definition ? definition->question : item.itemId);
        }
        return textOrder(std::move(questions), order.descending);
    }
    }
    return checklistOrder(items.size(), order.descending);
}

std::vector<std::size_t> orderedDomains(const SideBySide& table, const SideBySideOrder& order)
{
    const auto& domains = table.domains;
    switch (order.key) {
    case SideBySideOrder::Key::Checklist:
        break;
    case SideBySideOrder::Key::Review:
        return sortedBy(domains.size(), order.descending, [&](std::size_t row) {
            const auto& scores = domains[row].scores;
            return order.review < scores.size() ? scores[order.review] : std::nullopt;
        });
    case SideBySideOrder::Key::Spread:
        return sortedBy(domains.size(), order.descending, [&](std::size_t row) { return domains[row].range; });
    case SideBySideOrder::Key::Text: {
        std::vector<std::string> titles;
        for (const auto& domain : domains)
            titles.push_back(domain.title);
        return textOrder(std::move(titles), order.descending);
    }
    }
    return checklistOrder(domains.size(), order.descending);
}

std::vector<std::size_t> widestApart(const Checklist& checklist, const SideBySide& table)
{
    std::vector<std::size_t> rows =
        orderedItems(checklist, table, {SideBySideOrder::Key::Spread, 0, true});
    std::erase_if(rows, [&](std::size_t row) {
        const auto& spread = table.items[row].spread;
        return !spread || *spread < kWideSpread;
    });
    return rows;
}

}  // namespace ccg
