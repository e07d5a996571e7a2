#include "app/session/comparison.hpp"

#include "app/session/agreement.hpp"

namespace ccg::session {

namespace {

std::optional<Rating> ratingOf(const ItemScore* score)
{
    if (!score || score->status == ItemStatus::Unanswered)
        return std::nullopt;
    if (score->status == ItemStatus::NotApplicable)
        return Rating::notApplicable();
    return Rating::at(*score->level);
}

DomainComparison compareScores(std::string title, std::optional<double> current, Rag currentRag,
                               std::optional<double> previous, Rag previousRag)
{
    DomainComparison row{std::move(title), previous, current, std::nullopt, previousRag, currentRag};
    if (current && previous)
        row.change = *current - *previous;
    return row;
}

}  // namespace

Comparison compareReviews(const Checklist& checklist, const ScoreResult& current, const ScoreResult& previous)
{
    Comparison comparison;
    comparison.overall = compareScores("Overall", current.overall, current.overallRag, previous.overall,
                                       previous.overallRag);
    for (const auto& domain : checklist.domains) {
        const DomainScore* now = current.findDomain(domain.id);
        const DomainScore* before = previous.findDomain(domain.id);
        comparison.domains.push_back(compareScores(domain.title, now ? now->score : std::nullopt,
                                                   now ? now->rag : Rag::None,
                                                   before ? before->score : std::nullopt,
                                                   before ? before->rag : Rag::None));
        for (const auto& item : domain.items) {
            const ItemScore* now = current.findItem(item.id);
            const ItemScore* before = previous.findItem(item.id);
            ItemComparison row;
            row.itemId = item.id;
            row.domainTitle = domain.title;
            row.question = item.question;
            row.critical = item.critical;
            row.previous = ratingText(ratingOf(before));
            row.current = ratingText(ratingOf(now));
            row.change = levelChange(now, before);
            if (row.change) {
                row.movement = *row.change > 0   ? Movement::Improved
                               : *row.change < 0 ? Movement::Declined
                                                 : Movement::Unchanged;
            }
            comparison.improved += row.movement == Movement::Improved;
            comparison.declined += row.movement == Movement::Declined;
            comparison.unchanged += row.movement == Movement::Unchanged;
            comparison.items.push_back(std::move(row));
        }
    }
    return comparison;
}

}  // namespace ccg::session
