#include "app/cli/compare_output.hpp"

#include "app/cli/terminal_text.hpp"
#include "checklists/words.hpp"
#include "reports/csv_document.hpp"

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

/// The items at least kWideSpread levels apart, widest first, then in checklist order.
std::vector<const ComparedItem*> widestApart(const SideBySide& table)
{
    std::vector<const ComparedItem*> items;
    for (const auto& item : table.items)
        if (item.spread && *item.spread >= kWideSpread)
            items.push_back(&item);
    std::stable_sort(items.begin(), items.end(),
                     [](const ComparedItem* a, const ComparedItem* b) { return *a->spread > *b->spread; });
    return items;
}

}  // namespace

std::string columnLetters(std::size_t index)
{
    std::string letters;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

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

    const auto apart = widestApart(table);
    out << "\n" << apart.size() << " items where the reviews are " << kWideSpread << " or more levels apart";
    out << (apart.empty() ? ".\n" : ", widest first:\n");
    for (const ComparedItem* item : apart) {
        out << "  " << padRight(item->itemId, 10);
        for (std::size_t i = 0; i < reviews; ++i)
            out << columnLetters(i) << " " << padRight(levelText(item->statuses[i], item->levels[i]), 4);
        if (const Item* definition = checklist.findItem(item->itemId))
            out << " " << definition->question;
        out << "\n";
    }
    return out.str();
}

std::string sideBySideCsv(const Checklist& checklist, const SideBySide& table)
{
    reports::CsvDocument csv;
    csv.raw("Row").raw("Id").raw("Title");
    for (const auto& label : table.labels)
        csv.text(label);
    csv.raw("Range");
    csv.endRecord();

    csv.raw("Completeness").raw("").raw("Items answered or N/A (%)");
    for (double completeness : table.completeness)
        csv.raw(words::decimal(completeness, ""));
    csv.raw("");  // every record has the header's fields, Range included
    csv.endRecord();
    auto scoreRecords = [&](const ComparedScores& row) {
        csv.raw("Score").text(row.id).text(row.title);
        for (const auto& score : row.scores)
            csv.raw(words::decimal(score, ""));
        csv.raw(words::decimal(row.range, ""));
        csv.endRecord();
        csv.raw("RAG").text(row.id).text(row.title);
        for (Rag rag : row.rags)
            csv.raw(rag == Rag::None ? "" : toString(rag));
        csv.raw("");
        csv.endRecord();
    };
    scoreRecords(table.overall);
    for (const auto& row : table.domains)
        scoreRecords(row);
    for (const auto& item : table.items) {
        const Item* definition = checklist.findItem(item.itemId);
        csv.raw("Level").text(item.itemId).text(definition ? definition->question : "");
        for (std::size_t i = 0; i < item.levels.size(); ++i)
            csv.raw(item.statuses[i] == ItemStatus::Unanswered ? "" : levelText(item.statuses[i], item.levels[i]));
        csv.optional(item.spread);
        csv.endRecord();
    }
    return csv.take();
}

}  // namespace ccg::cli
