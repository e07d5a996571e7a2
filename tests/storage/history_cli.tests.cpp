// Runs the real ccg-selfassess executable: history, the record of a stored review (PRODUCT.md §12).
#include "csv_reader.hpp"
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace ccg;
using namespace ccg::test;

namespace {

ProcessResult run(const std::vector<std::string>& args)
{
    return runProcess(CCG_EXECUTABLE, args);
}

const std::string kHostile = "=cmd|' /C calc'!A0, \"said\"\n<script>alert(1)</script>, second line";

/// A database holding review 00Q/2014-q1 (#1) with a few edits by the user "governance-lead".
struct EditedDatabase {
    TempDir dir;
    std::string path = dir.file("history.sqlite");
    storage::RowId reviewId = 0;

    EditedDatabase()
    {
        storage::OpenOptions options;
        options.user = "governance-lead";
        MiniDatabase db(storage::Repository::open(path, options));
        reviewId = db.reviewId;
        auto& repo = db.repository;
        repo.setRating(reviewId, "chair", "gov-01", Rating::at(2));
        repo.setRating(reviewId, "chair", "gov-01", Rating::notApplicable());
        repo.setNote(reviewId, "chair", "gov-01", kHostile);
        repo.setTarget(reviewId, "gov-02", 4);
        const auto action = repo.addAction(reviewId, {"gov-01", "", "", ActionStatus::Open, "Refresh the register"});
        repo.updateAction(action, {"gov-01", "Chair", "", ActionStatus::InProgress, "Refresh the register"});
    }
};

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> all;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        all.push_back(line);
    return all;
}

}  // namespace

TEST_CASE("history is listed in --help and answers --help with its JSON keys", "[cli][history]")
{
    CHECK(run({"--help"}).out.find("history [--db D] --review ID [--item X] [--format text|json|csv]") !=
          std::string::npos);
    const auto help = run({"history", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("Usage: ccg-selfassess history") != std::string::npos);
    CHECK(help.out.find("at (UTC, ISO 8601), user, kind") != std::string::npos);
}

TEST_CASE("history --format text shows when, who, what and old -> new, newest first", "[cli][history]")
{
    EditedDatabase db;
    const auto result = run({"history", "--db", db.path, "--review", "00Q/2014-q1"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto shown = lines(result.out);
    REQUIRE(shown.size() == 13);
    CHECK(shown[0] == "History of review #1 (00Q/2014-q1): 10 changes, newest first");
    CHECK(shown[2].rfind("WHEN (UTC)           WHO              WHAT", 0) == 0);
    CHECK(shown[2].find("OLD \xE2\x86\x92 NEW") != std::string::npos);
    // Columns line up: every row's "what" starts where the heading's does.
    const auto whatColumn = shown[2].find("WHAT");
    for (std::size_t i = 3; i < shown.size(); ++i) {
        INFO(shown[i]);
        CHECK(shown[i].substr(21, 17) == "governance-lead  ");
        CHECK(shown[i][whatColumn - 1] == ' ');
        CHECK(shown[i][whatColumn] != ' ');
    }
    CHECK(shown[3].find("status of action #1 on gov-01") != std::string::npos);
    CHECK(shown[3].find("open \xE2\x86\x92 in progress") != std::string::npos);
    CHECK(shown[5].find("action #1 on gov-01 added") != std::string::npos);
    CHECK(shown[6].find("target of gov-02") != std::string::npos);
    CHECK(shown[6].find("the checklist's \xE2\x86\x92 4") != std::string::npos);
    // A note on one line, its line ends marked, nothing a terminal would act on.
    CHECK(shown[7].find("note on gov-01 by Dr A. Chair") != std::string::npos);
    CHECK(shown[7].find("\xE2\x80\x94 \xE2\x86\x92 =cmd|' /C calc'!A0, \"said\" \xE2\x86\xB5 <script>") !=
          std::string::npos);
    CHECK(shown[8].find("rating of gov-01 by Dr A. Chair") != std::string::npos);
    CHECK(shown[8].find("2 \xE2\x86\x92 N/A") != std::string::npos);
    CHECK(shown[9].find("\xE2\x80\x94 \xE2\x86\x92 2") != std::string::npos);
    CHECK(shown[10].find("rater ao added") != std::string::npos);
    CHECK(shown[12].find("review 2014-q1 created") != std::string::npos);
    CHECK(shown[3].substr(0, 2) == "20");
    CHECK(shown[3][10] == ' ');
}

TEST_CASE("history --item shows only that item's changes", "[cli][history]")
{
    EditedDatabase db;
    const auto result = run({"history", "--db", db.path, "--review", "1", "--item", "gov-02", "--format", "text"});
    REQUIRE(result.exitCode == 0);
    const auto shown = lines(result.out);
    REQUIRE(shown.size() == 4);
    CHECK(shown[0] == "History of review #1 (00Q/2014-q1), item gov-02: 1 change, newest first");
    CHECK(shown[3].find("target of gov-02") != std::string::npos);

    const auto empty = run({"history", "--db", db.path, "--review", "1", "--item", "eng-02"});
    CHECK(empty.exitCode == 0);
    CHECK(empty.out == "History of review #1 (00Q/2014-q1), item eng-02: 0 changes\n");
}

TEST_CASE("history --format json is an array of objects with stable keys, text byte for byte", "[cli][history]")
{
    EditedDatabase db;
    const auto result = run({"history", "--db", db.path, "--review", "1", "--item", "gov-01", "--format", "json"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const auto json = nlohmann::json::parse(result.out);
    REQUIRE(json.is_array());
    REQUIRE(json.size() == 6);
    for (const auto& change : json) {
        std::vector<std::string> keys;
        for (const auto& [key, value] : change.items())
            keys.push_back(key);
        std::sort(keys.begin(), keys.end());
        CHECK(keys == std::vector<std::string>{"at", "item", "kind", "new", "old", "rater", "user", "what"});
        CHECK(change["item"] == "gov-01");
        CHECK(change["user"] == "governance-lead");
    }
    CHECK(json[0]["kind"] == "action");
    CHECK(json[0]["rater"] == nullptr);
    CHECK(json[0]["old"] == "open");
    CHECK(json[0]["new"] == "in progress");
    CHECK(json[2]["kind"] == "action");
    CHECK(json[2]["old"] == nullptr);
    CHECK(json[2]["new"] == "Refresh the register");
    CHECK(json[3]["kind"] == "note");
    CHECK(json[3]["what"] == "note on gov-01 by Dr A. Chair");
    CHECK(json[3]["rater"] == "chair");
    CHECK(json[3]["old"] == nullptr);
    CHECK(json[3]["new"] == kHostile);
    CHECK(json[4]["kind"] == "rating");
    CHECK(json[4]["old"] == "2");
    CHECK(json[4]["new"] == "N/A");
    const std::string at = json[4]["at"];
    CHECK(at.size() == 24);
    CHECK(at[10] == 'T');
    CHECK(at.back() == 'Z');
    CHECK(json[4]["at"] >= json[5]["at"]);
}

TEST_CASE("history --format csv is RFC 4180 with a header, and user text cannot start a formula", "[cli][history]")
{
    EditedDatabase db;
    const auto result = run({"history", "--db", db.path, "--review", "1", "--format", "csv"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.rfind("\xEF\xBB\xBF" "at,user,kind,what,item,rater,old,new\r\n", 0) == 0);
    const auto records = parseCsv(result.out);
    REQUIRE(records);
    REQUIRE(records->size() == 11);
    for (const auto& record : *records)
        CHECK(record.size() == 8);
    const auto& note = (*records)[5];
    CHECK(note[2] == "note");
    CHECK(note[3] == "note on gov-01 by Dr A. Chair");
    CHECK(note[4] == "gov-01");
    CHECK(note[5] == "chair");
    CHECK(note[6].empty());
    CHECK(note[7] == "'" + kHostile);
    const auto& rating = (*records)[6];
    CHECK(rating[6] == "2");
    CHECK(rating[7] == "N/A");
    CHECK((*records)[10][2] == "review");
    CHECK((*records)[10][4].empty());
}

TEST_CASE("history of a review or item that is not there exits 1 and says so", "[cli][history]")
{
    EditedDatabase db;
    using Case = std::tuple<std::vector<std::string>, std::string>;
    const auto [extra, message] = GENERATE(table<std::vector<std::string>, std::string>({
        Case{{"--review", "99"}, "ccg-selfassess: no review #99\n"},
        Case{{"--review", "00Q/2099"}, "ccg-selfassess: no review 00Q/2099\n"},
        Case{{"--review", "1", "--item", "gov-99"}, "ccg-selfassess: item 'gov-99' is not in checklist mini 1.0\n"},
    }));
    std::vector<std::string> args{"history", "--db", db.path};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto result = run(args);
    CHECK(result.exitCode == 1);
    CHECK(result.err == message);
    CHECK(result.out.empty());
}

TEST_CASE("Wrong use of history exits 2", "[cli][history]")
{
    EditedDatabase db;
    using Case = std::tuple<std::vector<std::string>, std::string>;
    const auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
        Case{{"history", "--db", "DB"}, "--review"},
        Case{{"history", "--db", "DB", "--review", "1", "--format", "xml"}, "--format must be text, json or csv"},
        Case{{"history", "--db", "DB", "--review", "1", "--item", ""}, "--item needs an item id"},
        Case{{"history", "--db", "DB", "--review", "0"}, "a review is named by its number or as ORGANISATION/REVIEW"},
        Case{{"history", "--db", "DB", "--review", "1", "extra"}, "unexpected argument 'extra'"},
        Case{{"history", "--db", "DB", "--review", "1", "--colour"}, "--colour"},
    }));
    std::vector<std::string> given = args;
    for (auto& arg : given)
        if (arg == "DB")
            arg = db.path;
    const auto result = run(given);
    INFO(result.err);
    CHECK(result.exitCode == 2);
    CHECK(result.err.find(message) != std::string::npos);
}
