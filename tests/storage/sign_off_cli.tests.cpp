// sign-off and reopen, run as the real executable (PRODUCT.md §12): the lock on every command
// that edits, the exported file checked with the standard tools' shell line, and verify.
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <string>

using namespace ccg::test;

namespace {

const std::string kChecklist = CCG_TEST_DATA_DIR "/mini-checklist.xml";
const std::string kAnswers = CCG_TEST_DATA_DIR "/mini-answers.xml";
const std::string kLocked = "was approved on 2014-03-27 at Board meeting in public (minute GB/14/031); reopen it to "
                            "change it";

ProcessResult run(const std::vector<std::string>& args)
{
    return runProcess(CCG_EXECUTABLE, args);
}

std::string database(TempDir& dir)
{
    const std::string db = dir.file("signed.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kChecklist, "--answers", kAnswers}).exitCode == 0);
    return db;
}

ProcessResult signOff(const std::string& db)
{
    return run({"sign-off", "--db", db, "--review", "00Q/2014-q1", "--date", "2014-03-27", "--meeting",
                "Board meeting in public", "--minute", "GB/14/031", "--approver", "Dr Asha Patel", "--role", "Chair"});
}

/// The fingerprint §12's shell line computes for a file.
std::string shellFingerprint(const std::string& file)
{
    const auto hash = runProcess("/bin/sh", {"-c",
        "sed 's/fingerprint=\"sha256:[0-9a-f]*\"/fingerprint=\"\"/' \"$1\" | xmllint --c14n - | sha256sum", "sh", file});
    REQUIRE(hash.exitCode == 0);
    REQUIRE(hash.out.size() > 64);
    return "sha256:" + hash.out.substr(0, 64);
}

}  // namespace

TEST_CASE("sign-off locks a stored review, its export matches the fingerprint by the standard tools",
          "[cli][sign-off]")
{
    TempDir dir;
    const std::string db = database(dir);
    const auto signedOff = signOff(db);
    REQUIRE(signedOff.exitCode == 0);
    CHECK(signedOff.out.find("approved on 2014-03-27 at Board meeting in public (minute GB/14/031); fingerprint sha256:") !=
          std::string::npos);
    const std::string exported = dir.file("approved.xml");
    REQUIRE(run({"export", "--db", db, "--review", "00Q/2014-q1", "-o", exported}).exitCode == 0);
    const std::string text = readFile(exported);
    CHECK(text.find("<sign-off date=\"2014-03-27\" meeting=\"Board meeting in public\" minute=\"GB/14/031\" "
                    "approver=\"Dr Asha Patel\" role=\"Chair\" fingerprint=\"sha256:") != std::string::npos);
    const std::string fingerprint = shellFingerprint(exported);
    CHECK(text.find("fingerprint=\"" + fingerprint + "\"") != std::string::npos);
    CHECK(signedOff.out.find(fingerprint) != std::string::npos);
    CHECK(run({"verify", "--checklist", kChecklist, "--answers", exported}).exitCode == 0);

    SECTION("a one-byte change makes verify exit 1 and import refuse it")
    {
        std::string changed = text;
        const auto at = changed.find("Refresh the register");
        REQUIRE(at != std::string::npos);
        changed[at] = 'r';
        const std::string file = dir.file("changed.xml");
        writeFile(file, changed);
        const auto verified = run({"verify", "--checklist", kChecklist, "--answers", file});
        CHECK(verified.exitCode == 1);
        const std::string other = dir.file("other.sqlite");
        const auto imported = run({"import", "--db", other, "--checklist", kChecklist, "--answers", file});
        CHECK(imported.exitCode == 1);
        CHECK(imported.err.find("the file was changed after it was approved") != std::string::npos);
        CHECK(run({"list", "--db", other}).out.find("2014-q1") == std::string::npos);
    }
    SECTION("every command that edits refuses, exit 1, with the reason")
    {
        const std::string returned = dir.file("ao.xml");
        writeFile(returned,
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessment checklist=\"mini\" checklist-version=\"1.0\">\n"
                  "  <organisation code=\"00Q\" name=\"NHS Example CCG\"/>\n"
                  "  <review id=\"2014-q1\" title=\"Board self-review\" date=\"2014-03-01\"/>\n"
                  "  <rater id=\"ao\" name=\"B. Officer\" role=\"Accountable officer\"/>\n"
                  "  <answer item=\"gov-01\" rater=\"ao\" level=\"3\"/>\n</assessment>\n");
        const std::vector<std::vector<std::string>> edits{
            {"collect", "--db", db, "--review", "00Q/2014-q1", returned},
            {"forms", "--db", db, "--review", "00Q/2014-q1", "-o", dir.file("forms")},
            {"sign-off", "--db", db, "--review", "00Q/2014-q1", "--date", "2014-04-01", "--meeting", "M", "--minute",
             "R", "--approver", "A", "--role", "R"},
        };
        for (const auto& edit : edits) {
            CAPTURE(edit.front());
            const auto result = run(edit);
            CHECK(result.exitCode == 1);
            CHECK(result.err.find(kLocked) != std::string::npos);
        }
        std::string after = dir.file("after.xml");
        REQUIRE(run({"export", "--db", db, "--review", "00Q/2014-q1", "-o", after}).exitCode == 0);
        CHECK(readFile(after) == text);
    }
    SECTION("reopen needs a reason, then edits are taken and the review is a draft again")
    {
        CHECK(run({"reopen", "--db", db, "--review", "00Q/2014-q1"}).exitCode == 2);
        const auto blank = run({"reopen", "--db", db, "--review", "00Q/2014-q1", "--reason", " "});
        CHECK(blank.exitCode == 1);
        CHECK(blank.err.find("needs a reason") != std::string::npos);
        const auto reopened =
            run({"reopen", "--db", db, "--review", "00Q/2014-q1", "--reason", "Minute GB/14/031 was corrected"});
        CHECK(reopened.exitCode == 0);
        const auto history = run({"history", "--db", db, "--review", "00Q/2014-q1", "--format", "csv"});
        CHECK(history.out.find("reopened: Minute GB/14/031 was corrected") != std::string::npos);
        const std::string after = dir.file("reopened.xml");
        REQUIRE(run({"export", "--db", db, "--review", "00Q/2014-q1", "-o", after}).exitCode == 0);
        CHECK(readFile(after).find("<sign-off") == std::string::npos);
        CHECK(run({"verify", "--checklist", kChecklist, "--answers", after}).exitCode == 1);
        CHECK(run({"reopen", "--db", db, "--review", "00Q/2014-q1", "--reason", "again"}).exitCode == 1);
    }
}

TEST_CASE("sign-off refuses missing or malformed details with a clear message", "[cli][sign-off]")
{
    TempDir dir;
    const std::string db = database(dir);
    const auto missing = run({"sign-off", "--db", db, "--review", "00Q/2014-q1", "--date", "2014-03-27"});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("--meeting") != std::string::npos);
    const auto badDate = run({"sign-off", "--db", db, "--review", "00Q/2014-q1", "--date", "27/03/2014", "--meeting",
                              "M", "--minute", "R", "--approver", "A", "--role", "C"});
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.find("sign-off date") != std::string::npos);
    const auto noReview = run({"sign-off", "--db", db, "--review", "00Q/1999", "--date", "2014-03-27", "--meeting", "M",
                               "--minute", "R", "--approver", "A", "--role", "C"});
    CHECK(noReview.exitCode == 1);
    CHECK(run({"sign-off", "--help"}).out.find("--minute REF") != std::string::npos);
    CHECK(run({"reopen", "--help"}).out.find("--reason TEXT") != std::string::npos);
}
