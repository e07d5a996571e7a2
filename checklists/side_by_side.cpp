#include "checklists/side_by_side.hpp"

#include "checklists/review_analysis.hpp"

#include <algorithm>
#include <set>

namespace ccg {

namespace {

template <typename T>
std::optional<T> rangeOf(const std::vector<std::optional<T>>& values)
{
    std::optional<T> lowest;
    std::optional<T> highest;
    int present = 0;
    for (const auto& value : values) {
        if (!value)
            continue;
        ++present;
        lowest = lowest ? std::min(*lowest, *value) : *value;
        highest = highest ? std::max(*highest, *value) : *value;
    }
    if (present < 2)
        return std::nullopt;
    return *highest - *lowest;
}

/// Labels as given, with " (2)", " (3)"... added where a label is taken already.
std::vector<std::string> distinct(const std::vector<std::string>& labels)
{
    std::set<std::string> taken(labels.begin(), labels.end());
    std::set<std::string> kept;
    std::vector<std::string> result;
    for (const auto& label : labels) {
        if (kept.insert(label).second) {
            result.push_back(label);
            continue;
        }
        int number = 2;
        std::string numbered = label + " (2)";
        while (taken.count(numbered))
            numbered = label + " (" + std::to_string(++number) + ")";
        taken.insert(numbered);
        result.push_back(numbered);
    }
    return result;
}

}  // namespace

std::string reviewLabel(const Assessment& assessment, const std::string& fallback)
{
    std::string label;
    if (assessment.organisation)
        label = !assessment.organisation->name.empty() ? assessment.organisation->name : assessment.organisation->code;
    if (label.empty())
        return fallback;
    if (assessment.review && !assessment.review->title.empty())
        label += ": " + assessment.review->title;
    return label;
}

SideBySide compareSideBySide(const Checklist& checklist, const std::vector<ReviewToCompare>& reviews)
{
    std::vector<ScoreResult> results;
    std::vector<std::string> labels;
    const Date asOf = today();
    for (const auto& review : reviews) {
        results.push_back(analyse(checklist, review.assessment, nullptr, asOf).current);
        labels.push_back(reviewLabel(review.assessment, review.fallbackLabel));
    }

    SideBySide table;
    table.labels = distinct(labels);
    table.overall.id = "overall";
    table.overall.title = "Overall";
    for (const auto& result : results) {
        table.completeness.push_back(result.completeness);
        table.overall.scores.push_back(result.overall);
        table.overall.rags.push_back(result.overallRag);
    }
    table.overall.range = rangeOf(table.overall.scores);

    std::size_t itemIndex = 0;
    for (std::size_t d = 0; d < checklist.domains.size(); ++d) {
        const Domain& domain = checklist.domains[d];
        ComparedScores row{domain.id, domain.title, {}, {}, std::nullopt};
        for (const auto& result : results) {
            row.scores.push_back(result.domains.at(d).score);
            row.rags.push_back(result.domains.at(d).rag);
        }
        row.range = rangeOf(row.scores);
        table.domains.push_back(std::move(row));

        for (const auto& item : domain.items) {
            ComparedItem itemRow{item.id, domain.id, {}, {}, std::nullopt};
            for (const auto& result : results) {
                const ItemScore& scored = result.itemScores.at(itemIndex);
                itemRow.statuses.push_back(scored.status);
                itemRow.levels.push_back(scored.level);
            }
            ++itemIndex;
            itemRow.spread = rangeOf(itemRow.levels);
            table.items.push_back(std::move(itemRow));
        }
    }
    return table;
}

}  // namespace ccg
