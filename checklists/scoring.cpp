#include "checklists/scoring.hpp"

#include <algorithm>
#include <unordered_map>

namespace ccg {

namespace {

/// The raters' ratings of each item, gathered once.
std::unordered_map<std::string, std::vector<Rating>> ratingsByItem(const Assessment& assessment)
{
    std::unordered_map<std::string, std::vector<Rating>> byItem;
    for (const auto& answer : assessment.answers)
        byItem[answer.item].push_back(answer.rating);
    return byItem;
}

ItemScore scoreItem(const Item& item, const Domain& domain, const EffectiveAnswer& answer, int target)
{
    ItemScore scored;
    scored.itemId = item.id;
    scored.domainId = domain.id;
    scored.status = answer.status;
    scored.level = answer.level;
    scored.target = target;
    scored.critical = item.critical;
    scored.spread = answer.spread;
    scored.disagreement = answer.spread && *answer.spread >= 2;
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

ScoreResult score(const Checklist& checklist, const Assessment& assessment)
{
    ScoreResult result;
    const auto ratings = ratingsByItem(assessment);
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
            if (const auto* found = assessment.findAgreed(item.id))
                agreed = found->rating;
            const auto raters = ratings.find(item.id);
            const auto answer = effectiveAnswer(agreed, raters == ratings.end() ? std::vector<Rating>{} : raters->second);
            const auto* targetOverride = assessment.findTarget(item.id);
            const int target = targetOverride ? targetOverride->level : item.target;
            ItemScore scored = scoreItem(item, domain, answer, target);

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
