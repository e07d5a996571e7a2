#include "checklists/side_by_side.hpp"

#include "checklists/side_by_side_json.hpp"
#include "builders.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

using namespace ccg;
using namespace ccg::test;
using Catch::Approx;
using Json = nlohmann::json;

namespace {

// Two domains: "a" with items a1 and a2, "b" with b1 alone.
Checklist twoDomains()
{
    return checklist({domain("a", {item("a1"), item("a2")}), domain("b", {item("b1")})});
}

Assessment named(Assessment made, const std::string& organisation, const std::string& review)
{
    made.organisation = Organisation{"00Q", organisation};
    made.review = ReviewInfo{"r", review, ""};
    return made;
}

std::vector<ReviewToCompare> threeBoards()
{
    return {
        {"north.xml", named(assessment({rated("a1", "x", 4), rated("a2", "x", 2), rated("b1", "x", 1)}), "North CCG", "2014")},
        {"south.xml", named(assessment({rated("a1", "x", 1), naBy("a2", "x"), naBy("b1", "x")}), "South CCG", "2014")},
        {"east.xml", assessment({rated("a1", "x", 2)})},
    };
}

}  // namespace

TEST_CASE("Side by side, each review keeps the scores it has on its own", "[side-by-side]")
{
    const Checklist list = twoDomains();
    const auto reviews = threeBoards();
    const SideBySide table = compareSideBySide(list, reviews);
    REQUIRE(table.labels.size() == 3);
    REQUIRE(table.domains.size() == 2);
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        CAPTURE(i);
        const ScoreResult alone = score(list, reviews[i].assessment);
        CHECK(table.completeness[i] == Approx(alone.completeness));
        CHECK(table.overall.scores[i] == alone.overall);
        CHECK(table.overall.rags[i] == alone.overallRag);
        for (std::size_t d = 0; d < 2; ++d) {
            CHECK(table.domains[d].scores[i] == alone.domains[d].score);
            CHECK(table.domains[d].rags[i] == alone.domains[d].rag);
        }
        for (std::size_t item = 0; item < 3; ++item) {
            CHECK(table.items[item].statuses[i] == alone.itemScores[item].status);
            CHECK(table.items[item].levels[i] == alone.itemScores[item].level);
        }
    }
    CHECK(table.domains[0].id == "a");
    CHECK(table.items[2].itemId == "b1");
    CHECK(table.items[2].domainId == "b");
}

TEST_CASE("The range of a row and the spread of an item leave out reviews without a value", "[side-by-side]")
{
    const SideBySide table = compareSideBySide(twoDomains(), threeBoards());
    // Domain b: North 25%, South all N/A (no score), East unanswered (0%).
    REQUIRE(table.domains[1].scores[0]);
    CHECK_FALSE(table.domains[1].scores[1]);
    CHECK(table.domains[1].range == Approx(*table.domains[1].scores[0] - *table.domains[1].scores[2]));
    // a1 at 4, 1 and 2; a2 at 2, N/A and unanswered: one level only, so no spread.
    CHECK(table.items[0].spread == 3);
    CHECK_FALSE(table.items[1].spread);
    CHECK(table.items[1].statuses[1] == ItemStatus::NotApplicable);
    CHECK(table.items[1].statuses[2] == ItemStatus::Unanswered);

    const SideBySide alone = compareSideBySide(twoDomains(), {threeBoards().front()});
    CHECK_FALSE(alone.overall.range);
    CHECK_FALSE(alone.items[0].spread);
}

TEST_CASE("Reviews are named by organisation and review, else by their fallback, and never alike", "[side-by-side]")
{
    Assessment bare = assessment();
    CHECK(reviewLabel(bare, "east.xml") == "east.xml");
    CHECK(reviewLabel(named(bare, "North CCG", "2014"), "x") == "North CCG: 2014");
    CHECK(reviewLabel(named(bare, "North CCG", ""), "x") == "North CCG");
    Assessment codeOnly = bare;
    codeOnly.organisation = Organisation{"00Q", ""};
    CHECK(reviewLabel(codeOnly, "x") == "00Q");

    auto reviews = threeBoards();
    reviews.push_back(reviews[0]);
    reviews.push_back(reviews[2]);
    reviews.push_back(reviews[0]);
    const SideBySide table = compareSideBySide(twoDomains(), reviews);
    CHECK(table.labels == std::vector<std::string>{"North CCG: 2014", "South CCG: 2014", "east.xml",
                                                   "North CCG: 2014 (2)", "east.xml (2)", "North CCG: 2014 (3)"});

    // A label that already ends in a number is not given to another review.
    std::vector<ReviewToCompare> clash{{"a", assessment()}, {"a", assessment()}, {"a (2)", assessment()}};
    CHECK(compareSideBySide(twoDomains(), clash).labels == std::vector<std::string>{"a", "a (3)", "a (2)"});
}

TEST_CASE("The comparison JSON holds one entry per review in every row, null where there is no value",
          "[side-by-side][json]")
{
    const Checklist list = twoDomains();
    const SideBySide table = compareSideBySide(list, threeBoards());
    const Json json = Json::parse(sideBySideJson(list, table));
    CHECK(json["checklist"]["id"] == "test");
    REQUIRE(json["reviews"].size() == 3);
    CHECK(json["reviews"][0]["label"] == "North CCG: 2014");
    CHECK(json["reviews"][1]["completeness"].get<double>() == Approx(table.completeness[1]));
    CHECK(json["overall"]["scores"].size() == 3);
    REQUIRE(json["domains"].size() == 2);
    CHECK(json["domains"][1]["scores"][1].is_null());
    CHECK(json["domains"][1]["rags"][1] == "none");
    CHECK(json["domains"][1]["range"].get<double>() == Approx(*table.domains[1].range));
    REQUIRE(json["items"].size() == 3);
    CHECK(json["items"][0]["levels"] == Json::array({4, 1, 2}));
    CHECK(json["items"][1]["statuses"] == Json::array({"answered", "not_applicable", "unanswered"}));
    CHECK(json["items"][1]["spread"].is_null());
}
