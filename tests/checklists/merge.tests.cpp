#include "checklists/merge.hpp"

#include "checklists/assessment_loader.hpp"
#include "checklists/assessment_writer.hpp"
#include "checklists/checklist_loader.hpp"
#include "builders.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::test;

namespace {

Assessment raterFile(const std::string& rater, int level)
{
    auto made = assessment({rated("a", rater, level)});
    made.organisation = Organisation{"00Q", "NHS Example CCG"};
    made.review = ReviewInfo{"2014-q1", "Board self-review", "2014-03-01"};
    return made;
}

}  // namespace

TEST_CASE("Merging raters' files combines their raters and answers", "[merge]")
{
    const auto result = mergeAssessments({{"chair.xml", raterFile("chair", 3)}, {"ao.xml", raterFile("ao", 1)}});
    REQUIRE(result.merged);
    CHECK(result.conflicts.empty());
    CHECK(result.merged->raters.size() == 2);
    CHECK(result.merged->answers.size() == 2);
    CHECK(result.merged->organisation->code == "00Q");
}

TEST_CASE("Identical duplicates are kept once", "[merge]")
{
    const auto result = mergeAssessments({{"one.xml", raterFile("chair", 3)}, {"copy.xml", raterFile("chair", 3)}});
    REQUIRE(result.merged);
    CHECK(result.merged->answers.size() == 1);
    CHECK(result.merged->raters.size() == 1);
}

TEST_CASE("Conflicting duplicates are refused with a message naming the file and the item", "[merge]")
{
    SECTION("the same rater answers differently")
    {
        const auto result = mergeAssessments({{"one.xml", raterFile("chair", 3)}, {"two.xml", raterFile("chair", 2)}});
        CHECK_FALSE(result.merged);
        REQUIRE(result.conflicts.size() == 1);
        CHECK(result.conflicts[0].file == "two.xml");
        CHECK(result.conflicts[0].message.find("rater 'chair' to item 'a'") != std::string::npos);
    }
    SECTION("files of different reviews")
    {
        auto other = raterFile("ao", 1);
        other.review->id = "2015-q1";
        const auto result = mergeAssessments({{"one.xml", raterFile("chair", 3)}, {"other.xml", other}});
        CHECK_FALSE(result.merged);
        CHECK(result.conflicts.at(0).message.find("the review differs") != std::string::npos);
    }
    SECTION("different agreed ratings for one item")
    {
        auto first = raterFile("chair", 3);
        first.agreed.push_back({"a", Rating::at(2)});
        auto second = raterFile("ao", 3);
        second.agreed.push_back({"a", Rating::notApplicable()});
        CHECK_FALSE(mergeAssessments({{"1.xml", first}, {"2.xml", second}}).merged);
    }
}

TEST_CASE("A written answers file loads back to the same assessment", "[writer]")
{
    const auto checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    auto original = loadAssessmentOrThrow(CCG_TEST_DATA_DIR "/mini-answers.xml", checklist);
    original.answers[0].note = "Quotes \" ' & <tags> \n second line\ttab \xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";
    original.answers[1].evidence = "  leading and trailing spaces  ";
    original.raters[0].name = "O'Neil \"Chair\" <&>\nnewline";
    original.actions[0].text = "]]> and <![CDATA[";
    const auto reloaded = parseAssessment(writeAssessmentXml(original), "written.xml", checklist);
    REQUIRE(reloaded.errors.empty());
    REQUIRE(reloaded.assessment);
    CHECK(*reloaded.assessment == original);
}

TEST_CASE("Control characters XML cannot carry are replaced, so the written file still loads", "[writer]")
{
    const auto checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    auto original = loadAssessmentOrThrow(CCG_TEST_DATA_DIR "/mini-answers.xml", checklist);
    original.answers[0].note = std::string("bell\x07 escape\x1b");
    const auto reloaded = parseAssessment(writeAssessmentXml(original), "written.xml", checklist);
    REQUIRE(reloaded.assessment);
    CHECK(reloaded.assessment->answers[0].note == "bell\xEF\xBF\xBD escape\xEF\xBF\xBD");
}

TEST_CASE("Merging keeps evidence strengths, the assurance choice and commitments, each once",
          "[merge][format-1.1]")
{
    auto chair = raterFile("chair", 3);
    chair.evidenceStrengths = {{"a", EvidenceStrength::Documented}};
    chair.assuranceChoice = AssuranceChoice{Assurance::Limited, "Sue", "2014-03-20"};
    chair.commitments = {{"2013-q4", "a", "", "", CommitmentOutcome::Done, "", "Publish it"}};
    auto ao = raterFile("ao", 1);
    ao.commitments = chair.commitments;
    ao.commitments.push_back({"2013-q4", "", "", "", CommitmentOutcome::Pending, "", "Ask the public"});
    const auto result = mergeAssessments({{"chair.xml", chair}, {"ao.xml", ao}});
    REQUIRE(result.merged);
    CHECK(result.merged->evidenceStrengths == chair.evidenceStrengths);
    CHECK(result.merged->assuranceChoice == chair.assuranceChoice);
    CHECK(result.merged->commitments == ao.commitments);

    SECTION("a different evidence strength for an item is a conflict")
    {
        ao.evidenceStrengths = {{"a", EvidenceStrength::Verified}};
        const auto conflict = mergeAssessments({{"chair.xml", chair}, {"ao.xml", ao}});
        CHECK_FALSE(conflict.merged);
        REQUIRE(conflict.conflicts.size() == 1);
        CHECK(conflict.conflicts[0].str() == "ao.xml:1: the evidence strength of item 'a' differs from an earlier file");
    }
    SECTION("a different assurance choice is a conflict")
    {
        ao.assuranceChoice = AssuranceChoice{Assurance::Reasonable, "Sue", "2014-03-20"};
        const auto conflict = mergeAssessments({{"chair.xml", chair}, {"ao.xml", ao}});
        CHECK_FALSE(conflict.merged);
        REQUIRE(conflict.conflicts.size() == 1);
        CHECK(conflict.conflicts[0].message.find("the assurance choice differs") == 0);
    }
    SECTION("a signed-off file is not merged")
    {
        ao.signOff = SignOff{"2014-03-26", "Board", "GB/1", "Chair", "Chair", "sha256:" + std::string(64, '0')};
        const auto conflict = mergeAssessments({{"chair.xml", chair}, {"ao.xml", ao}});
        CHECK_FALSE(conflict.merged);
        REQUIRE(conflict.conflicts.size() == 1);
        CHECK(conflict.conflicts[0].str() ==
              "ao.xml:1: is signed off; an approved review cannot be merged into another file");
    }
}
