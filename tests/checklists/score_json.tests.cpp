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
    const Json json = scoredMini();
    CHECK(keysOf(json) == std::set<std::string>{"checklist", "organisation", "review", "overall", "completeness",
                                                "counts", "domains", "items", "gaps"});
    CHECK(keysOf(json["checklist"]) == std::set<std::string>{"id", "version", "title"});
    CHECK(keysOf(json["organisation"]) == std::set<std::string>{"code", "name"});
    CHECK(keysOf(json["review"]) == std::set<std::string>{"id", "title", "date"});
    CHECK(keysOf(json["overall"]) == std::set<std::string>{"score", "rag"});
    CHECK(keysOf(json["counts"]) == std::set<std::string>{"items", "answered", "not_applicable", "unanswered"});
    CHECK(keysOf(json["domains"][0]) == std::set<std::string>{"id", "title", "score", "rag", "items", "answered",
                                                              "not_applicable", "unanswered", "critical_below_target"});
    CHECK(keysOf(json["items"][0]) == std::set<std::string>{"id", "domain", "status", "level", "target", "gap",
                                                            "priority", "critical", "spread", "disagreement"});
    CHECK(keysOf(json["gaps"][0]) == std::set<std::string>{"item", "domain", "gap", "priority"});
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
