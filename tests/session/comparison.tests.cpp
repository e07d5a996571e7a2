// The side-by-side view of a review and the one before it.
#include "process_runner.hpp"
#include "session_support.hpp"

#include "app/session/comparison.hpp"
#include "checklists/checklist_loader.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using Catch::Approx;

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
    const Assessment beforeAnswers = answered({{"gov-01", Rating::at(1)}, {"gov-02", Rating::at(3)},
                                               {"eng-01", Rating::at(2)}});
    const ScoreResult before = score(checklist, beforeAnswers);
    const Assessment nowAnswers = answered({{"gov-01", Rating::at(3)}, {"gov-02", Rating::at(2)},
                                            {"eng-01", Rating::notApplicable()}, {"eng-02", Rating::at(1)}});
    const ScoreResult now = score(checklist, nowAnswers);
    const EarlierReview earlier{checklist, beforeAnswers};
    const auto comparison = session::compareReviews(checklist, analyse(checklist, nowAnswers, &earlier, today()));

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
    const Assessment beforeAnswers = answered({{"gov-01", Rating::at(2)}, {"gov-02", Rating::at(2)},
                                               {"eng-01", Rating::notApplicable()},
                                                          {"eng-02", Rating::notApplicable()}});
    const ScoreResult before = score(checklist, beforeAnswers);
    const Assessment nowAnswers = answered({{"gov-01", Rating::at(4)}, {"gov-02", Rating::at(2)},
                                            {"eng-01", Rating::at(2)}});
    const ScoreResult now = score(checklist, nowAnswers);
    const EarlierReview earlier{checklist, beforeAnswers};
    const auto comparison = session::compareReviews(checklist, analyse(checklist, nowAnswers, &earlier, today()));

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

TEST_CASE("The reviews to compare with: the previous one first, then the same checklist's from any organisation",
          "[session][compare]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.rate("gov-01", Rating::at(1));
    const storage::RowId first = fixture.reviewId;

    // Another board's review of the same checklist, rated higher.
    const auto westfield = session.createOrganisation({"88W", "NHS Westfield CCG"});
    const storage::RowId other = session.createReview(westfield, {"2014", "Westfield review", "2014-05-01"}, {});
    session.rate("gov-01", Rating::at(3));
    // A review of another version of the checklist cannot be set beside it.
    std::string newer = test::readFile(test::kMiniChecklist);
    const std::string version = R"(id="mini" version="1.0")";
    newer.replace(newer.find(version), version.size(), R"(id="mini" version="2.0")");
    const auto newerRow = fixture.repository.storeChecklist(newer, "mini-2.xml");
    storage::NewReview onNewer;
    onNewer.organisationId = westfield;
    onNewer.checklistRowId = newerRow;
    onNewer.info = {"2015", "Westfield 2015", ""};
    fixture.repository.createReview(onNewer);

    // The open review follows the first one of its organisation.
    const storage::RowId second = session.createReview(fixture.organisationId, {"2015-q1", "Next review", ""}, {});
    session.rate("gov-01", Rating::at(2));

    const auto offered = session.comparableReviews();
    REQUIRE(offered.size() == 2);
    CHECK(offered[0].id == first);
    CHECK(offered[0].previous);
    CHECK(offered[0].label == "NHS Example CCG: Board self-review (2014-03-01)");
    CHECK(offered[1].id == other);
    CHECK_FALSE(offered[1].previous);
    CHECK(offered[1].label == "NHS Westfield CCG: Westfield review (2014-05-01)");

    // Beside the other board: gov-01 is 2 here and 3 there.
    const auto withOther = session.comparisonWith(other);
    CHECK(row(withOther, "gov-01").previous == "3");
    CHECK(row(withOther, "gov-01").current == "2");
    CHECK(row(withOther, "gov-01").movement == Movement::Declined);
    const auto withPrevious = session.comparisonWith(first);
    CHECK(row(withPrevious, "gov-01").movement == Movement::Improved);
    CHECK(*withPrevious.overall.previous == Approx(*session.comparison()->overall.previous));
    CHECK(session.review().id == second);
}
