// Runs the real ccg-selfassess executable: exit statuses, output formats, diagnostics.
#include "process_runner.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ccg::test;
using Json = nlohmann::json;

namespace {

const std::string kChecklist = CCG_TEST_DATA_DIR "/mini-checklist.xml";
const std::string kAnswers = CCG_TEST_DATA_DIR "/mini-answers.xml";

ProcessResult run(const std::vector<std::string>& args)
{
    return runProcess(CCG_EXECUTABLE, args);
}

const std::string kRaterHeader = R"(<?xml version="1.0" encoding="UTF-8"?>
<assessment checklist="mini" checklist-version="1.0">
  <organisation code="00Q" name="NHS Example CCG"/>
  <review id="2014-q1" title="Board self-review" date="2014-03-01"/>
)";

}  // namespace

TEST_CASE("The --help option lists every command and exits 0", "[cli]")
{
    const auto result = run({"--help"});
    CHECK(result.exitCode == 0);
    for (const char* command : {"validate", "score", "merge", "compare", "compare-stored"})
        CHECK(result.out.find(command) != std::string::npos);
    CHECK(result.out.find("Exit status") != std::string::npos);
}

TEST_CASE("Every command answers --help with its usage", "[cli]")
{
    const std::string command = GENERATE("validate", "score", "merge", "compare", "report", "import", "export", "backup",
                                         "list", "score-stored", "report-stored", "compare-stored");
    const auto result = run({command, "--help"});
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("Usage: ccg-selfassess " + command) != std::string::npos);
}

TEST_CASE("The --version option prints the version", "[cli]")
{
    const auto result = run({"--version"});
    CHECK(result.exitCode == 0);
    CHECK(result.out.rfind("ccg-selfassess ", 0) == 0);
}

TEST_CASE("Wrong usage exits 2 with a hint", "[cli]")
{
    auto args = GENERATE(as<std::vector<std::string>>{},
        std::vector<std::string>{"frobnicate"},
        std::vector<std::string>{"--db"},
        std::vector<std::string>{"--db", "board.sqlite", "list"},
        std::vector<std::string>{"score", "--checklist", kChecklist},
        std::vector<std::string>{"score", "--answers", kAnswers},
        std::vector<std::string>{"score", "--checklist", kChecklist, "--answers", kAnswers, "--format", "xml"},
        std::vector<std::string>{"score", "--checklist", kChecklist, "--answers", kAnswers, "--bogus"},
        std::vector<std::string>{"score", "--checklist"},
        std::vector<std::string>{"score", "--checklist", kChecklist, "--checklist", kChecklist, "--answers", kAnswers},
        std::vector<std::string>{"validate"},
        std::vector<std::string>{"merge", "--checklist", kChecklist, kAnswers},
        std::vector<std::string>{"merge", "--checklist", kChecklist, "-o", "out.xml"});
    const auto result = run(args);
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("--help") != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("validate accepts good files and says so", "[cli][validate]")
{
    const auto checklist = run({"validate", kChecklist});
    CHECK(checklist.exitCode == 0);
    CHECK(checklist.out.find("valid") != std::string::npos);
    const auto answers = run({"validate", "--checklist", kChecklist, kAnswers});
    CHECK(answers.exitCode == 0);
}

TEST_CASE("validate refuses every bad file with FILE:LINE: message and exit 1", "[cli][validate]")
{
    std::ifstream expected(CCG_TEST_DATA_DIR "/bad/expected.tsv");
    std::string row;
    int checked = 0;
    while (std::getline(expected, row)) {
        if (row.empty() || row[0] == '#')
            continue;
        std::istringstream fields(row);
        std::string file, line;
        std::getline(fields, file, '\t');
        std::getline(fields, line, '\t');
        const std::string path = CCG_TEST_DATA_DIR "/bad/" + file;
        std::vector<std::string> args{"validate"};
        if (file.rfind("answers/", 0) == 0)
            args.insert(args.end(), {"--checklist", kChecklist});
        args.push_back(path);
        const auto result = run(args);
        INFO(file << " -> " << result.err);
        CHECK(result.exitCode == 1);
        CHECK(result.err.find(path + ":" + line + ": ") != std::string::npos);
        ++checked;
    }
    CHECK(checked > 100);
}

TEST_CASE("validate reports each file and fails if any is bad", "[cli][validate]")
{
    const auto result = run({"validate", kChecklist, CCG_TEST_DATA_DIR "/bad/checklists/empty.xml"});
    CHECK(result.exitCode == 1);
    CHECK(result.out.find("mini-checklist.xml: valid") != std::string::npos);
    CHECK(result.err.find("empty.xml:1: file is empty") != std::string::npos);
}

TEST_CASE("validate tells a person what to do about the usual slips", "[cli][validate][hints]")
{
    SECTION("an answers file given without its checklist")
    {
        const auto result = run({"validate", kAnswers});
        CHECK(result.exitCode == 1);
        CHECK(result.err == kAnswers + ":2: this is an answers file (<assessment>), which is checked against its "
                                       "checklist: ccg-selfassess validate --checklist CHECKLIST.xml " + kAnswers + "\n");
    }
    SECTION("answers for another checklist: the mismatch alone, with no version warning before it")
    {
        TempDir dir;
        const std::string other = dir.file("other.xml");
        writeFile(other, "<?xml version=\"1.0\"?>\n<assessment checklist=\"other\" checklist-version=\"9.9\">\n"
                         "</assessment>\n");
        const auto result = run({"validate", "--checklist", kChecklist, other});
        CHECK(result.exitCode == 1);
        CHECK(result.err == other + ":2: answers are for checklist 'other' but the checklist is 'mini'; give the "
                                    "checklist the answers were made with\n");
    }
}

TEST_CASE("score prints the JSON of the specification", "[cli][score]")
{
    const auto result = run({"score", "--checklist", kChecklist, "--answers", kAnswers, "--format", "json"});
    REQUIRE(result.exitCode == 0);
    const Json json = Json::parse(result.out);
    CHECK(json["overall"]["score"].get<double>() == Catch::Approx(38.888888889));
    CHECK(json["overall"]["rag"] == "red");
    CHECK(json["items"].size() == 4);
    CHECK(json["gaps"][0]["item"] == "gov-01");
    // json is the default format
    CHECK(run({"score", "--checklist", kChecklist, "--answers", kAnswers}).out == result.out);
}

TEST_CASE("score --format text is a summary a person can read", "[cli][score]")
{
    const auto result = run({"score", "--checklist", kChecklist, "--answers", kAnswers, "--format", "text"});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("Overall:      38.9%  RED") != std::string::npos);
    CHECK(result.out.find("NHS Example CCG") != std::string::npos);
    CHECK(result.out.find("Governance") != std::string::npos);
    CHECK(result.out.find("1. gov-01") != std::string::npos);
}

TEST_CASE("score refuses bad input with exit 1 and prints nothing on stdout", "[cli][score]")
{
    auto [checklist, answers, words] = GENERATE(table<std::string, std::string, std::string>({
        {"/nonexistent.xml", kAnswers, "/nonexistent.xml:1: cannot read file"},
        {kChecklist, CCG_TEST_DATA_DIR "/bad/answers/level-above-scale.xml", "outside the scale"},
        {CCG_TEST_DATA_DIR "/bad/checklists/billion-laughs.xml", kAnswers, "DOCTYPE"},
        {kChecklist, kChecklist, "root element must be <assessment>"},
    }));
    const auto result = run({"score", "--checklist", checklist, "--answers", answers});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find(words) != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("merge combines raters' files into one review that scores as one", "[cli][merge]")
{
    TempDir dir;
    writeFile(dir.file("chair.xml"), kRaterHeader + R"(  <rater id="chair" name="Chair"/>
  <answer item="gov-01" rater="chair" level="4"/>
  <answer item="gov-02" rater="chair" level="1"><note>Needs work</note></answer>
</assessment>
)");
    writeFile(dir.file("ao.xml"), kRaterHeader + R"(  <rater id="ao" name="Officer"/>
  <answer item="gov-01" rater="ao" level="1"/>
  <action item="gov-01" owner="Secretary" due="2014-06-30" status="open">Refresh the register</action>
</assessment>
)");
    const auto merged = run({"merge", "--checklist", kChecklist, "-o", dir.file("merged.xml"), dir.file("chair.xml"),
                             dir.file("ao.xml")});
    REQUIRE(merged.exitCode == 0);
    const auto scored = run({"score", "--checklist", kChecklist, "--answers", dir.file("merged.xml")});
    REQUIRE(scored.exitCode == 0);
    const Json json = Json::parse(scored.out);
    CHECK(json["items"][0]["level"] == 1);  // lower median of 4 and 1
    CHECK(json["items"][0]["spread"] == 3);
    CHECK(json["review"]["id"] == "2014-q1");
    CHECK(readFile(dir.file("merged.xml")).find("Refresh the register") != std::string::npos);
}

TEST_CASE("merge refuses conflicting answers and writes nothing", "[cli][merge]")
{
    TempDir dir;
    writeFile(dir.file("one.xml"), kRaterHeader + R"(  <answer item="gov-01" level="4"/>
</assessment>
)");
    writeFile(dir.file("two.xml"), kRaterHeader + R"(  <answer item="gov-01" level="2"/>
</assessment>
)");
    const auto result = run({"merge", "--checklist", kChecklist, "-o", dir.file("out.xml"), dir.file("one.xml"),
                             dir.file("two.xml")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find(dir.file("two.xml") + ":") != std::string::npos);
    CHECK(result.err.find("anonymous rater to item 'gov-01' differs") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("out.xml")));
}

TEST_CASE("merge reports an unwritable output as invalid input, not a crash", "[cli][merge]")
{
    const auto result = run({"merge", "--checklist", kChecklist, "-o", "/nonexistent/dir/out.xml", kAnswers});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("/nonexistent/dir/out.xml") != std::string::npos);
}

TEST_CASE("The shipped checklist and the demo reviews validate and score from the command line", "[cli][demo]")
{
    const std::string checklist = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
    const std::string current = CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml";
    const std::string previous = CCG_SOURCE_DIR "/resources/demo/northmoor-2013.xml";
    CHECK(run({"validate", checklist}).exitCode == 0);
    CHECK(run({"validate", "--checklist", checklist, current, previous}).exitCode == 0);
    const auto scored = run({"score", "--checklist", checklist, "--answers", current, "--format", "text"});
    REQUIRE(scored.exitCode == 0);
    CHECK(scored.out.find("NHS Northmoor CCG") != std::string::npos);
    const auto json = Json::parse(run({"score", "--checklist", checklist, "--answers", current}).out);
    CHECK(json["counts"]["items"].get<std::size_t>() == json["items"].size());
    CHECK(json["completeness"].get<double>() > 0.0);
}
