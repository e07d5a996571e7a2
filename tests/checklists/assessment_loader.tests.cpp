#include "checklists/assessment_loader.hpp"
#include "checklists/assessment_writer.hpp"
#include "checklists/checklist_loader.hpp"
#include "checklists/sign_off_fingerprint.hpp"
#include "checklists/text_rules.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace ccg;

namespace {

const Checklist& mini()
{
    static const Checklist checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    return checklist;
}

constexpr const char* kHeader = R"(checklist="mini" checklist-version="1.0")";

AssessmentLoad parsed(const std::string& body, const std::string& header = kHeader)
{
    return parseAssessment("<assessment " + header + ">\n" + body + "\n</assessment>\n", "answers.xml", mini());
}

/// Text holding a <sign-off>, its fingerprint filled in so that it is the file approved.
std::string signedText(const std::string& text)
{
    return withSignOffFingerprint(text, "answers.xml");
}

AssessmentLoad parsedSigned(const std::string& body, const std::string& header = kHeader)
{
    return parseAssessment(signedText("<assessment " + header + ">\n" + body + "\n</assessment>\n"), "answers.xml",
                           mini());
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

namespace {

const std::string kFingerprint = "sha256:" + std::string(32, 'a') + "0123456789abcdef0123456789abcdef";
const std::string kSignOff = R"(<sign-off date="2015-03-26" meeting="Board meeting in public" minute="GB/15/031" )"
                             R"(approver="Dr Asha Patel" role="Chair" fingerprint=")" +
                             kFingerprint + R"("/>)";

std::string repeated(const std::string& text, std::size_t times)
{
    std::string out;
    for (std::size_t i = 0; i < times; ++i)
        out += text;
    return out;
}

/// `text` with its first `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("Follows, sign-off, evidence strength, the assurance choice and commitments are read as written, "
          "and written back the same",
          "[loader][answers][format-1.1]")
{
    const auto loaded = parsedSigned(R"(<organisation code="00Q" name="NHS Example CCG"/>
<review id="2015-q1" title="Second review" date="2015-03-01" follows="2014-q1"/>
)" + kSignOff + R"(
<commitment from-review="2014-q1" item="gov-01" owner="Board secretary" due="2014-06-30" outcome="partly"
            remark="Register refreshed &amp; &quot;checked&quot;, not yet reviewed">Refresh the register</commitment>
<evidence-strength item="gov-01" value="documented"/>
<evidence-strength item="gov-02" value="verified"/>
<evidence-strength item="eng-01" value="asserted"/>
<assurance-choice level="reasonable" by="Sue Brennan" date="2015-03-20"/>
<commitment from-review="2014-q1" item="gone-99" outcome="superseded">An item this version dropped</commitment>
<commitment from-review="2013-q4">No item, no owner, no outcome</commitment>
<commitment from-review="2014-q1" item="gov-01" outcome="not-done">A second commitment on one item</commitment>)");
    INFO((loaded.errors.empty() ? std::string() : loaded.errors.front().str()));
    REQUIRE(loaded.assessment);
    const Assessment& assessment = *loaded.assessment;
    CHECK(assessment.review->follows == "2014-q1");
    CHECK(loaded.signOffLine == 4);
    REQUIRE(assessment.signOff);
    CHECK(assessment.signOff->fingerprint != kFingerprint);  // filled in for the text read
    CHECK(assessment.signOff ==
          SignOff{"2015-03-26", "Board meeting in public", "GB/15/031", "Dr Asha Patel", "Chair",
                  assessment.signOff->fingerprint});
    CHECK(assessment.evidenceStrengths ==
          std::vector<ItemEvidenceStrength>{{"gov-01", EvidenceStrength::Documented},
                                            {"gov-02", EvidenceStrength::Verified},
                                            {"eng-01", EvidenceStrength::Asserted}});
    CHECK(assessment.evidenceStrength("gov-02") == EvidenceStrength::Verified);
    CHECK(assessment.evidenceStrength("eng-02") == EvidenceStrength::None);
    CHECK(assessment.assuranceChoice == AssuranceChoice{Assurance::Reasonable, "Sue Brennan", "2015-03-20"});
    REQUIRE(assessment.commitments.size() == 4);
    CHECK(assessment.commitments[0] == Commitment{"2014-q1", "gov-01", "Board secretary", "2014-06-30",
                                                  CommitmentOutcome::Partly,
                                                  "Register refreshed & \"checked\", not yet reviewed",
                                                  "Refresh the register"});
    CHECK(assessment.commitments[1].item == "gone-99");
    CHECK(assessment.commitments[1].outcome == CommitmentOutcome::Superseded);
    CHECK(assessment.commitments[2] ==
          Commitment{"2013-q4", "", "", "", CommitmentOutcome::Pending, "", "No item, no owner, no outcome"});
    CHECK(assessment.commitments[3].outcome == CommitmentOutcome::NotDone);

    // Written anew, the text is another one: it is the one approved only with its own fingerprint.
    const std::string written = writeAssessmentXml(assessment);
    const auto rewritten = parseAssessment(written, "again.xml", mini());
    CHECK_FALSE(rewritten.assessment);
    REQUIRE(rewritten.errors.size() == 1);
    CHECK(rewritten.errors.front().message == "the file was changed after it was approved");
    const auto again = parseAssessment(signedText(written), "again.xml", mini());
    REQUIRE(again.assessment);
    Assessment expected = assessment;
    expected.signOff->fingerprint = again.assessment->signOff->fingerprint;
    CHECK(*again.assessment == expected);
    // Written in the order of PRODUCT.md §4, whatever the order read.
    std::vector<std::size_t> positions;
    for (const auto* tag : {"<organisation", "<review", "<sign-off", "<evidence-strength", "<assurance-choice",
                            "<commitment"})
        positions.push_back(written.find(tag));
    CHECK(std::is_sorted(positions.begin(), positions.end()));
    CHECK(positions.back() != std::string::npos);
}

TEST_CASE("A file without the 1.1 elements stays valid, means the same and is written without them",
          "[loader][answers][format-1.1]")
{
    const auto loaded = loadAssessmentFile(CCG_TEST_DATA_DIR "/mini-answers.xml", mini());
    REQUIRE(loaded.assessment);
    CHECK(loaded.signOffLine == 0);
    CHECK(loaded.assessment->review->follows.empty());
    CHECK_FALSE(loaded.assessment->signOff);
    CHECK(loaded.assessment->evidenceStrengths.empty());
    CHECK_FALSE(loaded.assessment->assuranceChoice);
    CHECK(loaded.assessment->commitments.empty());
    const std::string written = writeAssessmentXml(*loaded.assessment);
    for (const auto* word : {"follows", "sign-off", "evidence-strength", "assurance-choice", "commitment"})
        CHECK(written.find(word) == std::string::npos);
    const auto again = parseAssessment(written, "again.xml", mini());
    REQUIRE(again.assessment);
    CHECK(*again.assessment == *loaded.assessment);
}

TEST_CASE("An evidence strength of none means the same as no element", "[loader][answers][format-1.1]")
{
    const auto withNone = parsed(R"(<answer item="gov-01" level="2"/><evidence-strength item="gov-01" value="none"/>)");
    const auto without = parsed(R"(<answer item="gov-01" level="2"/>)");
    REQUIRE(withNone.assessment);
    REQUIRE(without.assessment);
    CHECK(*withNone.assessment == *without.assessment);
    CHECK(withNone.assessment->evidenceStrength("gov-01") == EvidenceStrength::None);
}

TEST_CASE("A sign-off may stand without a review, and an element may come in any order", "[loader][answers][format-1.1]")
{
    const auto loaded = parsedSigned(R"(<assurance-choice level="none" by="Sue" date="2015-03-20"/>)" "\n" + kSignOff +
                                   R"(<evidence-strength item="eng-02" value="asserted"/><answer item="eng-02" level="1"/>)",
                               R"(checklist="mini")");
    REQUIRE(loaded.assessment);
    CHECK_FALSE(loaded.assessment->review);
    REQUIRE(loaded.assessment->signOff);
    CHECK(loaded.signOffLine == 3);
    CHECK(loaded.assessment->assuranceChoice->level == Assurance::None);
}

TEST_CASE("A remark counts characters after decoding: 2,000 are allowed, 2,001 are not",
          "[loader][answers][format-1.1]")
{
    auto [remark, chars] = GENERATE(table<std::string, std::size_t>({
        {std::string(2000, 'x'), 2000},
        {repeated("\xC3\xA9", 2000), 2000},            // 4,000 bytes
        {std::string(1999, 'x') + "&amp;", 2000},      // an entity is one character
        {repeated("&#x1F600;", 2000), 2000},           // 8,000 bytes once decoded
        {std::string(2001, 'x'), 2001},
        {repeated("\xC3\xA9", 2001), 2001},
        {std::string(2000, 'x') + "&lt;", 2001},
    }));
    const auto loaded = parsed(R"(<commitment from-review="r" remark=")" + remark + R"(">t</commitment>)");
    if (chars <= 2000) {
        REQUIRE(loaded.assessment);
        CHECK(countChars(loaded.assessment->commitments.at(0).remark) == chars);
    } else {
        CHECK_FALSE(loaded.assessment);
        REQUIRE(loaded.errors.size() == 1);
        CHECK(loaded.errors[0].str() == "answers.xml:2: <commitment> remark holds 2001 characters; at most 2000 are allowed");
    }
}

TEST_CASE("Every rule of the 1.1 answers elements is enforced with its line and message",
          "[loader][answers][format-1.1][validation]")
{
    const std::string strength = R"(<evidence-strength item="gov-01" value="documented"/>)";
    const std::string choice = R"(<assurance-choice level="reasonable" by="Sue Brennan" date="2015-03-20"/>)";
    const std::string commitment = R"(<commitment from-review="2014-q1" item="gov-01">Do it</commitment>)";
    auto [body, message] = GENERATE_COPY(table<std::string, std::string>({
        // follows
        {R"(<review id="r" follows=""/>)",
         "2: <review> attribute follows must name the review this one follows on from; leave it out when there is none"},
        // evidence-strength
        {replaced(strength, "gov-01", "gov-99"),
         "2: <evidence-strength> names item 'gov-99', which the checklist does not have"},
        {replaced(strength, R"(item="gov-01" )", ""), "2: <evidence-strength> is missing required attribute 'item'"},
        {replaced(strength, R"( value="documented")", ""), "2: <evidence-strength> is missing required attribute 'value'"},
        {replaced(strength, "documented", "Documented"),
         "2: <evidence-strength> value \"Documented\" must be none, asserted, documented or verified"},
        {replaced(strength, "documented", "strong"),
         "2: <evidence-strength> value \"strong\" must be none, asserted, documented or verified"},
        {strength + "\n" + strength, "3: item 'gov-01' has more than one <evidence-strength>"},
        {replaced(strength, "documented", "none") + "\n" + strength,
         "3: item 'gov-01' has more than one <evidence-strength>"},
        {replaced(strength, "/>", R"( level="3"/>)"), "2: <evidence-strength> has unknown attribute 'level'"},
        {replaced(strength, "/>", ">strong</evidence-strength>"), "2: unexpected text inside <evidence-strength>"},
        // assurance-choice
        {replaced(choice, "reasonable", "Reasonable"),
         "2: <assurance-choice> level \"Reasonable\" must be substantial, reasonable, limited or none"},
        {replaced(choice, "reasonable", "high"),
         "2: <assurance-choice> level \"high\" must be substantial, reasonable, limited or none"},
        {replaced(choice, R"(level="reasonable" )", ""), "2: <assurance-choice> is missing required attribute 'level'"},
        {replaced(choice, R"( by="Sue Brennan")", ""), "2: <assurance-choice> is missing required attribute 'by'"},
        {replaced(choice, "Sue Brennan", ""), "2: <assurance-choice> attribute by must not be empty"},
        {replaced(choice, R"( date="2015-03-20")", ""), "2: <assurance-choice> is missing required attribute 'date'"},
        {replaced(choice, "2015-03-20", "2015-02-29"),
         "2: <assurance-choice> attribute date=\"2015-02-29\" is not a real date written YYYY-MM-DD"},
        {replaced(choice, "2015-03-20", "20/03/2015"),
         "2: <assurance-choice> attribute date=\"20/03/2015\" is not a real date written YYYY-MM-DD"},
        {choice + "\n" + choice, "3: <assessment> may hold only one <assurance-choice>"},
        // commitment
        {replaced(commitment, R"(from-review="2014-q1" )", ""),
         "2: <commitment> is missing required attribute 'from-review'"},
        {replaced(commitment, "2014-q1", ""), "2: <commitment> attribute from-review must not be empty"},
        {replaced(commitment, "<commitment ", R"(<commitment outcome="Done" )"),
         "2: <commitment> outcome \"Done\" must be pending, done, partly, not-done or superseded"},
        {replaced(commitment, "<commitment ", R"(<commitment outcome="not_done" )"),
         "2: <commitment> outcome \"not_done\" must be pending, done, partly, not-done or superseded"},
        {replaced(commitment, "<commitment ", R"(<commitment outcome="open" )"),
         "2: <commitment> outcome \"open\" must be pending, done, partly, not-done or superseded"},
        {replaced(commitment, "<commitment ", R"(<commitment due="2014-06-31" )"),
         "2: <commitment> attribute due=\"2014-06-31\" is not a real date written YYYY-MM-DD"},
        {replaced(commitment, "gov-01", "Gov 01"), "2: <commitment> item=\"Gov 01\" is not an item id"},
        {replaced(commitment, "gov-01", ""), "2: <commitment> item=\"\" is not an item id"},
        {replaced(commitment, "<commitment ", R"(<commitment status="done" )"),
         "2: <commitment> has unknown attribute 'status'"},
        {replaced(commitment, "Do it", "Do <b>it</b>"), "2: unknown element <b> inside <commitment>"},
        // sign-off
        {replaced(kSignOff, R"(date="2015-03-26" )", ""), "2: <sign-off> is missing required attribute 'date'"},
        {replaced(kSignOff, R"(meeting="Board meeting in public" )", ""),
         "2: <sign-off> is missing required attribute 'meeting'"},
        {replaced(kSignOff, R"(minute="GB/15/031" )", ""), "2: <sign-off> is missing required attribute 'minute'"},
        {replaced(kSignOff, R"(approver="Dr Asha Patel" )", ""),
         "2: <sign-off> is missing required attribute 'approver'"},
        {replaced(kSignOff, R"(role="Chair" )", ""), "2: <sign-off> is missing required attribute 'role'"},
        {replaced(kSignOff, R"( fingerprint=")" + kFingerprint + "\"", ""),
         "2: <sign-off> is missing required attribute 'fingerprint'"},
        {replaced(kSignOff, "2015-03-26", ""), "2: <sign-off> attribute date must not be empty"},
        {replaced(kSignOff, "Board meeting in public", ""), "2: <sign-off> attribute meeting must not be empty"},
        {replaced(kSignOff, "GB/15/031", ""), "2: <sign-off> attribute minute must not be empty"},
        {replaced(kSignOff, "Dr Asha Patel", ""), "2: <sign-off> attribute approver must not be empty"},
        {replaced(kSignOff, R"(role="Chair")", R"(role="")"), "2: <sign-off> attribute role must not be empty"},
        {replaced(kSignOff, kFingerprint, ""), "2: <sign-off> attribute fingerprint must not be empty"},
        {replaced(kSignOff, "2015-03-26", "2015-02-29"),
         "2: <sign-off> attribute date=\"2015-02-29\" is not a real date written YYYY-MM-DD"},
        {replaced(kSignOff, kFingerprint, "sha256:" + std::string(64, 'A')),
         "2: <sign-off> fingerprint=\"sha256:" + std::string(64, 'A') +
             "\" must be sha256: followed by 64 lower-case hex digits"},
        {replaced(kSignOff, kFingerprint, "sha256:" + std::string(63, 'a')),
         "2: <sign-off> fingerprint=\"sha256:" + std::string(63, 'a') +
             "\" must be sha256: followed by 64 lower-case hex digits"},
        {replaced(kSignOff, kFingerprint, "sha256:" + std::string(65, 'a')),
         "2: <sign-off> fingerprint=\"sha256:" + std::string(65, 'a') +
             "\" must be sha256: followed by 64 lower-case hex digits"},
        {replaced(kSignOff, kFingerprint, "SHA256:" + std::string(64, 'a')),
         "2: <sign-off> fingerprint=\"SHA256:" + std::string(64, 'a') +
             "\" must be sha256: followed by 64 lower-case hex digits"},
        {replaced(kSignOff, kFingerprint, "sha1:" + std::string(40, 'a')),
         "2: <sign-off> fingerprint=\"sha1:" + std::string(40, 'a') +
             "\" must be sha256: followed by 64 lower-case hex digits"},
        {replaced(kSignOff, kFingerprint, "sha256:" + std::string(63, 'a') + "g"),
         "2: <sign-off> fingerprint=\"sha256:" + std::string(63, 'a') +
             "g\" must be sha256: followed by 64 lower-case hex digits"},
        {replaced(kSignOff, "/>", R"( signed="yes"/>)"), "2: <sign-off> has unknown attribute 'signed'"},
        {kSignOff + "\n" + kSignOff, "3: <assessment> may hold only one <sign-off>"},
    }));
    const auto loaded = parsed(body);
    CHECK_FALSE(loaded.assessment);
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].str() == "answers.xml:" + message);
}
