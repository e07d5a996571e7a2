#include "app/session/comparison.hpp"

#include "checklists/words.hpp"

namespace ccg::session {

namespace {

DomainComparison compareScores(std::string title, std::optional<double> current, Rag currentRag,
                               const ScoreTrend& trend)
{
    return DomainComparison{std::move(title), trend.before, current, trend.change, trend.beforeRag, currentRag};
}

}  // namespace

Comparison compareReviews(const Checklist& checklist, const ReviewAnalysis& analysis)
{
    Comparison comparison;
    const ScoreResult& current = analysis.current;
    const ScoreTrend overall = analysis.earlier ? analysis.earlier->overall : ScoreTrend{};
    comparison.overall = compareScores("Overall", current.overall, current.overallRag, overall);
    std::size_t index = 0;
    for (std::size_t d = 0; d < checklist.domains.size(); ++d) {
        const Domain& domain = checklist.domains[d];
        comparison.domains.push_back(compareScores(domain.title, current.domains.at(d).score,
                                                   current.domains.at(d).rag, analysis.domainTrends.at(d)));
        for (const auto& item : domain.items) {
            const ItemScore& now = current.itemScores.at(index);
            const ItemTrend& trend = analysis.itemTrends.at(index++);
            ItemComparison row;
            row.itemId = item.id;
            row.domainTitle = domain.title;
            row.question = item.question;
            row.critical = item.critical;
            row.previous = words::ratingText(trend.before ? words::effectiveRating(*trend.before) : std::nullopt);
            row.current = words::ratingText(words::effectiveRating(now));
            row.change = trend.change;
            row.movement = trend.movement;
            comparison.improved += row.movement == Movement::Improved;
            comparison.declined += row.movement == Movement::Declined;
            comparison.unchanged += row.movement == Movement::Unchanged;
            comparison.items.push_back(std::move(row));
        }
    }
    return comparison;
}

}  // namespace ccg::session
