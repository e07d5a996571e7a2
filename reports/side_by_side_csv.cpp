#include "reports/side_by_side_csv.hpp"

#include "checklists/words.hpp"
#include "reports/csv_document.hpp"

namespace ccg::reports {

namespace {

/// A level as the comparison records it: the level, "N/A", or nothing where unanswered.
std::string levelField(ItemStatus status, std::optional<int> level)
{
    if (status == ItemStatus::NotApplicable)
        return "N/A";
    return level ? std::to_string(*level) : "";
}

}  // namespace

std::string sideBySideCsv(const Checklist& checklist, const SideBySide& table)
{
    CsvDocument csv;
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
            csv.raw(levelField(item.statuses[i], item.levels[i]));
        csv.optional(item.spread);
        csv.endRecord();
    }
    return csv.take();
}

}  // namespace ccg::reports
