// The Compare page's comparison: the open review beside any number of stored reviews of its
// checklist, added and removed by the user, tabled as compare-stored tables them.
#include "csv_reader.hpp"
#include "process_runner.hpp"
#include "session_support.hpp"

#include "app/session/comparison.hpp"
#include "checklists/side_by_side.hpp"
#include "reports/atomic_file.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace ccg;
using Catch::Approx;

namespace {

/// A review of another organisation, rated `level` on gov-01 (and eng-01 when given); the open
/// review stays open.
storage::RowId otherBoard(test::SessionWithReview& fixture, const std::string& code, const std::string& name,
                          int level, std::optional<int> engagement = std::nullopt)
{
    auto& session = fixture.session;
    const storage::RowId open = session.review().id;
    const auto organisation = session.createOrganisation({code, name});
    const auto review = session.createReview(organisation, {"2014", name + " review", "2014-05-01"}, {});
    session.rate("gov-01", Rating::at(level));
    if (engagement)
        session.rate("eng-01", Rating::at(*engagement));
    session.openReview(open);
    return review;
}

std::vector<storage::RowId> ids(const std::vector<session::ComparableReview>& reviews)
{
    std::vector<storage::RowId> result;
    for (const auto& review : reviews)
        result.push_back(review.id);
    return result;
}

/// Every figure of two tables, one review column at a time.
void checkSameTable(const SideBySide& shown, const SideBySide& expected)
{
    REQUIRE(shown.labels == expected.labels);
    REQUIRE(shown.domains.size() == expected.domains.size());
    REQUIRE(shown.items.size() == expected.items.size());
    for (std::size_t review = 0; review < expected.labels.size(); ++review) {
        CAPTURE(review);
        CHECK(shown.completeness[review] == Approx(expected.completeness[review]));
        CHECK(shown.overall.scores[review] == expected.overall.scores[review]);
        CHECK(shown.overall.rags[review] == expected.overall.rags[review]);
        for (std::size_t d = 0; d < expected.domains.size(); ++d) {
            CHECK(shown.domains[d].scores[review] == expected.domains[d].scores[review]);
            CHECK(shown.domains[d].rags[review] == expected.domains[d].rags[review]);
        }
        for (std::size_t i = 0; i < expected.items.size(); ++i) {
            CHECK(shown.items[i].levels[review] == expected.items[i].levels[review]);
            CHECK(shown.items[i].statuses[review] == expected.items[i].statuses[review]);
        }
    }
    CHECK(shown.overall.range == expected.overall.range);
    for (std::size_t i = 0; i < expected.items.size(); ++i)
        CHECK(shown.items[i].spread == expected.items[i].spread);
}

}  // namespace

TEST_CASE("The reviews to compare with: the previous one first, then the same checklist's from any organisation",
          "[session][compare]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.rate("gov-01", Rating::at(1));
    const storage::RowId first = fixture.reviewId;
    const storage::RowId westfield = otherBoard(fixture, "88W", "NHS Westfield CCG", 3);

    // A review of another version of the checklist cannot be set beside it.
    std::string newer = test::readFile(test::kMiniChecklist);
    const std::string version = R"(id="mini" version="1.0")";
    newer.replace(newer.find(version), version.size(), R"(id="mini" version="2.0")");
    storage::NewReview onNewer;
    onNewer.organisationId = fixture.organisationId;
    onNewer.checklistRowId = fixture.repository.storeChecklist(newer, "mini-2.xml");
    onNewer.info = {"2015", "On version 2", ""};
    fixture.repository.createReview(onNewer);
    // Nor can a blind review whose ratings are still hidden: its scores would show them.
    storage::NewReview blind;
    blind.organisationId = fixture.organisationId;
    blind.checklistRowId = session.review().checklistRowId;
    blind.info = {"2014-blind", "Blind and not revealed", ""};
    blind.blind = true;
    fixture.repository.createReview(blind);

    // The open review follows the first one of its organisation.
    const storage::RowId second = session.createReview(fixture.organisationId, {"2015-q1", "Next review", ""}, {});
    const auto offered = session.comparableReviews();
    REQUIRE(offered.size() == 2);
    CHECK(offered[0].id == first);
    CHECK(offered[0].previous);
    CHECK(offered[0].label == "NHS Example CCG: Board self-review (2014-03-01)");
    CHECK(offered[1].id == westfield);
    CHECK_FALSE(offered[1].previous);
    CHECK(offered[1].label == "NHS Westfield CCG: NHS Westfield CCG review (2014-05-01)");
    CHECK(session.review().id == second);
}

TEST_CASE("The comparison starts with the previous review beside the open one", "[session][compare]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.rate("gov-01", Rating::at(1));
    otherBoard(fixture, "88W", "NHS Westfield CCG", 3);
    session::Comparison comparison(session);

    SECTION("a review without a previous one stands alone, every other review addable")
    {
        comparison.refresh();
        CHECK(comparison.added().empty());
        CHECK(comparison.addable().size() == 1);
        const SideBySide table = comparison.table();
        REQUIRE(table.labels.size() == 1);
        CHECK(table.labels[0] == "NHS Example CCG: Board self-review");
    }
    SECTION("the next review of the organisation starts beside the one it follows")
    {
        session.createReview(fixture.organisationId, {"2015-q1", "Next review", ""}, fixture.reviewId);
        session.rate("gov-01", Rating::at(3));
        comparison.refresh();
        REQUIRE(comparison.added().size() == 1);
        CHECK(comparison.added()[0].id == fixture.reviewId);
        const SideBySide table = comparison.table();
        REQUIRE(table.labels.size() == 2);
        CHECK(table.labels[0] == "NHS Example CCG: Next review");
        CHECK(table.items[0].levels == std::vector<std::optional<int>>{3, 1});
        CHECK(table.items[0].spread == 2);
        // The open review's edits show at once; the columns stay.
        session.rate("gov-01", Rating::at(4));
        comparison.refresh();
        CHECK(comparison.added().size() == 1);
        CHECK(comparison.table().items[0].levels[0] == 4);
    }
}

TEST_CASE("Three reviews beside the open one are tabled as compare-stored tables them", "[session][compare]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.rate("gov-01", Rating::at(1));
    session.rate("eng-01", Rating::notApplicable());
    const auto west = otherBoard(fixture, "88W", "NHS Westfield CCG", 3, 2);
    const auto east = otherBoard(fixture, "77E", "NHS Eastfield CCG", 4);
    const auto south = otherBoard(fixture, "66S", "NHS Southfield CCG", 0, 4);
    session::Comparison comparison(session);
    comparison.refresh();
    for (const auto id : {south, west, east})
        REQUIRE(comparison.add(id));
    CHECK(ids(comparison.added()) == std::vector<storage::RowId>{south, west, east});

    std::vector<ReviewToCompare> expected{{"", session.assessment()}};
    for (const auto id : {south, west, east})
        expected.push_back({"", fixture.repository.loadReview(id).assessment});
    const SideBySide shown = comparison.table();
    checkSameTable(shown, compareSideBySide(session.checklist(), expected));
    CHECK(shown.labels[1] == "NHS Southfield CCG: NHS Southfield CCG review");
    CHECK(shown.items[0].levels == std::vector<std::optional<int>>{1, 0, 3, 4});
    CHECK(shown.items[0].spread == 4);

    // Removing the middle column keeps the others in their order.
    REQUIRE(comparison.remove(west));
    CHECK(ids(comparison.added()) == std::vector<storage::RowId>{south, east});
    CHECK(comparison.table().items[0].levels == std::vector<std::optional<int>>{1, 0, 4});
    CHECK(ids(comparison.addable()) == std::vector<storage::RowId>{west});
}

TEST_CASE("Only comparable reviews are added, each once, and only added ones removed", "[session][compare]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    const auto west = otherBoard(fixture, "88W", "NHS Westfield CCG", 3);
    session::Comparison comparison(session);
    comparison.refresh();

    CHECK(comparison.add(west));
    CHECK_FALSE(comparison.add(west));                // already a column
    CHECK_FALSE(comparison.add(fixture.reviewId));    // the open review is always a column
    CHECK_FALSE(comparison.add(987654));              // no such review
    CHECK(comparison.added().size() == 1);
    CHECK(comparison.addable().empty());
    CHECK_FALSE(comparison.remove(fixture.reviewId));
    CHECK_FALSE(comparison.remove(987654));
    CHECK(comparison.remove(west));
    CHECK_FALSE(comparison.remove(west));
    CHECK(comparison.table().labels.size() == 1);

    SECTION("a review deleted meanwhile leaves the comparison")
    {
        REQUIRE(comparison.add(west));
        session.deleteReview(west);
        comparison.refresh();
        CHECK(comparison.added().empty());
        CHECK(comparison.table().labels.size() == 1);
    }
    SECTION("another review opened starts afresh")
    {
        REQUIRE(comparison.add(west));
        session.openReview(west);
        comparison.refresh();
        CHECK(comparison.added().empty());
        REQUIRE(comparison.addable().size() == 1);
        CHECK(comparison.addable()[0].id == fixture.reviewId);
    }
}

TEST_CASE("A comparison holds at most kMaxComparedReviews reviews", "[session][compare]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    for (std::size_t i = 0; i < kMaxComparedReviews; ++i) {
        storage::NewReview review;
        review.organisationId = fixture.organisationId;
        review.checklistRowId = session.review().checklistRowId;
        review.info = {"other-" + std::to_string(i), "Other " + std::to_string(i), ""};
        fixture.repository.createReview(review);
    }
    session::Comparison comparison(session);
    comparison.refresh();
    REQUIRE(comparison.addable().size() == kMaxComparedReviews);
    std::size_t added = 0;
    for (const auto& review : comparison.addable())
        added += comparison.add(review.id);
    CHECK(added == kMaxComparedReviews - 1);
    CHECK(comparison.full());
    CHECK(comparison.table().labels.size() == kMaxComparedReviews);
    CHECK(comparison.remove(comparison.added().front().id));
    CHECK_FALSE(comparison.full());
}

TEST_CASE("The comparison is saved as CSV or, by its name, as a workbook, whole or not at all", "[session][compare]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.rate("gov-01", Rating::at(2));
    const auto hostile = otherBoard(fixture, "66H", "=cmd|' /C calc'!A0", 1);
    session::Comparison comparison(session);
    comparison.refresh();
    REQUIRE(comparison.add(hostile));
    const SideBySide table = comparison.table();
    test::TempDir dir;

    const auto save = [&](const std::string& name) {
        session::saveComparison(session.checklist(), table, session::comparisonFormat(name), name);
    };
    save(dir.file("compare.csv"));
    const auto csv = test::parseCsv(test::readFile(dir.file("compare.csv")));
    REQUIRE(csv);
    REQUIRE(csv->front().size() == 3 + 2 + 1);
    CHECK(csv->front()[4] == "'=cmd|' /C calc'!A0: =cmd|' /C calc'!A0 review");

    save(dir.file("compare.XLSX"));
    CHECK(test::readFile(dir.file("compare.XLSX")).rfind("PK", 0) == 0);

    // A folder that is not there: nothing written, the reason thrown.
    CHECK_THROWS_AS(save(dir.file("missing/compare.csv")), reports::ReportWriteError);
    CHECK(session::comparisonFormat("a.xlsx") == session::ComparisonFormat::Xlsx);
    CHECK(session::comparisonFormat("a.xlsx.csv") == session::ComparisonFormat::Csv);
    CHECK(session::comparisonFormat("xlsx") == session::ComparisonFormat::Csv);
    CHECK_FALSE(std::filesystem::exists(dir.file("missing")));
}
