#include "app/cli/score_text.hpp"

#include "app/cli/terminal_text.hpp"
#include "checklists/words.hpp"

#include <algorithm>
#include <sstream>

namespace ccg::cli {

namespace {

constexpr std::size_t kTopGaps = 10;

}  // namespace

std::string scoreText(const Checklist& checklist, const Assessment& assessment, const ReviewAnalysis& analysis)
{
    const ScoreResult& result = analysis.current;
    std::ostringstream out;
    out << checklist.title << " (version " << checklist.version << ")\n";
    if (assessment.organisation)
        out << "Organisation: " << printable(assessment.organisation->name) << " ("
            << printable(assessment.organisation->code) << ")\n";
    if (assessment.review)
        out << "Review:       " << printable(assessment.review->title) << " [" << printable(assessment.review->id)
            << "] " << printable(assessment.review->date) << "\n";
    out << "\nOverall:      " << words::percent(result.overall, "n/a") << "  " << upperCase(toString(result.overallRag)) << "\n"
        << "Completeness: " << words::percent(result.completeness, "n/a") << "  (" << result.answered << " answered, "
        << result.notApplicable << " N/A, " << result.unanswered << " unanswered of " << result.items << ")\n\n";

    std::size_t titleWidth = 6;
    for (const auto& domain : result.domains)
        titleWidth = std::max(titleWidth, columnsOf(domain.title));
    out << padRight("Domain", titleWidth + 2) << padRight("Score", 8) << padRight("RAG", 7) << "Critical below target\n";
    for (const auto& domain : result.domains)
        out << padRight(domain.title, titleWidth + 2) << padRight(words::percent(domain.score, "n/a"), 8)
            << padRight(upperCase(toString(domain.rag)), 7) << domain.criticalBelowTarget << "\n";

    const auto disagreements = std::count_if(result.itemScores.begin(), result.itemScores.end(),
                                             [](const ItemScore& item) { return item.disagreement; });
    out << "\nGaps: " << result.gaps.size() << " items below target; " << disagreements
        << " items where raters differ by " << words::disagreementWords(checklist.maxLevel()) << ".\n";
    if (!result.gaps.empty()) {
        out << "Top gaps (priority = gap x weight x 2 if critical):\n";
        for (std::size_t i = 0; i < std::min(kTopGaps, result.gaps.size()); ++i) {
            const auto& gap = result.gaps[i];
            const Item* item = checklist.findItem(gap.itemId);
            out << "  " << (i + 1) << ". " << gap.itemId << " (gap " << gap.gap << ", priority "
                << words::number(gap.priority) << ")";
            if (item)
                out << ": " << item->question;
            out << "\n";
        }
    }
    return out.str();
}

}  // namespace ccg::cli
