#pragma once

// Random checklists and answers for property tests, from a seeded generator so that a failure
// can be replayed.
#include "builders.hpp"

#include <random>
#include <string>
#include <vector>

namespace ccg::test {

struct RandomReview {
    Checklist checklist;
    Assessment assessment;
};

/// A checklist of 1-5 domains with 1-8 items each, random weights, criticality and targets,
/// and answers from up to four raters (some N/A, some missing), some agreed, some targets.
inline RandomReview randomReview(std::mt19937& rng)
{
    auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
    auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
    const int maxLevel = pick(1, 6);
    std::vector<Domain> domains;
    std::vector<Answer> answers;
    std::vector<AgreedRating> agreed;
    std::vector<TargetOverride> targets;
    const int domainCount = pick(1, 5);
    for (int d = 0; d < domainCount; ++d) {
        std::vector<Item> items;
        const int itemCount = pick(1, 8);
        for (int i = 0; i < itemCount; ++i) {
            const std::string id = "d" + std::to_string(d) + "-i" + std::to_string(i);
            items.push_back(item(id, pick(1, 40) / 8.0, chance(0.3), pick(0, maxLevel)));
            const int raters = pick(0, 4);
            for (int r = 0; r < raters; ++r) {
                const std::string rater = "r" + std::to_string(r);
                answers.push_back(chance(0.2) ? naBy(id, rater) : rated(id, rater, pick(0, maxLevel)));
            }
            if (chance(0.15))
                agreed.push_back({id, chance(0.2) ? Rating::notApplicable() : Rating::at(pick(0, maxLevel))});
            if (chance(0.15))
                targets.push_back({id, pick(0, maxLevel)});
        }
        domains.push_back(domain("d" + std::to_string(d), std::move(items), pick(1, 16) / 4.0));
    }
    return {checklist(std::move(domains), maxLevel), assessment(std::move(answers), std::move(agreed), std::move(targets))};
}

}  // namespace ccg::test
