// The one analysis of a review: targets, the trend against an earlier review made with its own
// checklist version, and where each action stands.
#include "checklists/review_analysis.hpp"

#include "builders.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::test;
using Catch::Approx;

namespace {

const Date kAsOf = *parseIsoDate("2015-03-01");

/// Version 1.0: governance (a w2 critical target 3, b) and engagement (c, d target 2).
Checklist versionOne()
{
    return checklist({domain("gov", {item("a", 2.0, true, 3), item("b")}, 2.0),
                      domain("eng", {item("c", 0.5), item("d", 1.0, false, 2)})});
}

/// Version 1.1: b dropped, e added, c weighs more, thresholds moved.
Checklist versionTwo()
{
    Checklist next = checklist({domain("gov", {item("a", 2.0, true, 3), item("e")}, 2.0),
                                domain("eng", {item("c", 1.0), item("d", 1.0, false, 2)})});
    next.version = "1.1";
    next.rag = {40.0, 80.0};
    return next;
}

}  // namespace

TEST_CASE("The target scores are the scores with every applicable item at its target", "[analysis]")
{
    const Checklist list = versionOne();
    const Assessment review = assessment({naBy("c", "")}, {}, {{"b", 2}});
    const ReviewAnalysis analysis = analyse(list, review, nullptr, kAsOf);
    REQUIRE(analysis.target.domains.size() == 2);
    // gov: a 3/4 (w2), b's review target 2/4 (w1) -> 100 * (1.5 + 0.5) / 3; eng: c is N/A, d 2/4.
    CHECK(*analysis.target.domains[0] == Approx(200.0 / 3.0));
    CHECK(*analysis.target.domains[1] == Approx(50.0));
    CHECK(*analysis.target.overall == Approx((2.0 * 200.0 / 3.0 + 50.0) / 3.0));

    // The same figures as scoring a review agreed at every target.
    Assessment atTarget = assessment({}, {{"a", Rating::at(3)}, {"b", Rating::at(2)}, {"c", Rating::notApplicable()},
                                         {"d", Rating::at(2)}});
    const ScoreResult scored = score(list, atTarget);
    CHECK(*analysis.target.domains[0] == Approx(*scored.domains[0].score));
    CHECK(*analysis.target.overall == Approx(*scored.overall));
}

TEST_CASE("An earlier review is scored with the checklist version it was made with", "[analysis][trend]")
{
    const Checklist before = versionOne();
    const Checklist now = versionTwo();
    Assessment earlier = assessment({rated("a", "", 1), rated("b", "", 4), rated("c", "", 4), rated("d", "", 2)});
    Assessment later = assessment({rated("a", "", 3), rated("e", "", 0), rated("c", "", 2), rated("d", "", 2)});
    later.checklistVersion = "1.1";
    const EarlierReview previous{before, earlier};
    const ReviewAnalysis analysis = analyse(now, later, &previous, kAsOf);

    REQUIRE(analysis.earlier);
    const ScoreResult own = score(before, earlier);
    CHECK(analysis.earlier->scores.overall == own.overall);
    CHECK(analysis.earlier->scores.overallRag == own.overallRag);
    CHECK(analysis.domainTrends[0].before == own.domains[0].score);
    CHECK(analysis.domainTrends[1].before == own.domains[1].score);
    // Against this version's thresholds an earlier 43.75 would be amber; against its own it is red.
    CHECK(analysis.domainTrends[1].beforeRag == own.domains[1].rag);

    const ChecklistDifference& difference = analysis.earlier->checklist;
    CHECK(difference.versionDiffers);
    CHECK(difference.earlierVersion == "1.0");
    CHECK(difference.thresholdsDiffer);
    CHECK_FALSE(difference.scaleDiffers);
    CHECK(difference.added == std::vector<std::string>{"e"});
    CHECK(difference.removed == std::vector<std::string>{"b"});
    CHECK(difference.changed == std::vector<std::string>{"c"});

    // Items are matched by id: a rose 1 -> 3, c fell 4 -> 2, d stayed, e is new.
    CHECK(analysis.itemTrends[0].movement == Movement::Improved);
    CHECK(analysis.itemTrends[0].change == 2);
    CHECK_FALSE(analysis.itemTrends[1].inEarlier);
    CHECK(analysis.itemTrends[1].movement == Movement::NotComparable);
    CHECK(analysis.itemTrends[2].movement == Movement::Declined);
    CHECK(analysis.itemTrends[3].movement == Movement::Unchanged);
    CHECK(analysis.earlier->overall.itemsImproved == 1);
    CHECK(analysis.earlier->overall.itemsDeclined == 1);
    CHECK(analysis.earlier->overall.itemsUnchanged == 1);
    CHECK(*analysis.earlier->overall.change == Approx(*analysis.current.overall - *own.overall));
}

TEST_CASE("The same checklist twice shows no difference between versions", "[analysis][trend]")
{
    const Checklist list = versionOne();
    const Assessment review = assessment({rated("a", "", 2)});
    const EarlierReview previous{list, review};
    const ReviewAnalysis analysis = analyse(list, review, &previous, kAsOf);
    REQUIRE(analysis.earlier);
    CHECK_FALSE(analysis.earlier->checklist.any());
    CHECK(analysis.earlier->overall.movement == Movement::Unchanged);
}

TEST_CASE("Levels on another scale are not compared, and another framework gives no trend", "[analysis][trend]")
{
    const Checklist now = versionOne();
    const Checklist yesNo = checklist({domain("gov", {item("a", 2.0, true, 1), item("b", 1.0, false, 1)}, 2.0)}, 1);
    const Assessment earlier = assessment({rated("a", "", 1)});
    const Assessment later = assessment({rated("a", "", 1)});
    const EarlierReview onAnotherScale{yesNo, earlier};
    const ReviewAnalysis analysis = analyse(now, later, &onAnotherScale, kAsOf);
    REQUIRE(analysis.earlier);
    CHECK(analysis.earlier->checklist.scaleDiffers);
    CHECK(analysis.itemTrends[0].inEarlier);
    CHECK_FALSE(analysis.itemTrends[0].change);  // 1 of 0..1 is not 1 of 0..4
    CHECK(analysis.domainTrends[0].change);      // scores are percentages either way

    Checklist otherFramework = versionOne();
    otherFramework.id = "another";
    const EarlierReview unrelated{otherFramework, earlier};
    CHECK_FALSE(analyse(now, later, &unrelated, kAsOf).earlier);
}

TEST_CASE("Each action's state is worked out once, as at the analysis date", "[analysis][actions]")
{
    Assessment review = assessment();
    review.actions = {{"a", "Chair", "2015-02-01", ActionStatus::Open, "late"},
                      {"a", "Chair", "2015-03-20", ActionStatus::InProgress, "soon"},
                      {"b", "Chair", "2016-01-01", ActionStatus::Open, "later"},
                      {"b", "Chair", "2015-01-01", ActionStatus::Done, "done"}};
    const ReviewAnalysis analysis = analyse(versionOne(), review, nullptr, kAsOf);
    REQUIRE(analysis.actions.size() == 4);
    CHECK(analysis.actions[0].overdue());
    CHECK(analysis.actions[0].daysOverdue == 28);
    CHECK(analysis.actions[1].brag == Brag::Amber);
    CHECK(analysis.actions[2].brag == Brag::Green);
    CHECK_FALSE(analysis.actions[3].live);
    CHECK(analysis.liveActions == 3);
    CHECK(analysis.overdueActions == 1);
    CHECK(analysis.actionsDueSoon == 1);
}

TEST_CASE("On a scale of two or three levels raters one level apart disagree", "[analysis][disagreement]")
{
    const auto [maxLevel, low, high, disagree] = GENERATE(table<int, int, int, bool>({
        {1, 0, 1, true},   // Yes/No
        {2, 1, 2, true},   // No/Partly/Yes
        {2, 0, 2, true},
        {4, 2, 3, false},  // 0-4: one level apart is close enough
        {4, 1, 3, true},
    }));
    const Checklist list = checklist({domain("d", {item("a", 1.0, false, maxLevel)})}, maxLevel);
    const Assessment review = assessment({rated("a", "r1", low), rated("a", "r2", high)});
    const ReviewAnalysis analysis = analyse(list, review, nullptr, kAsOf);
    const ItemScore& scored = analysis.current.itemScores[0];
    CHECK(scored.spread == high - low);
    CHECK(scored.disagreement == disagree);
}

TEST_CASE("Items are found by id in constant time, and the suggested level ignores the agreed one", "[analysis]")
{
    const Assessment review = assessment({rated("a", "r1", 1), rated("a", "r2", 4)}, {{"a", Rating::at(3)}});
    const ReviewAnalysis analysis = analyse(versionOne(), review, nullptr, kAsOf);
    REQUIRE(analysis.item("a"));
    CHECK(analysis.item("a")->level == 3);
    CHECK(analysis.item("a")->suggested == Rating::at(1));  // lower median of 1 and 4
    CHECK(analysis.position("d") == 3u);
    CHECK_FALSE(analysis.item("zzz"));
    CHECK_FALSE(analysis.item("b")->suggested);  // nobody rated it
}
