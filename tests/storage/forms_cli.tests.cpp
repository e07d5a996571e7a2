// Runs the real ccg-selfassess executable: `forms` writes a rating form per rater of a stored review.
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

using namespace ccg::test;

namespace {

const std::string kShipped = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
const std::string kDemo2014 = CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml";

ProcessResult run(const std::vector<std::string>& args)
{
    return runProcess(CCG_EXECUTABLE, args);
}

std::vector<std::string> filesIn(const std::string& folder)
{
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        result.push_back(line);
    return result;
}

/// A database holding the mini checklist's review with the given <rater> elements.
std::string reviewWithRaters(const TempDir& dir, const std::string& raters)
{
    const std::string answers = dir.file("answers.xml");
    writeFile(answers, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<assessment checklist=\"mini\" checklist-version=\"1.0\">\n"
                       "  <organisation code=\"00Q\" name=\"NHS Example CCG\"/>\n"
                       "  <review id=\"2014-q1\" title=\"Board self-review\" date=\"2014-03-01\"/>\n" +
                           raters + "</assessment>\n");
    const std::string db = dir.file("reviews.sqlite");
    const auto imported = run({"import", "--db", db, "--checklist", kMiniChecklistPath, "--answers", answers});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    return db;
}

}  // namespace

TEST_CASE("forms writes one rating form per rater of a stored review and names each file", "[cli][storage][form]")
{
    TempDir dir;
    const std::string db = dir.file("reviews.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kShipped, "--answers", kDemo2014}).exitCode == 0);
    const std::string folder = dir.file("forms");  // made by the command
    const auto result = run({"forms", "--db", db, "--review", "99X/2014-q1", "-o", folder});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(lines(result.out) == std::vector<std::string>{
                                   "wrote " + folder + "/99X-2014-q1-rating-form-chair.html for Dr Asha Patel",
                                   "wrote " + folder + "/99X-2014-q1-rating-form-accountable-officer.html for Mark Hollis",
                                   "wrote " + folder + "/99X-2014-q1-rating-form-lay-governance.html for Janet Okafor"});
    CHECK(filesIn(folder) == std::vector<std::string>{"99X-2014-q1-rating-form-accountable-officer.html",
                                                      "99X-2014-q1-rating-form-chair.html",
                                                      "99X-2014-q1-rating-form-lay-governance.html"});
    const std::string chair = readFile(folder + "/99X-2014-q1-rating-form-chair.html");
    CHECK(chair.find("data-rater=\"chair\"") != std::string::npos);
    CHECK(chair.find("Dr Asha Patel") != std::string::npos);
    CHECK(chair.find("Mark Hollis") == std::string::npos);
    CHECK(chair.find("NHS Northmoor CCG") != std::string::npos);

    // The returns view shows when each rater's form was written.
    for (const auto& round : ccg::storage::Repository::open(db).raterRounds(1)) {
        INFO(round.rater);
        CHECK(round.formWrittenAt);
        CHECK_FALSE(round.returnedAt);
    }
}

TEST_CASE("forms --rater writes only the forms of the raters named, in place of earlier ones", "[cli][storage][form]")
{
    TempDir dir;
    const std::string db = dir.file("reviews.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kShipped, "--answers", kDemo2014}).exitCode == 0);
    const std::string folder = dir.file("forms");
    for (int time = 0; time < 2; ++time) {
        const auto one = run({"forms", "--db", db, "--review", "1", "-o", folder, "--rater", "lay-governance",
                              "--rater", "lay-governance"});
        CHECK(one.exitCode == 0);
        CHECK(lines(one.out) == std::vector<std::string>{"wrote " + folder +
                                                         "/99X-2014-q1-rating-form-lay-governance.html for Janet Okafor"});
    }
    CHECK(filesIn(folder) == std::vector<std::string>{"99X-2014-q1-rating-form-lay-governance.html"});
    const auto rounds = ccg::storage::Repository::open(db).raterRounds(1);
    REQUIRE(rounds.size() == 3);
    CHECK_FALSE(rounds[0].formWrittenAt);
    CHECK_FALSE(rounds[1].formWrittenAt);
    CHECK(rounds[2].formWrittenAt);
}

TEST_CASE("forms refuses an unknown rater and a review without raters, writing nothing", "[cli][storage][form]")
{
    TempDir dir;
    SECTION("an unknown rater is named with the raters the review has")
    {
        const std::string db = reviewWithRaters(dir, "  <rater id=\"chair\" name=\"Dr A. Chair\"/>\n");
        const auto result =
            run({"forms", "--db", db, "--review", "00Q/2014-q1", "-o", dir.file("out"), "--rater", "chair",
                 "--rater", "treasurer"});
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("review 00Q/2014-q1 has no rater 'treasurer' (its raters: chair)") != std::string::npos);
    }
    SECTION("a review without raters")
    {
        const std::string db = reviewWithRaters(dir, "");
        const auto result = run({"forms", "--db", db, "--review", "1", "-o", dir.file("out")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("review 00Q/2014-q1 has no raters") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(dir.file("out")));
    for (const auto& round : ccg::storage::Repository::open(dir.file("reviews.sqlite")).raterRounds(1))
        CHECK_FALSE(round.formWrittenAt);
}

TEST_CASE("forms keeps every file inside the folder, one per rater, whatever the rater ids", "[cli][storage][form]")
{
    TempDir dir;
    const std::string db = reviewWithRaters(dir, "  <rater id=\"../../etc/passwd\" name=\"Path\"/>\n"
                                                 "  <rater id=\"Chair\" name=\"Upper\"/>\n"
                                                 "  <rater id=\"chair!\" name=\"Lower\"/>\n"
                                                 "  <rater id=\"\xC3\xA9l\xC3\xA9ment\" name=\"\xC3\x89lise\"/>\n");
    const std::string folder = dir.file("forms");
    const auto result = run({"forms", "--db", db, "--review", "1", "-o", folder});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    // "Chair" and "chair!" would be one file on a Mac or Windows: the second gets a number.
    CHECK(filesIn(folder) == std::vector<std::string>{"00Q-2014-q1-rating-form-Chair.html",
                                                      "00Q-2014-q1-rating-form-chair-2.html",
                                                      "00Q-2014-q1-rating-form-etc-passwd.html",
                                                      "00Q-2014-q1-rating-form-l-ment.html"});
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"answers.xml", "forms", "reviews.sqlite"});
    CHECK(readFile(folder + "/00Q-2014-q1-rating-form-etc-passwd.html").find("data-rater=\"../../etc/passwd\"") !=
          std::string::npos);
}

TEST_CASE("Wrong use of forms exits 2, and --help explains it", "[cli][storage][form]")
{
    TempDir dir;
    const std::string db = reviewWithRaters(dir, "  <rater id=\"chair\"/>\n");
    CHECK(run({"forms", "--db", db, "-o", dir.file("out")}).exitCode == 2);                    // no --review
    CHECK(run({"forms", "--db", db, "--review", "1"}).exitCode == 2);                          // no -o
    CHECK(run({"forms", "--db", db, "--review", "1", "-o", "a", "--output", "b"}).exitCode == 2);
    CHECK(run({"forms", "--db", db, "--review", "0/", "-o", dir.file("out")}).exitCode == 2);
    CHECK(run({"forms", "--db", db, "--review", "1", "-o", dir.file("out"), "stray"}).exitCode == 2);
    const auto missing = run({"forms", "--db", db, "--review", "00Q/none", "-o", dir.file("out")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("no review 00Q/none") != std::string::npos);
    // A file where the folder should be.
    writeFile(dir.file("file"), "x");
    const auto notFolder = run({"forms", "--db", db, "--review", "1", "-o", dir.file("file")});
    CHECK(notFolder.exitCode == 1);
    CHECK(notFolder.err.find("cannot make a folder here") != std::string::npos);

    const auto help = run({"forms", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("Usage: ccg-selfassess forms [--db D] --review ID -o DIR [--rater R]...") !=
          std::string::npos);
    CHECK(run({"--help"}).out.find("forms [--db D]") != std::string::npos);
}
