#include "checklists/scoring.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace ccg {

namespace {

/// The raters' ratings of each item, gathered once.
std::unordered_map<std::string_view, std::vector<Rating>> ratingsByItem(const Assessment& assessment)
{
    std::unordered_map<std::string_view, std::vector<Rating>> ratings;
    for (const auto& answer : assessment.answers)
        ratings[answer.item].push_back(answer.rating);
    return ratings;
}

/// Each item's entry of a per-item list (agreed ratings, targets), gathered once.
template <typename Entry>
std::unordered_map<std::string_view, const Entry*> byItem(const std::vector<Entry>& entries)
{
    std::unordered_map<std::string_view, const Entry*> index;
    index.reserve(entries.size());
    for (const auto& entry : entries)
        index.emplace(entry.item, &entry);
    return index;
}

template <typename Entry>
const Entry* lookup(const std::unordered_map<std::string_view, const Entry*>& index, const std::string& item)
{
    const auto found = index.find(item);
    return found == index.end() ? nullptr : found->second;
}

ItemScore scoreItem(const Item& item, const Domain& domain, const EffectiveAnswer& answer, int target, int maxLevel)
{
    ItemScore scored;
    scored.itemId = item.id;
    scored.domainId = domain.id;
    scored.status = answer.status;
    scored.level = answer.level;
    scored.target = target;
    scored.critical = item.critical;
    scored.spread = answer.spread;
    scored.disagreement = isDisagreement(answer.spread, maxLevel);
    if (answer.status != ItemStatus::NotApplicable) {
        const int gap = answer.status == ItemStatus::Answered ? std::max(0, target - *answer.level) : target;
        scored.gap = gap;
        scored.priority = gap * item.weight * (item.critical ? 2.0 : 1.0);
        scored.criticalBelowTarget =
            item.critical && (answer.status == ItemStatus::Unanswered || *answer.level < target);
    }
    return scored;
}

/// Applies the critical rule: a domain or review with a critical item short of target is never green.
Rag capped(Rag rag, bool hasCriticalShortfall)
{
    return (rag == Rag::Green && hasCriticalShortfall) ? Rag::Amber : rag;
}

}  // namespace

std::string toString(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Answered: return "answered";
    case ItemStatus::NotApplicable: return "not_applicable";
    case ItemStatus::Unanswered: return "unanswered";
    }
    return "unanswered";
}

std::string toString(Rag rag)
{
    switch (rag) {
    case Rag::Red: return "red";
    case Rag::Amber: return "amber";
    case Rag::Green: return "green";
    case Rag::None: return "none";
    }
    return "none";
}

const ItemScore* ScoreResult::findItem(const std::string& itemId) const
{
    const auto found = std::find_if(itemScores.begin(), itemScores.end(),
                                    [&](const ItemScore& score) { return score.itemId == itemId; });
    return found == itemScores.end() ? nullptr : &*found;
}

Rag levelRag(const Checklist& checklist, int level)
{
    const int max = checklist.maxLevel();
    if (max <= 0)
        return Rag::None;
    return ragFor(100.0 * level / max, checklist.rag);
}

std::optional<int> levelChange(const ItemScore* now, const ItemScore* before)
{
    if (!now || !before || !now->level || !before->level)
        return std::nullopt;
    return *now->level - *before->level;
}

const DomainScore* ScoreResult::findDomain(const std::string& domainId) const
{
    const auto found = std::find_if(domains.begin(), domains.end(),
                                    [&](const DomainScore& score) { return score.domainId == domainId; });
    return found == domains.end() ? nullptr : &*found;
}

EffectiveAnswer effectiveAnswer(const std::optional<Rating>& agreed, const std::vector<Rating>& raterAnswers)
{
    EffectiveAnswer answer;
    std::vector<int> levels;
    for (const auto& rating : raterAnswers)
        if (rating.level)
            levels.push_back(*rating.level);
    std::sort(levels.begin(), levels.end());
    if (levels.size() >= 2)
        answer.spread = levels.back() - levels.front();

    if (agreed) {
        answer.status = agreed->isNotApplicable() ? ItemStatus::NotApplicable : ItemStatus::Answered;
        answer.level = agreed->level;
        return answer;
    }
    if (raterAnswers.empty())
        return answer;
    const std::size_t notApplicable = raterAnswers.size() - levels.size();
    if (notApplicable * 2 > raterAnswers.size()) {
        answer.status = ItemStatus::NotApplicable;
        return answer;
    }
    answer.status = ItemStatus::Answered;
    answer.level = levels[(levels.size() - 1) / 2];
    return answer;
}

Rag ragFor(std::optional<double> score, const RagThresholds& thresholds)
{
    if (!score)
        return Rag::None;
    if (*score < thresholds.redBelow)
        return Rag::Red;
    if (*score >= thresholds.greenFrom)
        return Rag::Green;
    return Rag::Amber;
}

int disagreementSpread(int maxLevel)
{
    // On a scale of two or three levels (Yes/No, No/Partly/Yes) any split is a real difference.
    return maxLevel <= 2 ? 1 : 2;
}

bool isDisagreement(std::optional<int> spread, int maxLevel)
{
    return spread && *spread >= disagreementSpread(maxLevel);
}

ScoreResult score(const Checklist& checklist, const Assessment& assessment)
{
    ScoreResult result;
    const auto ratings = ratingsByItem(assessment);
    const auto agreedRatings = byItem(assessment.agreed);
    const auto targets = byItem(assessment.targets);
    result.itemScores.reserve(checklist.itemCount());
    const double maxLevel = std::max(1, checklist.maxLevel());
    double overallWeighted = 0.0;
    double overallWeights = 0.0;
    bool anyCriticalShortfall = false;

    for (const auto& domain : checklist.domains) {
        DomainScore domainScore;
        domainScore.domainId = domain.id;
        domainScore.title = domain.title;
        double weighted = 0.0;
        double weights = 0.0;
        for (const auto& item : domain.items) {
            std::optional<Rating> agreed;
            if (const auto* found = lookup(agreedRatings, item.id))
                agreed = found->rating;
            const auto raters = ratings.find(item.id);
            static const std::vector<Rating> kNone;
            const auto& given = raters == ratings.end() ? kNone : raters->second;
            const auto answer = effectiveAnswer(agreed, given);
            const auto* targetOverride = lookup(targets, item.id);
            const int target = targetOverride ? targetOverride->level : item.target;
            ItemScore scored = scoreItem(item, domain, answer, target, checklist.maxLevel());
            const EffectiveAnswer ratersAlone = agreed ? effectiveAnswer(std::nullopt, given) : answer;
            if (ratersAlone.status == ItemStatus::Answered)
                scored.suggested = Rating::at(*ratersAlone.level);
            else if (ratersAlone.status == ItemStatus::NotApplicable)
                scored.suggested = Rating::notApplicable();

            ++domainScore.items;
            switch (scored.status) {
            case ItemStatus::Answered: ++domainScore.answered; break;
            case ItemStatus::NotApplicable: ++domainScore.notApplicable; break;
            case ItemStatus::Unanswered: ++domainScore.unanswered; break;
            }
            if (scored.status != ItemStatus::NotApplicable) {
                weighted += item.weight * (scored.level ? *scored.level / maxLevel : 0.0);
                weights += item.weight;
            }
            if (scored.criticalBelowTarget)
                ++domainScore.criticalBelowTarget;
            if (scored.gap && *scored.gap > 0)
                result.gaps.push_back({scored.itemId, scored.domainId, *scored.gap, *scored.priority});
            result.itemScores.push_back(std::move(scored));
        }
        if (weights > 0.0)
            domainScore.score = 100.0 * weighted / weights;
        domainScore.rag = capped(ragFor(domainScore.score, checklist.rag), domainScore.criticalBelowTarget > 0);
        anyCriticalShortfall = anyCriticalShortfall || domainScore.criticalBelowTarget > 0;
        if (domainScore.score) {
            overallWeighted += domain.weight * *domainScore.score;
            overallWeights += domain.weight;
        }
        result.items += domainScore.items;
        result.answered += domainScore.answered;
        result.notApplicable += domainScore.notApplicable;
        result.unanswered += domainScore.unanswered;
        result.domains.push_back(std::move(domainScore));
    }

    if (overallWeights > 0.0)
        result.overall = overallWeighted / overallWeights;
    result.overallRag = capped(ragFor(result.overall, checklist.rag), anyCriticalShortfall);
    if (result.items > 0)
        result.completeness = 100.0 * (result.answered + result.notApplicable) / result.items;
    std::stable_sort(result.gaps.begin(), result.gaps.end(),
                     [](const GapEntry& a, const GapEntry& b) { return a.priority > b.priority; });
    return result;
}

}  // namespace ccg
