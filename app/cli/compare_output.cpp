#include "app/cli/compare_output.hpp"

#include "app/cli/terminal_text.hpp"
#include "checklists/side_by_side_order.hpp"
#include "checklists/words.hpp"

#include <algorithm>
#include <sstream>

namespace ccg::cli {

namespace {

std::string levelText(ItemStatus status, std::optional<int> level)
{
    if (status == ItemStatus::NotApplicable)
        return "N/A";
    return level ? std::to_string(*level) : "-";
}

}  // namespace

std::string sideBySideText(const Checklist& checklist, const SideBySide& table)
{
    constexpr std::size_t kCell = 13;
    std::ostringstream out;
    const std::size_t reviews = table.labels.size();
    out << checklist.title << " (version " << checklist.version << "): " << reviews << " reviews side by side\n\n";
    for (std::size_t i = 0; i < reviews; ++i)
        out << "  " << padRight(columnLetters(i), 4) << printable(table.labels[i]) << "  (" << words::percent(table.completeness[i], "n/a")
            << " complete)\n";

    std::size_t titleWidth = columnsOf(table.overall.title);
    for (const auto& row : table.domains)
        titleWidth = std::max(titleWidth, columnsOf(row.title));
    out << "\n" << padRight("", titleWidth + 2);
    for (std::size_t i = 0; i < reviews; ++i)
        out << padRight(columnLetters(i), kCell);
    out << "Range\n";
    auto scoreLine = [&](const ComparedScores& row) {
        out << padRight(row.title, titleWidth + 2);
        for (std::size_t i = 0; i < reviews; ++i)
            out << padRight(words::percent(row.scores[i], "n/a") + (row.rags[i] == Rag::None ? "" : " " + upperCase(toString(row.rags[i]))),
                          kCell);
        out << words::decimal(row.range, "-") << "\n";
    };
    scoreLine(table.overall);
    for (const auto& row : table.domains)
        scoreLine(row);

    const auto apart = widestApart(checklist, table);
    out << "\n" << apart.size() << " items where the reviews are " << kWideSpread << " or more levels apart";
    out << (apart.empty() ? ".\n" : ", widest first:\n");
    for (const std::size_t row : apart) {
        const ComparedItem* item = &table.items[row];
        out << "  " << padRight(item->itemId, 10);
        for (std::size_t i = 0; i < reviews; ++i)
            out << columnLetters(i) << " " << padRight(levelText(item->statuses[i], item->levels[i]), 4);
        if (const Item* definition = checklist.findItem(item->itemId))
            out << " " << definition->question;
        out << "\n";
    }
    return out.str();
}

}  // namespace ccg::cli
