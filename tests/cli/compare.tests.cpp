// compare and compare-stored, run as the real executable: several reviews side by side.
#include "csv_reader.hpp"
#include "demo_copies.hpp"
#include "process_runner.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace ccg::test;
using Json = nlohmann::json;

namespace {

const std::string kShipped = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
const std::string kDemo2013 = CCG_SOURCE_DIR "/resources/demo/northmoor-2013.xml";
const std::string kDemo2014 = CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml";
const std::string kMini = CCG_TEST_DATA_DIR "/mini-checklist.xml";
const std::string kMiniAnswers = CCG_TEST_DATA_DIR "/mini-answers.xml";

ProcessResult run(const std::vector<std::string>& args)
{
    return runProcess(CCG_EXECUTABLE, args);
}

/// A copy of `from` whose organisation is another board, written into `dir`.
std::string otherBoard(const TempDir& dir, const std::string& from, const std::string& code, const std::string& name)
{
    std::string text = withoutSignOff(readFile(from));
    const std::string original = R"(code="99X" name="NHS Northmoor CCG")";
    const auto at = text.find(original);
    REQUIRE(at != std::string::npos);
    text.replace(at, original.size(), "code=\"" + code + "\" name=\"" + name + "\"");
    const std::string path = dir.file(code + ".xml");
    writeFile(path, text);
    return path;
}

Json scoreOf(const std::string& checklist, const std::string& answers)
{
    const auto result = run({"score", "--checklist", checklist, "--answers", answers});
    REQUIRE(result.exitCode == 0);
    return Json::parse(result.out);
}

}  // namespace

TEST_CASE("compare gives each review the scores score gives it alone", "[cli][compare]")
{
    const auto result = run({"compare", "--checklist", kShipped, "--format", "json", kDemo2013, kDemo2014});
    REQUIRE(result.exitCode == 0);
    const Json table = Json::parse(result.out);
    REQUIRE(table["reviews"].size() == 2);
    CHECK(table["reviews"][0]["label"] == "NHS Northmoor CCG: Shadow board baseline review 2013");
    const std::vector<std::string> files{kDemo2013, kDemo2014};
    for (std::size_t i = 0; i < files.size(); ++i) {
        CAPTURE(files[i]);
        const Json alone = scoreOf(kShipped, files[i]);
        CHECK(table["reviews"][i]["completeness"].get<double>() == Catch::Approx(alone["completeness"].get<double>()));
        CHECK(table["overall"]["scores"][i].get<double>() == Catch::Approx(alone["overall"]["score"].get<double>()));
        CHECK(table["overall"]["rags"][i] == alone["overall"]["rag"]);
        REQUIRE(table["domains"].size() == alone["domains"].size());
        for (std::size_t d = 0; d < alone["domains"].size(); ++d) {
            CHECK(table["domains"][d]["id"] == alone["domains"][d]["id"]);
            CHECK(table["domains"][d]["scores"][i].get<double>() ==
                  Catch::Approx(alone["domains"][d]["score"].get<double>()));
            CHECK(table["domains"][d]["rags"][i] == alone["domains"][d]["rag"]);
        }
        REQUIRE(table["items"].size() == alone["items"].size());
        for (std::size_t item = 0; item < alone["items"].size(); ++item)
            CHECK(table["items"][item]["levels"][i] == alone["items"][item]["level"]);
    }
}

TEST_CASE("compare --format text letters the reviews and lists the items furthest apart", "[cli][compare]")
{
    const auto text = run({"compare", "--checklist", kShipped, kDemo2013, kDemo2014});  // text is the default
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("  A   NHS Northmoor CCG: Shadow board baseline review 2013") != std::string::npos);
    CHECK(text.out.find("  B   NHS Northmoor CCG: Annual board self-review 2014") != std::string::npos);
    CHECK(text.out.find("Overall") != std::string::npos);
    CHECK(text.out.find("RED") != std::string::npos);

    const Json table = Json::parse(run({"compare", "--checklist", kShipped, "--format", "json", kDemo2013, kDemo2014}).out);
    std::size_t apart = 0;
    const auto listAt = text.out.find("levels apart");
    REQUIRE(listAt != std::string::npos);
    for (const auto& item : table["items"]) {
        if (item["spread"].is_null() || item["spread"].get<int>() < 2)
            continue;
        ++apart;
        CHECK(text.out.find("  " + item["id"].get<std::string>() + " ", listAt) != std::string::npos);
    }
    CHECK(apart > 0);
    CHECK(text.out.find(std::to_string(apart) + " items where the reviews are 2 or more levels apart") !=
          std::string::npos);
}

TEST_CASE("compare --format csv has a column per review, the same fields in every record and no formula",
          "[cli][compare]")
{
    TempDir dir;
    const std::string hostile = otherBoard(dir, kDemo2014, "77A", "=HYPERLINK(&quot;http://x&quot;),&amp;&quot;quoted&quot;");
    const std::string atSign = otherBoard(dir, kDemo2013, "66B", "@SUM(1+1)");
    const auto result = run({"compare", "--checklist", kShipped, "--format", "csv", hostile, atSign, kDemo2014});
    REQUIRE(result.exitCode == 0);
    const auto records = parseCsv(result.out);
    REQUIRE(records);
    REQUIRE(records->size() > 3);
    const auto& header = records->front();
    REQUIRE(header.size() == 7);
    CHECK(header[3] == "'=HYPERLINK(\"http://x\"),&\"quoted\": Annual board self-review 2014");
    CHECK(header[4] == "'@SUM(1+1): Shadow board baseline review 2013");
    CHECK(header[6] == "Range");
    for (const auto& record : *records) {
        CHECK(record.size() == header.size());
        for (const auto& field : record)
            CHECK((field.empty() || std::string("=+-@\t\r").find(field.front()) == std::string::npos));
    }
    CHECK(records->at(2)[0] == "Score");
    CHECK(records->at(2)[1] == "overall");
}

TEST_CASE("compare -o writes the comparison to a file: a workbook with --format xlsx, else CSV", "[cli][compare]")
{
    TempDir dir;
    const std::string xlsx = dir.file("compare.xlsx");
    const auto workbook = run({"compare", "--checklist", kShipped, "--format", "xlsx", "-o", xlsx, kDemo2013, kDemo2014});
    INFO(workbook.err);
    REQUIRE(workbook.exitCode == 0);
    CHECK(workbook.out.empty());
    const std::string bytes = readFile(xlsx);
    CHECK(bytes.rfind("PK", 0) == 0);
    CHECK(bytes.find("xl/worksheets/sheet3.xml") != std::string::npos);

    const std::string csv = dir.file("compare.csv");
    REQUIRE(run({"compare", "--checklist", kShipped, "--format", "csv", "--output", csv, kDemo2013, kDemo2014}).exitCode == 0);
    const auto printed = run({"compare", "--checklist", kShipped, "--format", "csv", kDemo2013, kDemo2014});
    CHECK(readFile(csv) == printed.out);

    // A folder that is not there: exit 1, the reason, no file.
    const auto missing =
        run({"compare", "--checklist", kShipped, "--format", "xlsx", "-o", dir.file("no/c.xlsx"), kDemo2013, kDemo2014});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.empty());
}

TEST_CASE("compare refuses bad answers files all at once with FILE:LINE, exit 1 and nothing on stdout",
          "[cli][compare]")
{
    const std::string truncated = CCG_TEST_DATA_DIR "/bad/answers/truncated.xml";
    const std::string aboveScale = CCG_TEST_DATA_DIR "/bad/answers/level-above-scale.xml";
    const auto result = run({"compare", "--checklist", kMini, truncated, kMiniAnswers, aboveScale});
    CHECK(result.exitCode == 1);
    CHECK(result.out.empty());
    CHECK(result.err.find(truncated + ":") != std::string::npos);
    CHECK(result.err.find(aboveScale + ":") != std::string::npos);
    CHECK(result.err.find("outside the scale") != std::string::npos);

    const auto badChecklist = run({"compare", "--checklist", CCG_TEST_DATA_DIR "/bad/checklists/billion-laughs.xml",
                                   kMiniAnswers, kMiniAnswers});
    CHECK(badChecklist.exitCode == 1);
    CHECK(badChecklist.err.find("DOCTYPE") != std::string::npos);
    CHECK(badChecklist.out.empty());
}

TEST_CASE("compare takes two to fifty reviews and a known format", "[cli][compare]")
{
    const std::vector<std::string> fifty(50, kMiniAnswers);
    std::vector<std::string> args{"compare", "--checklist", kMini, "--format", "json"};
    args.insert(args.end(), fifty.begin(), fifty.end());
    const auto most = run(args);
    REQUIRE(most.exitCode == 0);
    const Json json = Json::parse(most.out);
    CHECK(json["reviews"].size() == 50);
    CHECK(json["reviews"][49]["label"] == "NHS Example CCG: Board self-review (50)");

    args.push_back(kMiniAnswers);
    auto [arguments, words] = GENERATE_COPY(table<std::vector<std::string>, std::string>({
        {args, "at most 50"},
        {{"compare", "--checklist", kMini, kMiniAnswers}, "at least two"},
        {{"compare", "--checklist", kMini}, "at least two"},
        {{"compare", "--checklist", kMini, "--format", "xml", kMiniAnswers, kMiniAnswers}, "--format"},
        {{"compare", kMiniAnswers, kMiniAnswers}, "--checklist"},
        {{"compare-stored", "1"}, "at least two"},
        {{"compare-stored", "1", "not a review"}, "ORGANISATION/REVIEW"},
        {{"compare", "--checklist", kMini, "--format", "xlsx", kMiniAnswers, kMiniAnswers}, "needs -o"},
        {{"compare", "--checklist", kMini, "-o", "x.json", "--format", "json", kMiniAnswers, kMiniAnswers}, "csv or xlsx"},
        {{"compare", "--checklist", kMini, "-o", "a.csv", "--output", "b.csv", kMiniAnswers, kMiniAnswers}, "not both"},
    }));
    const auto result = run(arguments);
    CHECK(result.exitCode == 2);
    CHECK(result.err.find(words) != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("compare-stored sets reviews of different organisations side by side, named either way",
          "[cli][compare][storage]")
{
    TempDir dir;
    const std::string database = dir.file("ccg.sqlite");
    const std::string westfield = otherBoard(dir, kDemo2014, "88W", "NHS Westfield CCG");
    for (const auto& answers : {kDemo2014, westfield})
        REQUIRE(run({"import", "--db", database, "--checklist", kShipped, "--answers", answers}).exitCode == 0);

    const auto stored = run({"compare-stored", "--db", database, "--format", "json", "1", "88W/2014-q1"});
    REQUIRE(stored.exitCode == 0);
    const auto files = run({"compare", "--checklist", kShipped, "--format", "json", kDemo2014, westfield});
    REQUIRE(files.exitCode == 0);
    CHECK(Json::parse(stored.out) == Json::parse(files.out));
    CHECK(Json::parse(stored.out)["reviews"][1]["label"] == "NHS Westfield CCG: Annual board self-review 2014");
}

TEST_CASE("compare-stored refuses unknown reviews, a missing database and reviews of two checklists",
          "[cli][compare][storage]")
{
    // The rows name the database as DB: each run of the test has a fresh one.
    auto [arguments, words] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"compare-stored", "--db", "DB", "1", "2"}, "only reviews of one checklist"},
        {{"compare-stored", "--db", "DB", "1", "99"}, "no review #99"},
        {{"compare-stored", "--db", "DB", "1", "99X/2099"}, "no review 99X/2099"},
        {{"compare-stored", "--db", "MISSING", "1", "2"}, "missing.sqlite"},
    }));
    TempDir dir;
    const std::string database = dir.file("ccg.sqlite");
    const std::string missing = dir.file("missing.sqlite");
    REQUIRE(run({"import", "--db", database, "--checklist", kShipped, "--answers", kDemo2014}).exitCode == 0);
    REQUIRE(run({"import", "--db", database, "--checklist", kMini, "--answers", kMiniAnswers}).exitCode == 0);
    for (auto& argument : arguments)
        argument = argument == "DB" ? database : argument == "MISSING" ? missing : argument;

    const auto result = run(arguments);
    CAPTURE(arguments, result.err);
    CHECK(result.exitCode == 1);
    CHECK(result.err.find(words) != std::string::npos);
    CHECK(result.out.empty());
    CHECK_FALSE(std::filesystem::exists(missing));
}
