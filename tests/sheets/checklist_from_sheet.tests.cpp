// The mistakes a person makes in a checklist workbook or CSV file, each with the message that
// names its sheet and row (PRODUCT.md §14).
#include "process_runner.hpp"
#include "test_workbooks.hpp"

#include "checklists/checklist_loader.hpp"
#include "checklists/checklist_writer.hpp"
#include "checklists/sheets/checklist_from_sheet.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <filesystem>
#include <functional>

using namespace ccg;
using namespace ccg::test;
using namespace ccg::test::sheets;

namespace {

/// Every message of converting `path`, one a line.
std::string messagesOf(const std::string& path, const ccg::sheets::SheetOptions& options = {})
{
    return joinDiagnostics(ccg::sheets::checklistFromSheetFile(path, options).errors);
}

void setCell(TestWorkbook& workbook, const std::string& name, std::size_t row, std::size_t col, std::string value)
{
    auto& rows = sheet(workbook, name).rows;
    if (rows.size() <= row)
        rows.resize(row + 1);
    if (rows[row].size() <= col)
        rows[row].resize(col + 1);
    rows[row][col] = std::move(value);
}

struct Mistake {
    std::string what;
    std::function<void(TestWorkbook&)> make;
    std::string message;  ///< after "FILE:"
};

// Items columns: A domain_id, B domain_title, C domain_description, D domain_weight, E item_id,
// F question, G rationale, H guidance, I evidence, J critical, K weight, L target, M importance.
const std::vector<Mistake>& mistakes()
{
    static const std::vector<Mistake> all{
        {"a missing column", [](auto& w) { setCell(w, "Items", 0, 5, ""); },
         "Items:1: the Items sheet has no column 'question'; row 1 must name it"},
        {"a misspelt column",
         [](auto& w) { setCell(w, "Items", 0, 6, "rationnale"); },
         "Items:1: column G's header 'rationnale' is not a column of the Items sheet; its columns are: domain_id, "
         "domain_title, domain_description, domain_weight, item_id, question, rationale, guidance, evidence, critical, "
         "weight, target, importance"},
        {"a duplicate item id", [](auto& w) { setCell(w, "Items", 3, 4, "gov-01"); },
         "Items:4: item id 'gov-01' is used twice (first: row 2)"},
        {"a weight of \"high\"", [](auto& w) { setCell(w, "Items", 1, 10, "high"); },
         "Items:2: column K (weight) holds \"high\", not a number: The item's weight in its domain, a number above 0 "
         "(default 1)."},
        {"a target above the scale", [](auto& w) { setCell(w, "Items", 1, 11, "#n:7"); },
         "Items:2: column L (target) is 7, outside the scale: write one of 0, 1, 2, 3, 4"},
        {"a level written as a label", [](auto& w) { setCell(w, "Items", 1, 11, "Embedded"); },
         "Items:2: column L (target) holds the label \"Embedded\"; write the level's value, one of 0, 1, 2, 3, 4 "
         "(Embedded is 3)"},
        {"an empty question", [](auto& w) { setCell(w, "Items", 2, 5, ""); },
         "Items:3: the question of item 'gov-02' is empty"},
        {"a domain with no items",
         [](auto& w) { sheet(w, "Items").rows.push_back({"audit", "Audit", "An empty domain."}); },
         "Items:6: domain 'audit' has no items: give it at least one row with an item_id and a question"},
        {"merged cells", [](auto& w) { sheet(w, "Items").merges.push_back("G2:G3"); },
         "Items:2: cells G2:G3 are merged; unmerge them and give each row its own value"},
        {"a formula cell", [](auto& w) { setCell(w, "Items", 2, 5, "=CONCATENATE(\"Does\",\" it?\")"); },
         "Items:3: column F (question) holds a formula; type the value"},
        {"a date where text is expected", [](auto& w) { setCell(w, "Items", 2, 4, "#d:2024-01-02"); },
         "Items:3: column E (item_id) holds a date: the spreadsheet turned what was typed into one; format the column "
         "as Text and type it again"},
        {"an id with capitals and a space", [](auto& w) { setCell(w, "Items", 2, 4, "Gov 2"); },
         "Items:3: item id 'Gov 2' must be lower-case letters, digits, hyphens and dots, beginning with a letter or "
         "digit (e.g. gov-01 or s1.1)"},
        {"critical written as yes", [](auto& w) { setCell(w, "Items", 1, 9, "yes"); },
         "Items:2: column J (critical) holds \"yes\"; write true or false"},
        {"an importance outside the list", [](auto& w) { setCell(w, "Items", 1, 12, "essential"); },
         "Items:2: column M (importance) holds \"essential\"; write one of: must, should, could"},
        {"a citation of an unknown item", [](auto& w) { setCell(w, "Citations", 1, 0, "gov-09"); },
         "Citations:2: the citation names item 'gov-09', which is not in the Items sheet"},
        {"a gap in the scale", [](auto& w) { sheet(w, "Scale").rows.erase(sheet(w, "Scale").rows.begin() + 3); },
         "Scale:2: the levels must be 0, 1, 2 and so on without gaps; level 2 is missing"},
        {"a source address that is not a web address",
         [](auto& w) { sheet(w, "Checklist").rows.push_back({"source_url", "file:///etc/passwd"}); },
         "Checklist:7: <source> url=\"file:///etc/passwd\" must be a web address starting with http:// or https://"},
        {"no Checklist sheet", [](auto& w) { sheet(w, "Checklist").name = "Framework"; },
         "1: the workbook has no sheet named Checklist; its sheets are: Framework, Scale, Items, Citations"},
        {"an empty title", [](auto& w) { setCell(w, "Checklist", 3, 1, ""); },
         "Checklist:1: the field title is empty; the checklist needs one"},
        {"a checklist id with a space", [](auto& w) { setCell(w, "Checklist", 1, 1, "my framework"); },
         "Checklist:2: the id 'my framework' must be lower-case letters, digits, hyphens and dots, beginning with a "
         "letter or digit (e.g. audit-committee-2024)"},
        {"thresholds the wrong way round",
         [](auto& w) {
             sheet(w, "Checklist").rows.push_back({"red_below", "#n:80"});
             sheet(w, "Checklist").rows.push_back({"green_from", "#n:60"});
         },
         "Checklist:1: red_below and green_from must satisfy 0 < red_below < green_from <= 100"},
        {"a locator of 120 characters (found by the checklist loader, told by row)",
         [](auto& w) { setCell(w, "Citations", 1, 3, std::string(120, 'x')); },
         "Citations:2: <cite> locator must hold 1 to 100 characters, e.g. \"Annex H, para 4.3\"; it holds 120"},
    };
    return all;
}

}  // namespace

TEST_CASE("The mini checklist written as sheets reads as the mini checklist", "[sheets][from-sheet]")
{
    const std::string path = scratchPath("mini.xlsx");
    writeWorkbook(path, miniWorkbook());
    const auto conversion = ccg::sheets::checklistFromSheetFile(path, {});
    INFO(joinDiagnostics(conversion.errors));
    REQUIRE(conversion.checklist);
    CHECK(conversion.xml == writeChecklistXml(loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml")));
}

TEST_CASE("Sheets are found by name whatever its case, as spreadsheet programs find them", "[sheets][from-sheet]")
{
    TestWorkbook workbook = miniWorkbook();
    sheet(workbook, "Items").name = "items";
    const std::string path = scratchPath("lower-case.xlsx");
    writeWorkbook(path, workbook);
    const auto conversion = ccg::sheets::checklistFromSheetFile(path, {});
    INFO(joinDiagnostics(conversion.errors));
    CHECK(conversion.checklist);
}

TEST_CASE("Each hand mistake in a workbook is reported at its sheet and row", "[sheets][from-sheet][bad]")
{
    const auto index = GENERATE(range<std::size_t>(0, mistakes().size()));
    const Mistake& mistake = mistakes()[index];
    CAPTURE(mistake.what);
    TestWorkbook workbook = miniWorkbook();
    mistake.make(workbook);
    const std::string path = scratchPath("mistake.xlsx");
    writeWorkbook(path, workbook);
    const std::string messages = messagesOf(path);
    INFO(messages);
    CHECK(messages == path + ":" + mistake.message);  // and nothing that merely follows from it
}

TEST_CASE("Every mistake of a workbook is reported at once and nothing is written", "[sheets][from-sheet][bad]")
{
    TestWorkbook workbook = miniWorkbook();
    setCell(workbook, "Items", 3, 4, "gov-01");
    setCell(workbook, "Items", 1, 10, "high");
    setCell(workbook, "Items", 2, 5, "");
    const std::string path = scratchPath("many.xlsx");
    writeWorkbook(path, workbook);
    const std::string out = scratchPath("many.xml");
    std::filesystem::remove(out);
    const auto result = runProcess(CCG_EXECUTABLE, {"checklist-from-sheet", path, "-o", out});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find(path + ":Items:2: column K (weight)") != std::string::npos);
    CHECK(result.err.find(path + ":Items:3: the question of item 'gov-02' is empty") != std::string::npos);
    CHECK(result.err.find(path + ":Items:4: item id 'gov-01' is used twice") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("A CSV file of items with a BOM, quoted commas, doubled quotes and line breaks reads as written",
          "[sheets][csv]")
{
    const std::string path = CCG_TEST_DATA_DIR "/sheets/items-quoted.csv";
    const auto conversion = ccg::sheets::checklistFromSheetFile(
        path, {std::string("quoted"), std::string("1.0"), std::string("Quoted items"), std::nullopt});
    INFO(joinDiagnostics(conversion.errors));
    REQUIRE(conversion.checklist);
    const Item& first = conversion.checklist->domains.at(0).items.at(0);
    CHECK(first.question == "Is the plan \"owned\", agreed and published?");
    CHECK(first.evidence == std::vector<std::string>{"The plan.", "Minutes, with the vote."});
    CHECK(conversion.checklist->maxLevel() == 4);
    CHECK(conversion.checklist->domains.at(1).items.at(0).target == 2);
}

TEST_CASE("A CSV file takes its scale from --scale", "[sheets][csv]")
{
    const auto conversion = ccg::sheets::checklistFromSheetFile(
        CCG_TEST_DATA_DIR "/sheets/items-yes-no.csv",
        {std::string("audit"), std::string("2"), std::string("Audit committee"),
         std::filesystem::path(CCG_TEST_DATA_DIR "/sheets/scale-yes-no.csv")});
    INFO(joinDiagnostics(conversion.errors));
    REQUIRE(conversion.checklist);
    CHECK(conversion.checklist->scale.size() == 3);
    CHECK(conversion.checklist->scale.at(2).label == "Yes");
    CHECK(conversion.checklist->findItem("s1.1")->importance == Importance::Must);
}

TEST_CASE("Bad CSV files are reported as FILE:ROW", "[sheets][csv][bad]")
{
    const auto [file, message] = GENERATE(table<std::string, std::string>({
        {"items-cp1252.csv", "3: the file is not UTF-8 (Windows-1252 or another code page); save it as CSV UTF-8"},
        {"items-mistakes.csv", "3: item id 'gov-01' is used twice (first: row 2)"},
        {"items-mistakes.csv", "4: the question of item 'gov-03' is empty"},
        {"items-unclosed-quote.csv", "2: a quoted field that begins in this row is never closed: a \" is missing"},
    }));
    const std::string path = CCG_TEST_DATA_DIR "/sheets/" + file;
    const std::string messages =
        messagesOf(path, {std::string("bad"), std::string("1"), std::string("Bad"), std::nullopt});
    INFO(messages);
    CHECK(messages.find(path + ":" + message) != std::string::npos);
}

TEST_CASE("checklist-from-sheet asks for the three options of a CSV file and refuses them for a workbook",
          "[sheets][cli]")
{
    const auto csv = runProcess(CCG_EXECUTABLE, {"checklist-from-sheet", CCG_TEST_DATA_DIR "/sheets/items-quoted.csv",
                                                 "-o", scratchPath("x.xml")});
    CHECK(csv.exitCode == 2);
    CHECK(csv.err.find("--checklist-id") != std::string::npos);
    const std::string workbook = scratchPath("mini-cli.xlsx");
    writeWorkbook(workbook, miniWorkbook());
    CHECK(runProcess(CCG_EXECUTABLE, {"checklist-from-sheet", workbook, "--checklist-id", "x", "-o",
                                      scratchPath("x.xml")})
              .exitCode == 2);
    for (const char* command : {"checklist-template", "checklist-from-sheet", "checklist-to-sheet"}) {
        const auto help = runProcess(CCG_EXECUTABLE, {command, "--help"});
        CHECK(help.exitCode == 0);
        CHECK(help.out.find(command) != std::string::npos);
        CHECK(runProcess(CCG_EXECUTABLE, {"--help"}).out.find(command) != std::string::npos);
    }
}
