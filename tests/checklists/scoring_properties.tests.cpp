// Properties of §5 scoring that must hold for any checklist and answers, checked over
// seeded random cases so a failure can be replayed.
#include "checklists/scoring.hpp"

#include "builders.hpp"
#include "random_review.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <map>
#include <random>

using namespace ccg;
using namespace ccg::test;
using Catch::Approx;

namespace {

constexpr int kCases = 400;

void setAgreed(Assessment& assessment, const std::string& itemId, Rating rating)
{
    for (auto& agreed : assessment.agreed)
        if (agreed.item == itemId) {
            agreed.rating = rating;
            return;
        }
    assessment.agreed.push_back({itemId, rating});
}

}  // namespace

TEST_CASE("Scores and completeness stay within 0 to 100", "[scoring][property]")
{
    std::mt19937 rng(20131);
    for (int n = 0; n < kCases; ++n) {
        const auto review = randomReview(rng);
        const auto result = score(review.checklist, review.assessment);
        INFO("case " << n);
        if (result.overall) {
            CHECK(*result.overall >= 0.0);
            CHECK(*result.overall <= 100.0 + 1e-9);
        }
        CHECK(result.completeness >= 0.0);
        CHECK(result.completeness <= 100.0);
        for (const auto& domain : result.domains)
            if (domain.score) {
                CHECK(*domain.score >= 0.0);
                CHECK(*domain.score <= 100.0 + 1e-9);
            }
        CHECK(result.answered + result.notApplicable + result.unanswered == result.items);
    }
}

TEST_CASE("Raising one item's level never lowers its domain score", "[scoring][property]")
{
    std::mt19937 rng(20132);
    for (int n = 0; n < kCases; ++n) {
        auto review = randomReview(rng);
        const auto& domains = review.checklist.domains;
        const auto& domain = domains[rng() % domains.size()];
        const auto& target = domain.items[rng() % domain.items.size()];
        const int maxLevel = review.checklist.maxLevel();
        const int low = static_cast<int>(rng() % static_cast<unsigned>(maxLevel));
        setAgreed(review.assessment, target.id, Rating::at(low));
        const auto before = score(review.checklist, review.assessment).findDomain(domain.id)->score;
        setAgreed(review.assessment, target.id, Rating::at(low + 1));
        const auto after = score(review.checklist, review.assessment).findDomain(domain.id)->score;
        INFO("case " << n << " item " << target.id);
        REQUIRE(before);
        REQUIRE(after);
        CHECK(*after >= *before - 1e-9);
        CHECK(*after > *before);  // the item is not N/A and its weight is positive
    }
}

TEST_CASE("Marking an item N/A is the same as removing it from the checklist", "[scoring][property]")
{
    std::mt19937 rng(20133);
    for (int n = 0; n < kCases; ++n) {
        auto review = randomReview(rng);
        auto& domains = review.checklist.domains;
        const std::size_t d = rng() % domains.size();
        const std::size_t i = rng() % domains[d].items.size();
        const std::string itemId = domains[d].items[i].id;
        setAgreed(review.assessment, itemId, Rating::notApplicable());
        const auto withNa = score(review.checklist, review.assessment);

        Checklist without = review.checklist;
        without.domains[d].items.erase(without.domains[d].items.begin() + static_cast<std::ptrdiff_t>(i));
        const bool domainGone = without.domains[d].items.empty();
        if (domainGone)
            without.domains.erase(without.domains.begin() + static_cast<std::ptrdiff_t>(d));
        const auto removed = score(without, review.assessment);

        INFO("case " << n << " item " << itemId);
        CHECK(withNa.overall.has_value() == removed.overall.has_value());
        if (withNa.overall && removed.overall)
            CHECK(*withNa.overall == Approx(*removed.overall).margin(1e-9));
        CHECK(withNa.overallRag == removed.overallRag);
        if (!domainGone)
            CHECK(withNa.domains[d].score == removed.domains[d].score);
        else
            CHECK_FALSE(withNa.domains[d].score);
        CHECK(withNa.gaps.size() == removed.gaps.size());
        CHECK_FALSE(withNa.findItem(itemId)->priority);
    }
}

TEST_CASE("The gap list holds exactly the items with a gap, by priority then checklist order",
          "[scoring][property]")
{
    std::mt19937 rng(20134);
    for (int n = 0; n < kCases; ++n) {
        const auto review = randomReview(rng);
        const auto result = score(review.checklist, review.assessment);
        std::size_t withGap = 0;
        std::map<std::string, std::size_t> order;
        for (const auto& item : result.itemScores) {
            order[item.itemId] = order.size();
            if (item.gap && *item.gap > 0)
                ++withGap;
        }
        INFO("case " << n);
        CHECK(result.gaps.size() == withGap);
        for (std::size_t k = 1; k < result.gaps.size(); ++k) {
            const auto& previous = result.gaps[k - 1];
            const auto& current = result.gaps[k];
            CHECK(previous.priority >= current.priority);
            if (previous.priority == current.priority)
                CHECK(order[previous.itemId] < order[current.itemId]);
        }
    }
}
