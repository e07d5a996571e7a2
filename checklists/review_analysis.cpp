#include "checklists/review_analysis.hpp"

#include <algorithm>
#include <unordered_set>

namespace ccg {

namespace {

Movement movementOf(std::optional<double> change)
{
    if (!change)
        return Movement::NotComparable;
    if (*change >= kUnchangedBelowPoints)
        return Movement::Improved;
    if (*change <= -kUnchangedBelowPoints)
        return Movement::Declined;
    return Movement::Unchanged;
}

Movement movementOf(std::optional<int> change)
{
    if (!change)
        return Movement::NotComparable;
    return *change > 0 ? Movement::Improved : *change < 0 ? Movement::Declined : Movement::Unchanged;
}

ScoreTrend scoreTrend(std::optional<double> now, const DomainScore* before)
{
    ScoreTrend trend;
    trend.inEarlier = before != nullptr;
    if (!before)
        return trend;
    trend.before = before->score;
    trend.beforeRag = before->rag;
    if (now && before->score)
        trend.change = *now - *before->score;
    trend.movement = movementOf(trend.change);
    return trend;
}

void count(ScoreTrend& trend, Movement movement)
{
    trend.itemsImproved += movement == Movement::Improved;
    trend.itemsDeclined += movement == Movement::Declined;
    trend.itemsUnchanged += movement == Movement::Unchanged;
}

template <typename Row>
std::unordered_map<std::string_view, const Row*> indexById(const std::vector<Row>& rows,
                                                           std::string Row::*id)
{
    std::unordered_map<std::string_view, const Row*> index;
    index.reserve(rows.size());
    for (const auto& row : rows)
        index.emplace(row.*id, &row);
    return index;
}

void addEarlier(ReviewAnalysis& analysis, const Checklist& checklist, const EarlierReview& earlier)
{
    EarlierFacts facts;
    facts.scores = earlier.scores ? *earlier.scores : score(earlier.checklist, earlier.assessment);
    facts.checklist = compareChecklists(earlier.checklist, checklist);
    const auto itemsBefore = indexById(facts.scores.itemScores, &ItemScore::itemId);
    const auto domainsBefore = indexById(facts.scores.domains, &DomainScore::domainId);
    // Levels on another scale say something else: 2 of 0..2 is not 2 of 0..4.
    const bool levelsComparable = !facts.checklist.scaleDiffers;

    for (std::size_t i = 0; i < analysis.current.itemScores.size(); ++i) {
        const ItemScore& now = analysis.current.itemScores[i];
        ItemTrend& trend = analysis.itemTrends[i];
        const auto found = itemsBefore.find(now.itemId);
        if (found == itemsBefore.end())
            continue;
        trend.inEarlier = true;
        trend.before = *found->second;
        if (levelsComparable && now.level && found->second->level)
            trend.change = *now.level - *found->second->level;
        trend.movement = movementOf(trend.change);
    }
    std::size_t item = 0;
    for (std::size_t d = 0; d < checklist.domains.size(); ++d) {
        const auto found = domainsBefore.find(checklist.domains[d].id);
        ScoreTrend trend = scoreTrend(analysis.current.domains[d].score,
                                      found == domainsBefore.end() ? nullptr : found->second);
        for (std::size_t k = 0; k < checklist.domains[d].items.size(); ++k)
            count(trend, analysis.itemTrends[item++].movement);
        facts.domainsImproved += trend.movement == Movement::Improved;
        facts.domainsDeclined += trend.movement == Movement::Declined;
        facts.domainsUnchanged += trend.movement == Movement::Unchanged;
        analysis.domainTrends[d] = trend;
    }
    const DomainScore overallBefore{"overall", "Overall", facts.scores.overall, facts.scores.overallRag};
    facts.overall = scoreTrend(analysis.current.overall, &overallBefore);
    for (const ItemTrend& trend : analysis.itemTrends)
        count(facts.overall, trend.movement);
    analysis.earlier = std::move(facts);
}

bool sameScale(const Checklist& a, const Checklist& b)
{
    return a.maxLevel() == b.maxLevel();
}

}  // namespace

const ItemScore* ReviewAnalysis::item(std::string_view itemId) const
{
    const auto found = position(itemId);
    return found ? &current.itemScores[*found] : nullptr;
}

std::optional<std::size_t> ReviewAnalysis::position(std::string_view itemId) const
{
    const auto found = itemPositions.find(std::string(itemId));
    if (found == itemPositions.end())
        return std::nullopt;
    return found->second;
}

namespace {

/// PRODUCT.md §5's weighting (items within a domain, domains overall) over the items `include`
/// takes, each scoring `level(item) / max`: the target scores and the scores over answered items.
template <typename Include, typename Level>
std::pair<std::vector<std::optional<double>>, std::optional<double>> weightedScores(const Checklist& checklist,
                                                                                  const ScoreResult& scores,
                                                                                  Include include, Level level)
{
    std::vector<std::optional<double>> domains;
    const double maxLevel = std::max(1, checklist.maxLevel());
    double overallWeighted = 0.0;
    double overallWeights = 0.0;
    std::size_t index = 0;
    for (const auto& domain : checklist.domains) {
        double weighted = 0.0;
        double weights = 0.0;
        for (const auto& item : domain.items) {
            const ItemScore& scored = scores.itemScores.at(index++);
            if (!include(scored))
                continue;
            weighted += item.weight * level(scored) / maxLevel;
            weights += item.weight;
        }
        std::optional<double> domainScore;
        if (weights > 0.0) {
            domainScore = 100.0 * weighted / weights;
            overallWeighted += domain.weight * *domainScore;
            overallWeights += domain.weight;
        }
        domains.push_back(domainScore);
    }
    std::optional<double> overall;
    if (overallWeights > 0.0)
        overall = overallWeighted / overallWeights;
    return {std::move(domains), overall};
}

}  // namespace

TargetScores targetScores(const Checklist& checklist, const ScoreResult& scores)
{
    auto [domains, overall] = weightedScores(
        checklist, scores, [](const ItemScore& item) { return item.status != ItemStatus::NotApplicable; },
        [](const ItemScore& item) { return item.target; });
    return {std::move(domains), overall};
}

ProvisionalScores answeredOnlyScores(const Checklist& checklist, const ScoreResult& scores)
{
    auto [domains, overall] = weightedScores(
        checklist, scores, [](const ItemScore& item) { return item.status == ItemStatus::Answered; },
        [](const ItemScore& item) { return *item.level; });
    return {scores.unanswered > 0, std::move(domains), overall};
}

ChecklistDifference compareChecklists(const Checklist& earlier, const Checklist& current)
{
    ChecklistDifference difference;
    difference.earlierVersion = earlier.version;
    difference.versionDiffers = earlier.version != current.version;
    difference.scaleDiffers = !sameScale(earlier, current);
    difference.thresholdsDiffer =
        earlier.rag.redBelow != current.rag.redBelow || earlier.rag.greenFrom != current.rag.greenFrom;

    struct Placed {
        const Item* item;
        const Domain* domain;
    };
    std::unordered_map<std::string_view, Placed> before;
    for (const auto& domain : earlier.domains)
        for (const auto& item : domain.items)
            before.emplace(item.id, Placed{&item, &domain});
    std::unordered_set<std::string_view> inCurrent;
    for (const auto& domain : current.domains) {
        for (const auto& item : domain.items) {
            inCurrent.insert(item.id);
            const auto found = before.find(item.id);
            if (found == before.end()) {
                difference.added.push_back(item.id);
                continue;
            }
            const Item& old = *found->second.item;
            if (old.question != item.question || old.weight != item.weight || old.critical != item.critical ||
                old.target != item.target || found->second.domain->id != domain.id)
                difference.changed.push_back(item.id);
        }
    }
    for (const auto& domain : earlier.domains)
        for (const auto& item : domain.items)
            if (!inCurrent.count(item.id))
                difference.removed.push_back(item.id);
    return difference;
}

ReviewAnalysis analyse(const Checklist& checklist, const Assessment& assessment, const EarlierReview* earlier,
                       Date asOf)
{
    ReviewAnalysis analysis;
    analysis.asOf = asOf;
    analysis.current = score(checklist, assessment);
    analysis.itemPositions.reserve(analysis.current.itemScores.size());
    for (std::size_t i = 0; i < analysis.current.itemScores.size(); ++i)
        analysis.itemPositions.emplace(analysis.current.itemScores[i].itemId, i);
    analysis.target = targetScores(checklist, analysis.current);
    analysis.answeredOnly = answeredOnlyScores(checklist, analysis.current);
    analysis.assurance = assessAssurance(checklist, assessment, analysis.current);
    analysis.followThrough = followThrough(assessment);
    analysis.itemTrends.resize(analysis.current.itemScores.size());
    analysis.domainTrends.resize(analysis.current.domains.size());
    // A review of another framework says nothing about this one's trend.
    if (earlier && earlier->checklist.id == checklist.id)
        addEarlier(analysis, checklist, *earlier);

    analysis.actions.reserve(assessment.actions.size());
    for (const auto& action : assessment.actions) {
        const ActionState state = actionState(action, asOf);
        analysis.liveActions += state.live;
        analysis.overdueActions += state.overdue();
        analysis.actionsDueSoon += state.live && state.dueSoon();
        analysis.actions.push_back(state);
    }
    return analysis;
}

}  // namespace ccg
