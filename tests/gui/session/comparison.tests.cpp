// The side-by-side view of a review and the one before it.
#include "session_support.hpp"

#include "app/session/comparison.hpp"
#include "checklists/checklist_loader.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using Catch::Approx;
using session::Movement;

namespace {

Assessment answered(std::initializer_list<std::pair<const char*, Rating>> ratings)
{
    Assessment assessment;
    assessment.checklistId = "mini";
    assessment.checklistVersion = "1.0";
    for (const auto& [item, rating] : ratings)
        assessment.answers.push_back({item, "", rating, "", ""});
    return assessment;
}

const session::ItemComparison& row(const session::Comparison& comparison, const std::string& itemId)
{
    for (const auto& item : comparison.items)
        if (item.itemId == itemId)
            return item;
    FAIL("no row for " << itemId);
    throw;  // not reached: FAIL stops the test
}

}  // namespace

TEST_CASE("The comparison shows each item's level then and now, and which way it moved", "[session][compare]")
{
    const Checklist checklist = loadChecklistOrThrow(test::kMiniChecklist);
    const ScoreResult before = score(checklist, answered({{"gov-01", Rating::at(1)}, {"gov-02", Rating::at(3)},
                                                          {"eng-01", Rating::at(2)}}));
    const ScoreResult now = score(checklist, answered({{"gov-01", Rating::at(3)}, {"gov-02", Rating::at(2)},
                                                       {"eng-01", Rating::notApplicable()}, {"eng-02", Rating::at(1)}}));
    const auto comparison = session::compareReviews(checklist, now, before);

    REQUIRE(comparison.items.size() == 4);  // checklist order
    CHECK(comparison.items[0].itemId == "gov-01");
    CHECK(comparison.items[3].itemId == "eng-02");

    CHECK(row(comparison, "gov-01").previous == "1");
    CHECK(row(comparison, "gov-01").current == "3");
    CHECK(row(comparison, "gov-01").change == 2);
    CHECK(row(comparison, "gov-01").movement == Movement::Improved);
    CHECK(row(comparison, "gov-01").critical);
    CHECK(row(comparison, "gov-02").change == -1);
    CHECK(row(comparison, "gov-02").movement == Movement::Declined);
    // A level against N/A, or against nothing, is not a movement.
    CHECK(row(comparison, "eng-01").current == "N/A");
    CHECK_FALSE(row(comparison, "eng-01").change);
    CHECK(row(comparison, "eng-01").movement == Movement::NotComparable);
    CHECK(row(comparison, "eng-02").previous == "\xE2\x80\x93");
    CHECK(row(comparison, "eng-02").movement == Movement::NotComparable);
    CHECK(comparison.improved == 1);
    CHECK(comparison.declined == 1);
    CHECK(comparison.unchanged == 0);
}

TEST_CASE("The comparison gives each domain's and the overall score then and now, with the change",
          "[session][compare]")
{
    const Checklist checklist = loadChecklistOrThrow(test::kMiniChecklist);
    const ScoreResult before = score(checklist, answered({{"gov-01", Rating::at(2)}, {"gov-02", Rating::at(2)},
                                                          {"eng-01", Rating::notApplicable()},
                                                          {"eng-02", Rating::notApplicable()}}));
    const ScoreResult now = score(checklist, answered({{"gov-01", Rating::at(4)}, {"gov-02", Rating::at(2)},
                                                       {"eng-01", Rating::at(2)}}));
    const auto comparison = session::compareReviews(checklist, now, before);

    REQUIRE(comparison.domains.size() == 2);
    const auto& governance = comparison.domains[0];
    CHECK(governance.title == "Governance");
    CHECK(*governance.previous == Approx(*before.domains[0].score));
    CHECK(*governance.current == Approx(*now.domains[0].score));
    CHECK(*governance.change == Approx(*now.domains[0].score - *before.domains[0].score));
    CHECK(governance.currentRag == now.domains[0].rag);
    // Engagement was all N/A before: no score then, so no change to show.
    const auto& engagement = comparison.domains[1];
    CHECK_FALSE(engagement.previous);
    CHECK(engagement.current);
    CHECK_FALSE(engagement.change);
    CHECK(engagement.previousRag == Rag::None);

    CHECK(comparison.overall.title == "Overall");
    CHECK(*comparison.overall.change == Approx(*now.overall - *before.overall));
    CHECK(comparison.overall.currentRag == now.overallRag);
}
