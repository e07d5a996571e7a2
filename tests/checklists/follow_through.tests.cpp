// What came of the commitments a review carries from earlier ones (PRODUCT.md §5 "Follow-through").
#include "checklists/follow_through.hpp"

#include "checklists/review_analysis.hpp"
#include "builders.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <vector>

using namespace ccg;
using Catch::Approx;

namespace {

using O = CommitmentOutcome;

Assessment withOutcomes(const std::vector<O>& outcomes)
{
    Assessment made = test::assessment();
    for (const O outcome : outcomes)
        made.commitments.push_back({"2014-q1", "a", "", "", outcome, "", "Do it"});
    return made;
}

}  // namespace

TEST_CASE("A review without commitments has no follow-through rate", "[follow-through]")
{
    const auto result = followThrough(withOutcomes({}));
    CHECK(result.commitments == 0);
    CHECK_FALSE(result.rate);
}

TEST_CASE("Superseded and pending commitments are counted but left out of the rate", "[follow-through]")
{
    const auto result = followThrough(withOutcomes({O::Superseded, O::Pending, O::Pending}));
    CHECK(result.commitments == 3);
    CHECK(result.superseded == 1);
    CHECK(result.pending == 2);
    CHECK(result.done + result.partly + result.notDone == 0);
    CHECK_FALSE(result.rate);
}

TEST_CASE("The follow-through rate counts a commitment partly done as half", "[follow-through]")
{
    auto [outcomes, rate] = GENERATE(table<std::vector<O>, double>({
        {{O::Done}, 100.0},
        {{O::NotDone}, 0.0},  // nothing done is a rate of 0, not null
        {{O::Partly}, 50.0},
        {{O::Done, O::Partly, O::NotDone, O::NotDone}, 37.5},
        {{O::Done, O::Done, O::NotDone}, 200.0 / 3},
        {{O::Partly, O::Superseded, O::Pending, O::Done}, 75.0},
    }));
    const auto result = followThrough(withOutcomes(outcomes));
    REQUIRE(result.rate);
    CHECK(*result.rate == Approx(rate).epsilon(1e-9));
    CHECK(result.commitments == static_cast<int>(outcomes.size()));
    CHECK(result.done + result.partly + result.notDone + result.superseded + result.pending == result.commitments);
}

TEST_CASE("Commitments naming items this checklist lacks count like any other", "[follow-through]")
{
    Assessment review = withOutcomes({O::Done});
    review.commitments.push_back({"2014-q1", "gone-99", "", "", O::NotDone, "", "An item since dropped"});
    review.commitments.push_back({"2013-q4", "", "", "", O::Partly, "", "No item at all"});
    const auto result = followThrough(review);
    CHECK(result.commitments == 3);
    CHECK(*result.rate == Approx(50.0));
}

TEST_CASE("The review analysis carries the follow-through", "[follow-through][analysis]")
{
    const Checklist list = test::checklist({test::domain("d", {test::item("a")})});
    const Assessment review = withOutcomes({O::Done, O::Partly});
    const auto analysis = analyse(list, review, nullptr, *parseIsoDate("2015-03-01"));
    CHECK(analysis.followThrough.done == 1);
    CHECK(analysis.followThrough.partly == 1);
    CHECK(*analysis.followThrough.rate == Approx(75.0));
}
