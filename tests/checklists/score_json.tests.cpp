#include "checklists/score_json.hpp"

#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"
#include "builders.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace ccg;
using Json = nlohmann::json;
using Catch::Approx;

namespace {

std::set<std::string> keysOf(const Json& object)
{
    std::set<std::string> keys;
    for (const auto& [key, value] : object.items())
        keys.insert(key);
    return keys;
}

Json scoredMini()
{
    const auto checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    const auto assessment = loadAssessmentOrThrow(CCG_TEST_DATA_DIR "/mini-answers.xml", checklist);
    return Json::parse(scoreJson(checklist, assessment, analyse(checklist, assessment, nullptr, today())));
}

}  // namespace

TEST_CASE("The score JSON has exactly the keys of the specification", "[json]")
{
    // Format 1.0's keys, unchanged, and the keys format 1.1 adds after them (PRODUCT.md §6).
    const auto with = [](std::set<std::string> keys, const std::set<std::string>& added) {
        keys.insert(added.begin(), added.end());
        return keys;
    };
    const Json json = scoredMini();
    CHECK(keysOf(json) == with({"checklist", "organisation", "review", "overall", "completeness", "counts", "domains",
                                "items", "gaps"},
                               {"assurance", "follow_through"}));
    CHECK(keysOf(json["checklist"]) == std::set<std::string>{"id", "version", "title"});
    CHECK(keysOf(json["organisation"]) == std::set<std::string>{"code", "name"});
    CHECK(keysOf(json["review"]) == with({"id", "title", "date"}, {"follows", "signed_off"}));
    CHECK(keysOf(json["overall"]) == std::set<std::string>{"score", "rag"});
    CHECK(keysOf(json["counts"]) == std::set<std::string>{"items", "answered", "not_applicable", "unanswered"});
    CHECK(keysOf(json["domains"][0]) == with({"id", "title", "score", "rag", "items", "answered", "not_applicable",
                                              "unanswered", "critical_below_target"},
                                             {"assurance", "coverage"}));
    CHECK(keysOf(json["items"][0]) == with({"id", "domain", "status", "level", "target", "gap", "priority", "critical",
                                            "spread", "disagreement"},
                                           {"evidence_strength", "meets_standard", "assured"}));
    CHECK(keysOf(json["gaps"][0]) == std::set<std::string>{"item", "domain", "gap", "priority"});
    CHECK(keysOf(json["assurance"]) == std::set<std::string>{"level", "coverage", "chosen"});
    CHECK(keysOf(json["follow_through"]) ==
          std::set<std::string>{"commitments", "done", "partly", "not_done", "superseded", "pending", "rate"});
}

TEST_CASE("The score JSON carries numbers as numbers and missing values as null", "[json]")
{
    const Json json = scoredMini();
    CHECK(json["overall"]["score"].is_number_float());
    CHECK(json["overall"]["score"].get<double>() == Approx((2 * 100.0 / 3 + 50.0) / 3));
    CHECK(json["overall"]["rag"] == "red");
    CHECK(json["completeness"].get<double>() == Approx(100.0));
    CHECK(json["counts"]["not_applicable"] == 1);
    const auto& items = json["items"];
    REQUIRE(items.size() == 4);
    CHECK(items[0]["id"] == "gov-01");
    CHECK(items[0]["level"] == 1);
    CHECK(items[0]["spread"] == 3);
    CHECK(items[0]["disagreement"] == true);
    CHECK(items[0]["priority"].get<double>() == Approx(8.0));
    CHECK(items[2]["status"] == "not_applicable");
    CHECK(items[2]["level"].is_null());
    CHECK(items[2]["gap"].is_null());
    CHECK(items[2]["priority"].is_null());
    CHECK(items[3]["spread"].is_null());
    CHECK(items[3]["target"] == 3);  // the answers file overrides the item's target of 2
    CHECK(json["domains"][0]["critical_below_target"] == 1);
    CHECK(json["gaps"][0]["item"] == "gov-01");
}

TEST_CASE("Organisation and review are null when the file has none, and a null score stays null", "[json]")
{
    using namespace ccg::test;
    const auto list = checklist({domain("d", {item("a")})});
    const auto answers = assessment({naBy("a", "")});
    const Json json = Json::parse(scoreJson(list, answers, analyse(list, answers, nullptr, today())));
    CHECK(json["organisation"].is_null());
    CHECK(json["review"].is_null());
    CHECK(json["overall"]["score"].is_null());
    CHECK(json["overall"]["rag"] == "none");
    CHECK(json["domains"][0]["score"].is_null());
    CHECK(json["gaps"].empty());
}

namespace {

Json jsonOf(const Checklist& list, const Assessment& answers)
{
    return Json::parse(scoreJson(list, answers, analyse(list, answers, nullptr, today())));
}

/// Governance (a critical, b) and engagement (c): a 3 on documented evidence, b 4 on asserted, c N/A.
struct Reviewed {
    Checklist list = test::checklist({test::domain("gov", {test::item("a", 1.0, true), test::item("b")}),
                                      test::domain("eng", {test::item("c")})});
    Assessment answers = test::assessment({test::rated("a", "", 3), test::rated("b", "", 4), test::naBy("c", "")});
    Reviewed()
    {
        answers.evidenceStrengths = {{"a", EvidenceStrength::Documented}, {"b", EvidenceStrength::Asserted},
                                     {"c", EvidenceStrength::Verified}};
    }
};

}  // namespace

TEST_CASE("The score JSON reports each item's evidence, standard and assurance", "[json][assurance][format-1.1]")
{
    const Reviewed review;
    const Json json = jsonOf(review.list, review.answers);
    const auto& items = json["items"];
    CHECK(items[0]["evidence_strength"] == "documented");
    CHECK(items[0]["meets_standard"] == true);
    CHECK(items[0]["assured"] == true);
    CHECK(items[1]["evidence_strength"] == "asserted");
    CHECK(items[1]["meets_standard"] == true);
    CHECK(items[1]["assured"] == false);
    CHECK(items[2]["evidence_strength"] == "verified");  // an N/A item's strength is reported
    CHECK(items[2]["meets_standard"].is_boolean());
    CHECK(items[2]["meets_standard"] == false);  // false, never null
    CHECK(items[2]["assured"] == false);

    const auto& governance = json["domains"][0];
    CHECK(governance["coverage"].is_number());
    CHECK(governance["coverage"].get<double>() == Approx(0.5));
    CHECK(governance["assurance"] == "reasonable");
    CHECK(json["domains"][1]["coverage"].is_null());  // every item N/A
    CHECK(json["domains"][1]["assurance"].is_null());
    CHECK(json["assurance"]["coverage"].get<double>() == Approx(0.5));
    CHECK(json["assurance"]["level"] == "reasonable");
    CHECK(json["assurance"]["chosen"].is_null());
}

TEST_CASE("The score JSON gives none as a level and null where there is nothing to assess",
          "[json][assurance][format-1.1]")
{
    SECTION("no assurance is the level none")
    {
        const auto list = test::checklist({test::domain("d", {test::item("a")})});
        auto answers = test::assessment({test::rated("a", "", 0)});
        answers.assuranceChoice = AssuranceChoice{Assurance::Limited, "Sue Brennan", "2015-03-20"};
        const Json json = jsonOf(list, answers);
        CHECK(json["domains"][0]["assurance"] == "none");
        CHECK(json["domains"][0]["coverage"].get<double>() == Approx(0.0));
        CHECK(json["assurance"]["level"] == "none");
        CHECK(json["assurance"]["chosen"] == "limited");
    }
    SECTION("every item N/A leaves nothing to assess")
    {
        const auto list = test::checklist({test::domain("d", {test::item("a")})});
        const Json json = jsonOf(list, test::assessment({test::naBy("a", "")}));
        CHECK(json["assurance"]["level"].is_null());
        CHECK(json["assurance"]["coverage"].is_null());
        CHECK(json["domains"][0]["assurance"].is_null());
        CHECK(json["items"][0]["evidence_strength"] == "none");
    }
}

TEST_CASE("The score JSON counts commitments by outcome with the follow-through rate",
          "[json][follow-through][format-1.1]")
{
    Reviewed review;
    Json json = jsonOf(review.list, review.answers);
    CHECK(json["follow_through"] == Json{{"commitments", 0}, {"done", 0}, {"partly", 0}, {"not_done", 0},
                                         {"superseded", 0}, {"pending", 0}, {"rate", nullptr}});
    for (const auto outcome : {CommitmentOutcome::Done, CommitmentOutcome::Partly, CommitmentOutcome::NotDone,
                               CommitmentOutcome::NotDone, CommitmentOutcome::Superseded, CommitmentOutcome::Pending})
        review.answers.commitments.push_back({"2014-q1", "a", "", "", outcome, "", "Do it"});
    json = jsonOf(review.list, review.answers);
    const auto& followThrough = json["follow_through"];
    CHECK(followThrough["commitments"] == 6);
    CHECK(followThrough["done"] == 1);
    CHECK(followThrough["partly"] == 1);
    CHECK(followThrough["not_done"] == 2);
    CHECK(followThrough["superseded"] == 1);
    CHECK(followThrough["pending"] == 1);
    CHECK(followThrough["commitments"].is_number_integer());
    CHECK(followThrough["rate"].is_number());
    CHECK(followThrough["rate"].get<double>() == Approx(37.5));
}

TEST_CASE("The score JSON says which review this one follows and whether it is signed off", "[json][format-1.1]")
{
    Reviewed review;
    review.answers.review = ReviewInfo{"2015-q1", "Second review", "2015-03-01"};
    Json json = jsonOf(review.list, review.answers);
    CHECK(json["review"]["follows"].is_null());
    CHECK(json["review"]["signed_off"] == false);
    review.answers.review->follows = "2014-q1";
    review.answers.signOff = SignOff{"2015-03-26", "Board", "GB/15/031", "Dr Asha Patel", "Chair",
                                     "sha256:" + std::string(64, '0')};
    json = jsonOf(review.list, review.answers);
    CHECK(json["review"]["follows"] == "2014-q1");
    CHECK(json["review"]["signed_off"] == true);
    CHECK(json["review"]["id"] == "2015-q1");
}

TEST_CASE("A checklist with assurance off writes the same JSON", "[json][assurance][format-1.1]")
{
    Reviewed review;
    const std::string on = scoreJson(review.list, review.answers, analyse(review.list, review.answers, nullptr, today()));
    review.list.assurance = false;
    review.list.assessedBy = "committee";
    CHECK(scoreJson(review.list, review.answers, analyse(review.list, review.answers, nullptr, today())) == on);
}
