// Meeting the standard and the suggested level of assurance (PRODUCT.md §5), worked by hand on a
// 0..4 scale with the default thresholds 50/75, so level 3 (75%) is the lowest that meets the standard.
#include "checklists/assurance.hpp"

#include "checklists/review_analysis.hpp"
#include "builders.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>
#include <vector>

using namespace ccg;
using namespace ccg::test;
using Catch::Approx;

namespace {

constexpr int kUnanswered = -1;
constexpr int kNotApplicable = -2;

using E = EvidenceStrength;

/// One item of a hand-worked case: its weight, whether it is critical, its agreed level (or
/// kUnanswered / kNotApplicable) and the review's evidence strength for it.
struct Row {
    double weight = 1.0;
    bool critical = false;
    int level = kUnanswered;
    E evidence = E::None;
};

/// A review of one checklist whose domains hold `rows`, each domain weighted by `weights`.
struct Case {
    Checklist checklist;
    Assessment assessment;
};

Case reviewOf(const std::vector<std::vector<Row>>& domains, const std::vector<double>& weights = {})
{
    Case made;
    std::vector<Domain> built;
    std::vector<AgreedRating> agreed;
    std::vector<ItemEvidenceStrength> strengths;
    for (std::size_t d = 0; d < domains.size(); ++d) {
        std::vector<Item> items;
        for (std::size_t i = 0; i < domains[d].size(); ++i) {
            const Row& row = domains[d][i];
            const std::string id = "d" + std::to_string(d) + "-" + std::to_string(i);
            items.push_back(item(id, row.weight, row.critical));
            if (row.level == kNotApplicable)
                agreed.push_back({id, Rating::notApplicable(), "", {}});
            else if (row.level != kUnanswered)
                agreed.push_back({id, Rating::at(row.level), "", {}});
            if (row.evidence != E::None)
                strengths.push_back({id, row.evidence});
        }
        built.push_back(domain("d" + std::to_string(d), std::move(items), weights.empty() ? 1.0 : weights.at(d)));
    }
    made.checklist = checklist(std::move(built));
    made.assessment = assessment({}, std::move(agreed));
    made.assessment.evidenceStrengths = std::move(strengths);
    return made;
}

AssuranceResult assuranceOf(const Case& review)
{
    return assessAssurance(review.checklist, review.assessment, score(review.checklist, review.assessment));
}

const Row kAssured{1.0, false, 4, E::Verified};
const Row kBare{1.0, false, 0, E::None};

}  // namespace

TEST_CASE("An item meets the standard at green-from and is assured on documented or verified evidence",
          "[assurance]")
{
    auto [level, evidence, meets, assured] = GENERATE(table<int, E, bool, bool>({
        {4, E::Verified, true, true},
        {3, E::Documented, true, true},  // 75% is exactly green-from: the upper level
        {3, E::Verified, true, true},
        {3, E::Asserted, true, false},
        {3, E::None, true, false},
        {2, E::Verified, false, false},  // 50% is below the standard whatever the evidence
        {0, E::Documented, false, false},
        {kNotApplicable, E::Verified, false, false},
        {kUnanswered, E::Verified, false, false},
    }));
    const auto result = assuranceOf(reviewOf({{{1.0, false, level, evidence}, kAssured}}));
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[0].evidenceStrength == evidence);  // reported for N/A and unanswered items too
    CHECK(result.items[0].meetsStandard == meets);
    CHECK(result.items[0].assured == assured);
}

TEST_CASE("An item's target plays no part in meeting the standard", "[assurance]")
{
    Case review = reviewOf({{{1.0, false, 2, E::Verified}, {1.0, false, 3, E::Verified}}});
    review.checklist.domains[0].items[0].target = 2;  // at its target
    review.checklist.domains[0].items[1].target = 4;  // below its target
    const auto result = assuranceOf(review);
    CHECK_FALSE(result.items[0].meetsStandard);
    CHECK(result.items[1].meetsStandard);
    CHECK(result.items[1].assured);
}

TEST_CASE("A domain's assurance follows each branch of the rule", "[assurance]")
{
    auto [rows, coverage, level] = GENERATE(table<std::vector<Row>, double, Assurance>({
        // substantial: coverage exactly 0.75 and no critical item at all
        {{kAssured, kAssured, kAssured, kBare}, 0.75, Assurance::Substantial},
        {{kAssured, kAssured, kAssured, kAssured}, 1.0, Assurance::Substantial},
        // a critical item that is assured is no shortfall
        {{{1.0, true, 3, E::Documented}, kAssured, kAssured, kBare}, 0.75, Assurance::Substantial},
        // 0.75 with a critical shortfall rated 1 or more: reasonable
        {{{1.0, true, 1, E::Verified}, kAssured, kAssured, kAssured}, 0.75, Assurance::Reasonable},
        // critical at level 3 on asserted evidence meets the standard but is not assured: a shortfall
        {{{1.0, true, 3, E::Asserted}, kAssured, kAssured, kAssured}, 0.75, Assurance::Reasonable},
        // reasonable: coverage exactly 0.5, no critical item
        {{kAssured, kAssured, kBare, kBare}, 0.5, Assurance::Reasonable},
        // 0.75 but a critical item at level 0: neither substantial nor reasonable
        {{{1.0, true, 0, E::Verified}, kAssured, kAssured, kAssured}, 0.75, Assurance::Limited},
        // an unanswered critical item counts in the denominator and is a shortfall not rated 1 or more
        {{{1.0, true, kUnanswered, E::None}, kAssured, kAssured, kAssured}, 0.75, Assurance::Limited},
        // limited: coverage exactly 0.25 (score 25, red)
        {{kAssured, kBare, kBare, kBare}, 0.25, Assurance::Limited},
        // limited by the score: nothing assured, but the score is exactly red-below (50)
        {{{1.0, false, 2, E::Verified}, {1.0, false, 2, E::None}}, 0.0, Assurance::Limited},
        // items that meet the standard on asserted evidence alone: score 75, coverage 0, limited
        {{{1.0, false, 3, E::Asserted}, {1.0, false, 3, E::Asserted}}, 0.0, Assurance::Limited},
        // none: coverage 0.2 and a score of 20
        {{kAssured, kBare, kBare, kBare, kBare}, 0.2, Assurance::None},
        // none: coverage 0 and a score just under red-below (2 of 4 and 1 of 4: 37.5)
        {{{1.0, false, 2, E::Verified}, {1.0, false, 1, E::Verified}}, 0.0, Assurance::None},
        // weights: the assured item weighs 3 of 4 (unweighted it would be 0.5)
        {{{3.0, false, 4, E::Documented}, kBare}, 0.75, Assurance::Substantial},
        // weights: the assured item weighs 1 of 4 (unweighted it would be 0.5)
        {{kAssured, {3.0, false, 0, E::None}}, 0.25, Assurance::Limited},
        // N/A items count nowhere, even critical ones not assured
        {{kAssured, {5.0, true, kNotApplicable, E::None}, kAssured, {1.0, false, kNotApplicable, E::Verified}}, 1.0,
         Assurance::Substantial},
        // a coverage that is 0.75 in decimals though binary sums fall a hair short takes the upper level
        {{{0.1, false, 0, E::None}, {0.15, false, 4, E::Verified}, {0.15, false, 4, E::Verified}}, 0.75,
         Assurance::Substantial},
    }));
    const auto result = assuranceOf(reviewOf({rows}));
    REQUIRE(result.domains.size() == 1);
    REQUIRE(result.domains[0].coverage);
    CHECK(*result.domains[0].coverage == Approx(coverage).margin(1e-12));
    CHECK(result.domains[0].level == level);
    // With one domain the overall level is the domain's.
    CHECK(*result.coverage == Approx(coverage).margin(1e-12));
    CHECK(result.level == level);
}

TEST_CASE("An item at its target but below the standard leaves the RAG green and is still a shortfall",
          "[assurance]")
{
    Case review = reviewOf({{{1.0, true, 2, E::Verified}, kAssured, kAssured, kAssured}});
    review.checklist.domains[0].items[0].target = 2;
    const auto scores = score(review.checklist, review.assessment);
    CHECK(scores.domains[0].score == Approx(87.5));
    CHECK(scores.domains[0].rag == Rag::Green);  // the critical item is at its target: no RAG cap
    CHECK(scores.overallRag == Rag::Green);
    const auto result = assessAssurance(review.checklist, review.assessment, scores);
    CHECK(result.domains[0].criticalShortfalls == 1);
    CHECK(*result.domains[0].coverage == Approx(0.75));
    CHECK(result.domains[0].level == Assurance::Reasonable);  // not substantial: a critical shortfall
    CHECK(result.level == Assurance::Reasonable);
}

TEST_CASE("A domain whose items are all N/A has no coverage and no level, and neither has a review of such domains",
          "[assurance]")
{
    const Row na{1.0, true, kNotApplicable, E::Verified};
    const auto result = assuranceOf(reviewOf({{na, na}, {na}}));
    REQUIRE(result.domains.size() == 2);
    for (const auto& domain : result.domains) {
        CHECK_FALSE(domain.coverage);
        CHECK_FALSE(domain.level);
        CHECK(domain.criticalShortfalls == 0);
    }
    CHECK_FALSE(result.coverage);
    CHECK_FALSE(result.level);
    CHECK(result.items[0].evidenceStrength == E::Verified);
    CHECK_FALSE(result.items[0].assured);
}

TEST_CASE("Overall coverage is weighted by domain, as the overall score is, not by item", "[assurance]")
{
    // Domain 0 (weight 3): one item, assured. Domain 1 (weight 1): three items, none assured.
    // Domain-weighted: (3 × 1 + 1 × 0) / 4 = 0.75; item-weighted it would be 0.25.
    const auto result = assuranceOf(reviewOf({{kAssured}, {kBare, kBare, kBare}}, {3.0, 1.0}));
    CHECK(*result.domains[0].coverage == Approx(1.0));
    CHECK(*result.domains[1].coverage == Approx(0.0));
    CHECK(*result.coverage == Approx(0.75));
    CHECK(result.domains[0].level == Assurance::Substantial);
    CHECK(result.domains[1].level == Assurance::None);
    CHECK(result.level == Assurance::Substantial);
}

TEST_CASE("The overall level takes its critical conditions across every domain", "[assurance]")
{
    SECTION("a critical shortfall in one domain keeps the review from substantial")
    {
        // Coverage (1 + 0.5) / 2 = 0.75; domain 1's critical item is rated 2: reasonable overall.
        const auto result =
            assuranceOf(reviewOf({{kAssured, kAssured}, {kAssured, {1.0, true, 2, E::Verified}}}));
        CHECK(*result.coverage == Approx(0.75));
        CHECK(result.domains[0].level == Assurance::Substantial);
        CHECK(result.domains[1].level == Assurance::Reasonable);
        CHECK(result.criticalShortfalls == 1);
        CHECK(result.level == Assurance::Reasonable);
    }
    SECTION("a critical item rated 0 in one domain keeps the review from reasonable")
    {
        // Coverage (1 + 0.5 + 0) / 3 = 0.5 exactly; domain 2's critical item is at level 0.
        const auto result = assuranceOf(
            reviewOf({{kAssured}, {kAssured, kBare}, {{1.0, true, 0, E::None}}}));
        CHECK(*result.coverage == Approx(0.5));
        CHECK(result.domains[1].level == Assurance::Reasonable);
        CHECK(result.level == Assurance::Limited);
    }
    SECTION("an unanswered critical item in one domain does the same")
    {
        const auto result = assuranceOf(reviewOf({{kAssured}, {{1.0, true, kUnanswered, E::None}, kAssured}}));
        CHECK(*result.coverage == Approx(0.75));
        CHECK(result.domains[0].level == Assurance::Substantial);
        CHECK(result.domains[1].level == Assurance::Limited);
        CHECK(result.level == Assurance::Limited);
    }
}

TEST_CASE("The overall level is limited by an overall score at red-below, and none below it", "[assurance]")
{
    // Nothing is assured (coverage 0). Scores: 50 and 50 → 50 overall; 50 and 25 → 37.5.
    const Row half{1.0, false, 2, E::Verified};
    const Row quarter{1.0, false, 1, E::Verified};
    const auto atRedBelow = assuranceOf(reviewOf({{half}, {half}}));
    CHECK(*atRedBelow.coverage == Approx(0.0));
    CHECK(atRedBelow.level == Assurance::Limited);
    const auto below = assuranceOf(reviewOf({{half}, {quarter}}));
    CHECK(below.domains[0].level == Assurance::Limited);
    CHECK(below.domains[1].level == Assurance::None);
    CHECK(below.level == Assurance::None);
}

TEST_CASE("A domain without a coverage is left out of the overall coverage", "[assurance]")
{
    const Row na{1.0, false, kNotApplicable, E::None};
    const auto result = assuranceOf(reviewOf({{kAssured, kBare}, {na}}, {1.0, 5.0}));
    CHECK_FALSE(result.domains[1].coverage);
    CHECK(*result.coverage == Approx(0.5));
    CHECK(result.level == Assurance::Reasonable);
}

TEST_CASE("The level rule takes the upper level at each threshold met exactly", "[assurance]")
{
    auto [coverage, shortfall, criticalRated, scoreAtRedBelow, level] =
        GENERATE(table<double, bool, bool, bool, Assurance>({
            {0.75, false, true, false, Assurance::Substantial},
            {0.7499999, false, true, false, Assurance::Reasonable},
            {0.75, true, true, false, Assurance::Reasonable},
            {0.5, true, true, false, Assurance::Reasonable},
            {0.4999999, true, true, false, Assurance::Limited},
            {0.9, true, false, false, Assurance::Limited},
            {0.25, true, false, false, Assurance::Limited},
            {0.2499999, true, false, false, Assurance::None},
            {0.2499999, true, false, true, Assurance::Limited},
            {0.0, false, true, true, Assurance::Limited},
            {0.0, false, true, false, Assurance::None},
        }));
    CHECK(assuranceLevel(coverage, shortfall, criticalRated, scoreAtRedBelow) == level);
    CHECK_FALSE(assuranceLevel(std::nullopt, false, true, true));
}

TEST_CASE("The board's chosen level is reported beside the suggestion, and none is a level", "[assurance]")
{
    Case review = reviewOf({{kAssured}});
    CHECK_FALSE(assuranceOf(review).chosen);
    review.assessment.assuranceChoice = AssuranceChoice{Assurance::None, "Sue Brennan", "2015-03-20"};
    const auto result = assuranceOf(review);
    CHECK(result.chosen == Assurance::None);
    CHECK(result.level == Assurance::Substantial);  // the choice does not change the suggestion
}

TEST_CASE("The review analysis carries the assurance, so every face takes it from one place", "[assurance][analysis]")
{
    const Case review = reviewOf({{kAssured, kBare}});
    const auto analysis = analyse(review.checklist, review.assessment, nullptr, *parseIsoDate("2015-03-01"));
    CHECK(analysis.assurance.items.size() == 2);
    CHECK(analysis.assurance.items[0].assured);
    CHECK(*analysis.assurance.coverage == Approx(0.5));
    CHECK(analysis.assurance.level == Assurance::Reasonable);
}
