#include "checklists/assessment_loader.hpp"
#include "checklists/assessment_writer.hpp"
#include "checklists/checklist_loader.hpp"

#include <catch2/catch_test_macros.hpp>

#include <string>

using namespace ccg;

namespace {

const Checklist& mini()
{
    static const Checklist checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    return checklist;
}

AssessmentLoad parsed(const std::string& body, const std::string& header = R"(checklist="mini" checklist-version="1.0")")
{
    return parseAssessment("<assessment " + header + ">\n" + body + "\n</assessment>\n", "answers.xml", mini());
}

}  // namespace

TEST_CASE("The answers example loads with every part kept", "[loader][answers]")
{
    const auto loaded = loadAssessmentFile(CCG_TEST_DATA_DIR "/mini-answers.xml", mini());
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.assessment);
    const auto& assessment = *loaded.assessment;
    CHECK(assessment.organisation == Organisation{"00Q", "NHS Example CCG"});
    CHECK(assessment.review == ReviewInfo{"2014-q1", "Board self-review", "2014-03-01"});
    CHECK(assessment.raters.size() == 2);
    CHECK(assessment.answers.size() == 6);
    CHECK(assessment.findAnswer("gov-01", "chair")->note == "O'Brien & co said \"yes\"");
    CHECK(assessment.findAnswer("eng-02", "") != nullptr);
    CHECK(assessment.findAgreed("gov-02")->rating == Rating::at(2));
    CHECK(assessment.findTarget("eng-02")->level == 3);
    REQUIRE(assessment.actions.size() == 1);
    CHECK(assessment.actions[0].text == "Refresh the register");
    CHECK(assessment.actions[0].status == ActionStatus::Open);
    CHECK(assessment.actions[0].due == "2014-06-30");
}

TEST_CASE("Organisation and review are optional", "[loader][answers]")
{
    const auto loaded = parsed(R"(<answer item="gov-01" level="2"/>)", R"(checklist="mini")");
    REQUIRE(loaded.assessment);
    CHECK_FALSE(loaded.assessment->organisation);
    CHECK_FALSE(loaded.assessment->review);
    CHECK(loaded.warnings.empty());
}

TEST_CASE("A different checklist version is accepted with a warning", "[loader][answers]")
{
    const auto loaded = parsed(R"(<answer item="gov-01" level="2"/>)", R"(checklist="mini" checklist-version="0.9")");
    REQUIRE(loaded.assessment);
    REQUIRE(loaded.warnings.size() == 1);
    CHECK(loaded.warnings[0].message.find("version 0.9") != std::string::npos);
}

TEST_CASE("The anonymous rater may answer beside named raters, who may be declared after their answers",
          "[loader][answers]")
{
    const auto loaded = parsed(R"(<answer item="gov-01" level="2"/>
<answer item="gov-01" rater="late" level="3"/>
<rater id="late" name="Declared later"/>)");
    REQUIRE(loaded.assessment);
    CHECK(loaded.assessment->answers.size() == 2);
}

TEST_CASE("Notes, evidence and action text keep their exact text", "[loader][answers]")
{
    const auto loaded = parsed("<answer item=\"gov-01\" level=\"1\"><note>  line one\nline two &lt;b&gt; &#x1F600; </note>"
                               "<evidence>Minutes, 3 May</evidence></answer>\n"
                               "<action item=\"gov-01\" status=\"in-progress\">Do &amp; review</action>");
    REQUIRE(loaded.assessment);
    CHECK(loaded.assessment->answers[0].note == "  line one\nline two <b> \xF0\x9F\x98\x80 ");
    CHECK(loaded.assessment->answers[0].evidence == "Minutes, 3 May");
    CHECK(loaded.assessment->actions[0].text == "Do & review");
    CHECK(loaded.assessment->actions[0].status == ActionStatus::InProgress);
}

TEST_CASE("Agreed N/A and agreed levels load as ratings", "[loader][answers]")
{
    const auto loaded = parsed(R"(<agreed item="gov-01" na="true"/><agreed item="gov-02" level="0"/>)");
    REQUIRE(loaded.assessment);
    CHECK(loaded.assessment->findAgreed("gov-01")->rating.isNotApplicable());
    CHECK(loaded.assessment->findAgreed("gov-02")->rating == Rating::at(0));
}

TEST_CASE("Every problem of an answers file is reported together and nothing is loaded", "[loader][answers]")
{
    const auto loaded = parsed(R"(<answer item="nope" level="1"/>
<answer item="gov-01" level="9"/>
<agreed item="gov-02"/>)");
    CHECK_FALSE(loaded.assessment);
    REQUIRE(loaded.errors.size() == 3);
    CHECK(loaded.errors[0].line == 2);
    CHECK(loaded.errors[1].line == 3);
    CHECK(loaded.errors[2].line == 4);
}

TEST_CASE("An agreed rating keeps its rationale and each member's dissent, through writing and reading again",
          "[loader][answers][agreement]")
{
    const auto loaded = parsed(R"(<rater id="chair" name="Chair"/><rater id="lay" name="Lay member"/>
<agreed item="gov-01" level="2">
  <rationale>The register exists but is not reviewed &amp; "checked".</rationale>
  <dissent rater="lay">Nothing shows it is used.</dissent>
  <dissent rater="chair"></dissent>
</agreed>
<agreed item="gov-02" na="true"/>)");
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.assessment);
    const auto& agreed = loaded.assessment->agreed;
    REQUIRE(agreed.size() == 2);
    CHECK(agreed[0].rationale == "The register exists but is not reviewed & \"checked\".");
    CHECK(agreed[0].dissent == std::vector<Dissent>{{"lay", "Nothing shows it is used."}, {"chair", ""}});
    CHECK(agreed[1].rationale.empty());
    CHECK(agreed[1].dissent.empty());

    const auto again = parseAssessment(writeAssessmentXml(*loaded.assessment), "again.xml", mini());
    REQUIRE(again.assessment);
    CHECK(*again.assessment == *loaded.assessment);
}
