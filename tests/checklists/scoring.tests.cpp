#include "checklists/scoring.hpp"

#include "builders.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace ccg;
using namespace ccg::test;
using Catch::Approx;

namespace {

std::vector<Rating> levels(std::initializer_list<int> values, int naCount = 0)
{
    std::vector<Rating> ratings;
    for (const int value : values)
        ratings.push_back(Rating::at(value));
    for (int i = 0; i < naCount; ++i)
        ratings.push_back(Rating::notApplicable());
    return ratings;
}

}  // namespace

TEST_CASE("An item nobody rated is unanswered", "[scoring][effective]")
{
    const auto answer = effectiveAnswer(std::nullopt, {});
    CHECK(answer.status == ItemStatus::Unanswered);
    CHECK_FALSE(answer.level);
    CHECK_FALSE(answer.spread);
}

TEST_CASE("The effective level is the lower median of the raters' levels", "[scoring][effective]")
{
    auto [ratings, expected] = GENERATE(table<std::vector<Rating>, int>({
        {levels({3}), 3},
        {levels({1, 4}), 1},           // even count takes the lower of the two middle values
        {levels({4, 1, 2}), 2},
        {levels({0, 4, 4, 1}), 1},     // sorted 0 1 4 4 -> element (4-1)/2 = 1
        {levels({2, 2, 3, 3, 4}), 3},
        {levels({2, 3}, 1), 2},        // N/A answers are left out of the median
    }));
    const auto answer = effectiveAnswer(std::nullopt, ratings);
    CHECK(answer.status == ItemStatus::Answered);
    CHECK(answer.level == expected);
}

TEST_CASE("More than half N/A makes the item N/A but a tie does not", "[scoring][effective]")
{
    SECTION("two of three N/A")
    {
        CHECK(effectiveAnswer(std::nullopt, levels({3}, 2)).status == ItemStatus::NotApplicable);
    }
    SECTION("one of two N/A is a tie, so the numeric level counts")
    {
        const auto answer = effectiveAnswer(std::nullopt, levels({1}, 1));
        CHECK(answer.status == ItemStatus::Answered);
        CHECK(answer.level == 1);
    }
    SECTION("two of four N/A is a tie")
    {
        const auto answer = effectiveAnswer(std::nullopt, levels({4, 2}, 2));
        CHECK(answer.status == ItemStatus::Answered);
        CHECK(answer.level == 2);
    }
    SECTION("a single N/A answer")
    {
        CHECK(effectiveAnswer(std::nullopt, levels({}, 1)).status == ItemStatus::NotApplicable);
    }
}

TEST_CASE("An agreed rating overrides the raters, including an agreed N/A", "[scoring][effective]")
{
    SECTION("agreed level")
    {
        const auto answer = effectiveAnswer(Rating::at(3), levels({0, 0, 0}));
        CHECK(answer.status == ItemStatus::Answered);
        CHECK(answer.level == 3);
    }
    SECTION("agreed N/A over numeric answers")
    {
        const auto answer = effectiveAnswer(Rating::notApplicable(), levels({2, 4}));
        CHECK(answer.status == ItemStatus::NotApplicable);
        CHECK_FALSE(answer.level);
        CHECK(answer.spread == 2);  // spread is reported whatever the effective answer
    }
    SECTION("agreed level with no rater answers")
    {
        CHECK(effectiveAnswer(Rating::at(0), {}).level == 0);
    }
}

TEST_CASE("Spread is max minus min of numeric levels and needs two of them", "[scoring][spread]")
{
    CHECK_FALSE(effectiveAnswer(std::nullopt, levels({3})).spread);
    CHECK_FALSE(effectiveAnswer(std::nullopt, levels({3}, 2)).spread);
    CHECK(effectiveAnswer(std::nullopt, levels({1, 2})).spread == 1);
    CHECK(effectiveAnswer(std::nullopt, levels({4, 0, 2}, 3)).spread == 4);
    CHECK(effectiveAnswer(std::nullopt, levels({2, 2})).spread == 0);
}

TEST_CASE("Disagreement is a spread of two or more", "[scoring][spread]")
{
    const auto list = checklist({domain("d", {item("a"), item("b")})});
    const auto result = score(list, assessment({rated("a", "x", 1), rated("a", "y", 2), rated("b", "x", 1),
                                                rated("b", "y", 3)}));
    CHECK_FALSE(result.findItem("a")->disagreement);
    CHECK(result.findItem("b")->disagreement);
    CHECK(result.findItem("b")->spread == 2);
}

TEST_CASE("Item scores are level over max, unanswered counts zero, domain weights items", "[scoring][domain]")
{
    // a: level 3 of 4, weight 2 -> 1.5; b: unanswered, weight 1 -> 0; c: level 4, weight 0.5 -> 0.5
    const auto list = checklist({domain("d", {item("a", 2.0), item("b", 1.0), item("c", 0.5)})});
    const auto result = score(list, assessment({rated("a", "", 3), rated("c", "", 4)}));
    REQUIRE(result.domains.size() == 1);
    CHECK(*result.domains[0].score == Approx(100.0 * (1.5 + 0.0 + 0.5) / 3.5).epsilon(1e-12));
    CHECK(result.domains[0].answered == 2);
    CHECK(result.domains[0].unanswered == 1);
}

TEST_CASE("N/A items are left out of every sum", "[scoring][domain]")
{
    const auto list = checklist({domain("d", {item("a", 5.0), item("b")})});
    const auto result = score(list, assessment({naBy("a", ""), rated("b", "", 2)}));
    CHECK(*result.domains[0].score == Approx(50.0));
    CHECK(result.findItem("a")->status == ItemStatus::NotApplicable);
    CHECK_FALSE(result.findItem("a")->gap);
    CHECK_FALSE(result.findItem("a")->priority);
    CHECK(result.gaps.size() == 1);
}

TEST_CASE("A domain whose items are all N/A has a null score, RAG none and no weight overall", "[scoring][domain]")
{
    const auto list = checklist({domain("all-na", {item("a")}, 10.0), domain("rated", {item("b")})});
    const auto result = score(list, assessment({naBy("a", ""), rated("b", "", 4)}));
    CHECK_FALSE(result.domains[0].score);
    CHECK(result.domains[0].rag == Rag::None);
    CHECK(*result.overall == Approx(100.0));
    CHECK(result.overallRag == Rag::Green);
}

TEST_CASE("Overall score weights domain scores by domain weight", "[scoring][overall]")
{
    const auto list = checklist({domain("a", {item("a1")}, 3.0), domain("b", {item("b1")}, 1.0)});
    const auto result = score(list, assessment({rated("a1", "", 1), rated("b1", "", 4)}));
    CHECK(*result.overall == Approx((3.0 * 25.0 + 1.0 * 100.0) / 4.0));
}

TEST_CASE("Overall score is null when every domain is N/A", "[scoring][overall]")
{
    const auto result = score(checklist({domain("a", {item("a1")})}), assessment({naBy("a1", "")}));
    CHECK_FALSE(result.overall);
    CHECK(result.overallRag == Rag::None);
    CHECK(result.completeness == Approx(100.0));
}

TEST_CASE("Completeness counts answered and N/A items over all items", "[scoring][overall]")
{
    const auto list = checklist({domain("a", {item("a1"), item("a2"), item("a3"), item("a4")})});
    const auto result = score(list, assessment({rated("a1", "", 0), naBy("a2", "")}));
    CHECK(result.completeness == Approx(50.0));
    CHECK(result.items == 4);
    CHECK(result.answered == 1);
    CHECK(result.notApplicable == 1);
    CHECK(result.unanswered == 2);
}

TEST_CASE("Scores exactly on a threshold take the upper band", "[scoring][rag]")
{
    const RagThresholds thresholds{50.0, 75.0};
    auto [score, expected] = GENERATE(table<double, Rag>({
        {0.0, Rag::Red},
        {49.999, Rag::Red},
        {50.0, Rag::Amber},
        {74.999, Rag::Amber},
        {75.0, Rag::Green},
        {100.0, Rag::Green},
    }));
    CHECK(ragFor(score, thresholds) == expected);
    CHECK(ragFor(std::nullopt, thresholds) == Rag::None);
}

TEST_CASE("A critical unanswered item caps a 100% domain at amber", "[scoring][critical]")
{
    // The critical item is unanswered and weighs almost nothing, so the domain still scores ~100.
    const auto list = checklist({domain("d", {item("big", 1000.0), item("crit", 1e-9, true)})});
    const auto result = score(list, assessment({rated("big", "", 4)}));
    CHECK(*result.domains[0].score > 99.99);
    CHECK(result.domains[0].rag == Rag::Amber);
    CHECK(result.domains[0].criticalBelowTarget == 1);
    CHECK(result.overallRag == Rag::Amber);
}

TEST_CASE("A critical item with target 0 that is unanswered still caps its domain", "[scoring][critical]")
{
    const auto list = checklist({domain("d", {item("big", 1000.0), item("crit", 1e-9, true, 0)})});
    const auto result = score(list, assessment({rated("big", "", 4)}));
    CHECK(result.domains[0].rag == Rag::Amber);
    CHECK(result.findItem("crit")->gap == 0);
}

TEST_CASE("A critical item at target or N/A does not cap, and the cap never raises red", "[scoring][critical]")
{
    const auto list = checklist({domain("d", {item("a", 1.0, true, 3), item("b", 1.0, true)}),
                                 domain("e", {item("c", 1.0, true)})});
    const auto result = score(list, assessment({rated("a", "", 3), naBy("b", ""), rated("c", "", 0)}));
    CHECK(*result.domains[0].score == Approx(75.0));
    CHECK(result.domains[0].rag == Rag::Green);
    CHECK(result.domains[0].criticalBelowTarget == 0);
    CHECK(result.domains[1].rag == Rag::Red);
    CHECK(result.domains[1].criticalBelowTarget == 1);
}

TEST_CASE("Overall RAG cannot be green while any domain holds a critical shortfall", "[scoring][critical]")
{
    const auto list = checklist({domain("a", {item("a1", 1.0, true)}, 1.0), domain("b", {item("b1")}, 100.0)});
    const auto result = score(list, assessment({rated("a1", "", 3), rated("b1", "", 4)}));
    CHECK(*result.overall > 75.0);
    CHECK(result.overallRag == Rag::Amber);
}

TEST_CASE("A target override changes the gap and the critical cap", "[scoring][target]")
{
    const auto list = checklist({domain("d", {item("a", 1.0, true, 4)})});
    SECTION("default target 4 leaves a gap at level 3")
    {
        const auto result = score(list, assessment({rated("a", "", 3)}));
        CHECK(result.findItem("a")->gap == 1);
        CHECK(result.domains[0].rag == Rag::Amber);
    }
    SECTION("override to 3 closes the gap and lifts the cap")
    {
        const auto result = score(list, assessment({rated("a", "", 3)}, {}, {{"a", 3}}));
        CHECK(result.findItem("a")->target == 3);
        CHECK(result.findItem("a")->gap == 0);
        CHECK(result.findItem("a")->priority == 0.0);
        CHECK(result.domains[0].rag == Rag::Green);
        CHECK(result.gaps.empty());
    }
    SECTION("override upwards opens a gap")
    {
        const auto lowTarget = checklist({domain("d", {item("a", 1.0, false, 1)})});
        const auto result = score(lowTarget, assessment({rated("a", "", 2)}, {}, {{"a", 4}}));
        CHECK(result.findItem("a")->gap == 2);
    }
}

TEST_CASE("Gap is target minus level, floored at zero, unanswered items gap by the whole target", "[scoring][gap]")
{
    const auto list = checklist({domain("d", {item("a", 1.0, false, 3), item("b", 1.0, false, 3), item("c", 1.0, false, 2)})});
    const auto result = score(list, assessment({rated("a", "", 1), rated("b", "", 4)}));
    CHECK(result.findItem("a")->gap == 2);
    CHECK(result.findItem("b")->gap == 0);
    CHECK(result.findItem("c")->gap == 2);
    CHECK(result.findItem("c")->status == ItemStatus::Unanswered);
}

TEST_CASE("Priority is gap times weight, doubled for critical items", "[scoring][gap]")
{
    const auto list = checklist({domain("d", {item("a", 1.5, false), item("b", 1.5, true)})});
    const auto result = score(list, assessment({rated("a", "", 2), rated("b", "", 2)}));
    CHECK(*result.findItem("a")->priority == Approx(3.0));
    CHECK(*result.findItem("b")->priority == Approx(6.0));
}

TEST_CASE("The gap list is sorted by priority with ties in checklist order", "[scoring][gap]")
{
    const auto list = checklist({domain("d1", {item("a"), item("b", 2.0), item("c")}), domain("d2", {item("d"), item("e", 1.0, true)})});
    // gaps: a 4 (p4), b 2 (p4), c 0 (not listed), d 4 (p4), e 1 (p2)
    const auto result = score(list, assessment({rated("b", "", 2), rated("c", "", 4), rated("e", "", 3)}));
    REQUIRE(result.gaps.size() == 4);
    CHECK(result.gaps[0].itemId == "a");
    CHECK(result.gaps[1].itemId == "b");
    CHECK(result.gaps[2].itemId == "d");
    CHECK(result.gaps[3].itemId == "e");
    CHECK(result.gaps[2].domainId == "d2");
}

TEST_CASE("Scores use the scale's own maximum", "[scoring][scale]")
{
    const auto list = checklist({domain("d", {item("a", 1.0, false, 1)})}, 1);
    CHECK(*score(list, assessment({rated("a", "", 1)})).overall == Approx(100.0));
    const auto wide = checklist({domain("d", {item("a", 1.0, false, 7)})}, 7);
    CHECK(*score(wide, assessment({rated("a", "", 3)})).overall == Approx(100.0 * 3 / 7));
}

TEST_CASE("A level change between two reviews counts only where both have a level", "[scoring][trend]")
{
    const auto scoreAt = [](ItemStatus status, std::optional<int> level) {
        ItemScore score;
        score.itemId = "gov-01";
        score.status = status;
        score.level = level;
        return score;
    };
    const ItemScore two = scoreAt(ItemStatus::Answered, 2);
    const ItemScore four = scoreAt(ItemStatus::Answered, 4);
    const ItemScore na = scoreAt(ItemStatus::NotApplicable, std::nullopt);
    const ItemScore unanswered = scoreAt(ItemStatus::Unanswered, std::nullopt);
    CHECK(levelChange(&four, &two) == 2);
    CHECK(levelChange(&two, &four) == -2);
    CHECK(levelChange(&two, &two) == 0);
    CHECK_FALSE(levelChange(&two, &na));
    CHECK_FALSE(levelChange(&na, &two));
    CHECK_FALSE(levelChange(&unanswered, &two));
    CHECK_FALSE(levelChange(&two, nullptr));  // the item is new since the previous review
}
