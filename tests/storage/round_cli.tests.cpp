// The rating round's commands, run as the real executable: reveal, and collect of returned forms.
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <string>

using namespace ccg::test;

namespace {

const std::string kChecklist = CCG_TEST_DATA_DIR "/mini-checklist.xml";
const std::string kAnswers = CCG_TEST_DATA_DIR "/mini-answers.xml";

ProcessResult run(const std::vector<std::string>& args)
{
    return runProcess(CCG_EXECUTABLE, args);
}

/// A returned form's answers file: organisation, review and the raters given, with `body`.
std::string returned(const std::string& organisation, const std::string& review, const std::string& raters,
                     const std::string& body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessment checklist=\"mini\" checklist-version=\"1.0\">\n"
           "  <organisation code=\"" + organisation + "\" name=\"NHS Example CCG\"/>\n"
           "  <review id=\"" + review + "\" title=\"Board self-review\" date=\"2014-03-01\"/>\n" + raters + body +
           "</assessment>\n";
}

const std::string kOfficer = "  <rater id=\"ao\" name=\"B. Officer\" role=\"Accountable officer\"/>\n";

/// A database holding the mini answers file as review 00Q/2014-q1.
std::string database(TempDir& dir)
{
    const std::string db = dir.file("round.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kChecklist, "--answers", kAnswers}).exitCode == 0);
    return db;
}

std::string exported(const std::string& db, TempDir& dir)
{
    const std::string out = dir.file("exported.xml");
    REQUIRE(run({"export", "--db", db, "--review", "00Q/2014-q1", "-o", out}).exitCode == 0);
    return readFile(out);
}

}  // namespace

TEST_CASE("collect takes a returned form in place of the rater's earlier answers", "[cli][round]")
{
    TempDir dir;
    const std::string db = database(dir);
    const std::string file = dir.file("ao.xml");
    writeFile(file, returned("00Q", "2014-q1", kOfficer,
                             "  <answer item=\"gov-01\" rater=\"ao\" level=\"3\"><note>Seen the register</note></answer>\n"
                             "  <answer item=\"gov-02\" rater=\"ao\" level=\"2\"/>\n"));
    const auto collected = run({"collect", "--db", db, "--review", "00Q/2014-q1", file});
    CHECK(collected.exitCode == 0);
    CHECK(collected.out.find("took 2 answers of rater 'ao' (1 new, 1 changed, 1 no longer rated)") != std::string::npos);
    const std::string after = exported(db, dir);
    CHECK(after.find("<answer item=\"gov-01\" rater=\"ao\" level=\"3\"><note>Seen the register</note>") != std::string::npos);
    CHECK(after.find("<answer item=\"eng-01\" rater=\"ao\"") == std::string::npos);  // no longer rated
    CHECK(after.find("<answer item=\"gov-01\" rater=\"chair\" level=\"4\">") != std::string::npos);

    const auto again = run({"collect", "--db", db, "--review", "00Q/2014-q1", file});
    CHECK(again.exitCode == 0);
    CHECK(again.out.find("this replaces their return of") != std::string::npos);
}

TEST_CASE("collect refuses a return that is not for the review, each with its reason, and stores nothing",
          "[cli][round]")
{
    TempDir dir;
    const std::string db = database(dir);
    const std::string before = exported(db, dir);
    const std::string answer = "  <answer item=\"gov-01\" rater=\"ao\" level=\"3\"/>\n";
    struct Case {
        const char* name;
        std::string text;
        const char* reason;
    };
    const Case cases[] = {
        {"other-review.xml", returned("00Q", "2015-q1", kOfficer, answer), "is for review '2015-q1', not '2014-q1'"},
        {"other-organisation.xml", returned("01A", "2014-q1", kOfficer, answer), "is for organisation 01A, not 00Q"},
        {"unknown-rater.xml",
         returned("00Q", "2014-q1", "  <rater id=\"ghost\" name=\"Ghost\"/>\n",
                  "  <answer item=\"gov-01\" rater=\"ghost\" level=\"3\"/>\n"),
         "rater 'ghost' is not a rater of review '2014-q1'"},
        {"two-raters.xml",
         returned("00Q", "2014-q1", kOfficer + "  <rater id=\"chair\" name=\"Dr A. Chair\"/>\n",
                  answer + "  <answer item=\"gov-02\" rater=\"chair\" level=\"1\"/>\n"),
         "exactly one rater; the file declares 2"},
        {"malformed.xml", returned("00Q", "2014-q1", kOfficer, answer).substr(0, 200), "malformed XML"},
        {"with-agreed.xml", returned("00Q", "2014-q1", kOfficer, answer + "  <agreed item=\"gov-01\" level=\"1\"/>\n"),
         "one member's answers only"},
    };
    for (const auto& bad : cases) {
        CAPTURE(bad.name);
        const std::string file = dir.file(bad.name);
        writeFile(file, bad.text);
        const auto result = run({"collect", "--db", db, "--review", "00Q/2014-q1", file});
        CHECK(result.exitCode == 1);
        CHECK(result.err.find(file + ":") == 0);  // FILE:LINE: message
        CHECK(result.err.find(bad.reason) != std::string::npos);
        CHECK(result.out.find("refused, nothing taken") != std::string::npos);
        CHECK(exported(db, dir) == before);
    }
}

TEST_CASE("collect takes a good return beside a bad one, and says so of both", "[cli][round]")
{
    TempDir dir;
    const std::string db = database(dir);
    const std::string good = dir.file("good.xml");
    const std::string bad = dir.file("bad.xml");
    writeFile(good, returned("00Q", "2014-q1", kOfficer, "  <answer item=\"gov-02\" rater=\"ao\" level=\"4\"/>\n"));
    writeFile(bad, returned("00Q", "2014-q9", kOfficer, "  <answer item=\"gov-02\" rater=\"ao\" level=\"0\"/>\n"));
    const auto result = run({"collect", "--db", db, "--review", "00Q/2014-q1", bad, good});
    CHECK(result.exitCode == 1);
    CHECK(result.out.find(bad + ": refused") != std::string::npos);
    CHECK(result.out.find(good + ": took 1 answers") != std::string::npos);
    CHECK(exported(db, dir).find("<answer item=\"gov-02\" rater=\"ao\" level=\"4\"/>") != std::string::npos);
}

TEST_CASE("reveal records who revealed a blind review, a review that is not blind has nothing to reveal",
          "[cli][round]")
{
    TempDir dir;
    const std::string db = dir.file("blind.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kChecklist, "--answers", kAnswers, "--blind"}).exitCode == 0);
    const auto revealed = run({"reveal", "--db", db, "--review", "00Q/2014-q1"});
    CHECK(revealed.exitCode == 0);
    CHECK(revealed.out.find("revealed the ratings of review #1 (00Q/2014-q1)") != std::string::npos);
    const auto twice = run({"reveal", "--db", db, "--review", "00Q/2014-q1"});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.find("was revealed on") != std::string::npos);

    const std::string open = dir.file("open.sqlite");
    REQUIRE(run({"import", "--db", open, "--checklist", kChecklist, "--answers", kAnswers}).exitCode == 0);
    const auto notBlind = run({"reveal", "--db", open, "--review", "1"});
    CHECK(notBlind.exitCode == 1);
    CHECK(notBlind.err.find("is not blind") != std::string::npos);
    CHECK(run({"reveal", "--db", open}).exitCode == 2);
    CHECK(run({"collect", "--db", open, "--review", "1"}).exitCode == 2);
}
