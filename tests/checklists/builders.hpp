#pragma once

// Small builders so scoring tests state their checklist and answers in a line or two.
#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"

#include <string>
#include <vector>

namespace ccg::test {

/// A 0..maxLevel scale with placeholder labels.
inline std::vector<ScaleLevel> scaleTo(int maxLevel)
{
    std::vector<ScaleLevel> scale;
    for (int value = 0; value <= maxLevel; ++value)
        scale.push_back({value, "Level " + std::to_string(value), ""});
    return scale;
}

inline Item item(const std::string& id, double weight = 1.0, bool critical = false, int target = 4)
{
    Item made;
    made.id = id;
    made.weight = weight;
    made.critical = critical;
    made.target = target;
    made.question = "Question " + id + "?";
    return made;
}

inline Domain domain(const std::string& id, std::vector<Item> items, double weight = 1.0)
{
    Domain made;
    made.id = id;
    made.title = "Domain " + id;
    made.weight = weight;
    made.items = std::move(items);
    return made;
}

inline Checklist checklist(std::vector<Domain> domains, int maxLevel = 4)
{
    Checklist made;
    made.id = "test";
    made.version = "1.0";
    made.title = "Test checklist";
    made.scale = scaleTo(maxLevel);
    made.domains = std::move(domains);
    return made;
}

/// An assessment of the "test" checklist with answers given as (item, rater, rating).
inline Assessment assessment(std::vector<Answer> answers = {}, std::vector<AgreedRating> agreed = {},
                             std::vector<TargetOverride> targets = {})
{
    Assessment made;
    made.checklistId = "test";
    made.checklistVersion = "1.0";
    made.answers = std::move(answers);
    made.agreed = std::move(agreed);
    made.targets = std::move(targets);
    for (const auto& answer : made.answers)
        if (!answer.rater.empty() && !made.findRater(answer.rater))
            made.raters.push_back({answer.rater, answer.rater, ""});
    return made;
}

inline Answer rated(const std::string& itemId, const std::string& rater, int level)
{
    return Answer{itemId, rater, Rating::at(level), "", ""};
}

inline Answer naBy(const std::string& itemId, const std::string& rater)
{
    return Answer{itemId, rater, Rating::notApplicable(), "", ""};
}

}  // namespace ccg::test
