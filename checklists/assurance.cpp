#include "checklists/assurance.hpp"

#include <string_view>
#include <unordered_map>

namespace ccg {

namespace {

/// Coverages are sums of decimal weights: one that is 0.75 in decimals may fall a hair short in
/// binary, and a threshold met exactly takes the upper level.
constexpr double kCoverageTolerance = 1e-9;

bool reaches(double coverage, double threshold)
{
    return coverage >= threshold - kCoverageTolerance;
}

/// The sums and conditions of §5's rule over a set of items.
struct Tally {
    double weights = 0.0;
    double assuredWeights = 0.0;
    int criticalShortfalls = 0;
    bool everyCriticalRated = true;

    [[nodiscard]] std::optional<double> coverage() const
    {
        if (!(weights > 0.0))
            return std::nullopt;
        return assuredWeights / weights;
    }
};

bool atLeastRedBelow(std::optional<double> score, const Checklist& checklist)
{
    return score && *score >= checklist.rag.redBelow;
}

}  // namespace

std::optional<Assurance> assuranceLevel(std::optional<double> coverage, bool anyShortfall, bool everyCriticalRated,
                                        bool scoreAtLeastRedBelow)
{
    if (!coverage)
        return std::nullopt;
    if (reaches(*coverage, 0.75) && !anyShortfall)
        return Assurance::Substantial;
    if (reaches(*coverage, 0.5) && everyCriticalRated)
        return Assurance::Reasonable;
    if (reaches(*coverage, 0.25) || scoreAtLeastRedBelow)
        return Assurance::Limited;
    return Assurance::None;
}

AssuranceResult assessAssurance(const Checklist& checklist, const Assessment& assessment, const ScoreResult& scores)
{
    AssuranceResult result;
    std::unordered_map<std::string_view, EvidenceStrength> strengths;
    strengths.reserve(assessment.evidenceStrengths.size());
    for (const auto& entry : assessment.evidenceStrengths)
        strengths.emplace(entry.item, entry.strength);

    result.items.reserve(scores.itemScores.size());
    double overallWeighted = 0.0;
    double overallWeights = 0.0;
    bool overallShortfall = false;
    bool overallCriticalRated = true;
    std::size_t index = 0;
    for (std::size_t d = 0; d < checklist.domains.size(); ++d) {
        const Domain& domain = checklist.domains[d];
        Tally tally;
        for (const auto& item : domain.items) {
            const ItemScore& scored = scores.itemScores.at(index++);
            ItemAssurance facts;
            if (const auto found = strengths.find(item.id); found != strengths.end())
                facts.evidenceStrength = found->second;
            facts.meetsStandard =
                scored.status == ItemStatus::Answered && levelRag(checklist, *scored.level) == Rag::Green;
            facts.assured = facts.meetsStandard && facts.evidenceStrength >= EvidenceStrength::Documented;
            result.items.push_back(facts);
            if (scored.status == ItemStatus::NotApplicable)
                continue;
            tally.weights += item.weight;
            if (facts.assured)
                tally.assuredWeights += item.weight;
            if (!item.critical)
                continue;
            tally.criticalShortfalls += !facts.assured;
            if (scored.status != ItemStatus::Answered || *scored.level < 1)
                tally.everyCriticalRated = false;
        }
        DomainAssurance facts;
        facts.coverage = tally.coverage();
        facts.criticalShortfalls = tally.criticalShortfalls;
        facts.level = assuranceLevel(facts.coverage, tally.criticalShortfalls > 0, tally.everyCriticalRated,
                                     atLeastRedBelow(scores.domains.at(d).score, checklist));
        result.domains.push_back(facts);
        result.criticalShortfalls += tally.criticalShortfalls;
        overallShortfall = overallShortfall || tally.criticalShortfalls > 0;
        overallCriticalRated = overallCriticalRated && tally.everyCriticalRated;
        if (facts.coverage) {
            overallWeighted += domain.weight * *facts.coverage;
            overallWeights += domain.weight;
        }
    }
    if (overallWeights > 0.0)
        result.coverage = overallWeighted / overallWeights;
    result.level = assuranceLevel(result.coverage, overallShortfall, overallCriticalRated,
                                  atLeastRedBelow(scores.overall, checklist));
    if (assessment.assuranceChoice)
        result.chosen = assessment.assuranceChoice->level;
    return result;
}

}  // namespace ccg
