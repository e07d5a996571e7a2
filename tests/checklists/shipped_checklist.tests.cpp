// Tests of the checklist the product ships (checklists/ccg-commissioning-2013.xml) and of
// its coverage map (checklists/COVERAGE.md) against the NHS Confederation report
// "Ambition, challenge, transition" (2013): completeness, citations, coverage of every
// key point, and that no text is copied from the report.
#include "checklists/checklist_loader.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

using namespace ccg;

namespace {

const std::filesystem::path kChecklistPath = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
const std::filesystem::path kCoveragePath = CCG_SOURCE_DIR "/checklists/COVERAGE.md";
const std::filesystem::path kReportPath = CCG_SOURCE_DIR "/../shared/seeds/ambition-challenge-transition-2013.txt";

constexpr int kKeyPointCount = 41;
constexpr std::size_t kShingleLength = 8;

/// One line of the report's contents page, with the key points its section ends with.
struct ReportSection {
    std::string_view name;
    int firstPage;
    int lastPage;
    int firstKeyPoint;  ///< 0 when the section has no key points of its own
    int lastKeyPoint;
};

// The contents page of the report. A section runs to the page before the next one starts;
// "Working with providers" holds its two subsections; the Conclusion is 24-25. The
// endorsement and foreword carry roman page numbers, so an item cannot cite them.
constexpr ReportSection kContents[] = {
    {"Introduction", 2, 2, 0, 0},
    {"The evolution of NHS commissioning", 3, 3, 0, 0},
    {"Early organisational focus and ambitions", 4, 5, 1, 3},
    {"Building capacity and capability", 6, 8, 4, 6},
    {"Meeting local needs and reducing inequalities", 9, 10, 7, 11},
    {"Working with providers", 11, 14, 12, 20},
    {"Improving primary care", 11, 11, 12, 14},
    {"Improving secondary and tertiary care", 12, 14, 15, 20},
    {"Supporting clinical leadership", 15, 17, 21, 24},
    {"Partnering with local government", 18, 19, 25, 28},
    {"Communicating with the public", 20, 20, 29, 31},
    {"Relations with NHS leadership", 21, 23, 32, 41},
    {"Conclusion", 24, 25, 0, 0},
    {"Acknowledgements", 26, 26, 0, 0},
};

const ReportSection* findSection(std::string_view name)
{
    for (const auto& section : kContents)
        if (section.name == name)
            return &section;
    return nullptr;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The shipped checklist, loaded once; fails the calling test if it does not load.
const Checklist& shipped()
{
    static const ChecklistLoad load = loadChecklistFile(kChecklistPath);
    INFO(joinDiagnostics(load.errors));
    REQUIRE(load.errors.empty());
    REQUIRE(load.checklist.has_value());
    return *load.checklist;
}

std::string trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

/// Words of a text for the copy check: ASCII letters and digits lowercased; apostrophes
/// (straight and typographic) dropped so "CCG's" and "CCG’s" both give "ccgs"; every
/// other byte, including the rest of UTF-8, separates words.
std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> result;
    std::string current;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 3, "\xE2\x80\x99") == 0 || text.compare(i, 3, "\xE2\x80\x98") == 0) {
            i += 3;
            continue;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        ++i;
        if (c == '\'')
            continue;
        if (c < 0x80 && std::isalnum(c)) {
            current.push_back(static_cast<char>(std::tolower(c)));
        } else if (!current.empty()) {
            result.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        result.push_back(std::move(current));
    return result;
}

std::string joinRun(const std::vector<std::string>& list, std::size_t from, std::size_t count)
{
    std::string run;
    for (std::size_t k = 0; k < count; ++k) {
        if (k)
            run.push_back(' ');
        run += list[from + k];
    }
    return run;
}

std::unordered_set<std::string> shingles(const std::vector<std::string>& list)
{
    std::unordered_set<std::string> result;
    for (std::size_t i = 0; i + kShingleLength <= list.size(); ++i)
        result.insert(joinRun(list, i, kShingleLength));
    return result;
}

/// A text the checklist shows to users, with where it comes from.
struct ShownText {
    std::string where;
    std::string text;
};

std::vector<ShownText> shownTexts(const Checklist& checklist)
{
    std::vector<ShownText> texts{{"checklist title", checklist.title},
                                 {"checklist description", checklist.description}};
    for (const auto& level : checklist.scale) {
        const auto where = "scale level " + std::to_string(level.value);
        texts.push_back({where + " label", level.label});
        texts.push_back({where + " descriptor", level.descriptor});
    }
    for (const auto& domain : checklist.domains) {
        texts.push_back({domain.id + " title", domain.title});
        texts.push_back({domain.id + " description", domain.description});
        for (const auto& item : domain.items) {
            texts.push_back({item.id + " question", item.question});
            texts.push_back({item.id + " rationale", item.rationale});
            texts.push_back({item.id + " guidance", item.guidance});
            for (const auto& evidence : item.evidence)
                texts.push_back({item.id + " evidence", evidence});
        }
    }
    return texts;
}

/// One row of the key-point table in COVERAGE.md.
struct CoverageRow {
    int keyPoint = 0;
    std::string section;
    std::optional<int> page;
    std::string handling;
    std::set<std::string> items;
};

std::set<std::string> backtickedIds(std::string_view text)
{
    std::set<std::string> ids;
    for (auto open = text.find('`'); open != std::string_view::npos; open = text.find('`', open)) {
        const auto close = text.find('`', open + 1);
        if (close == std::string_view::npos)
            break;
        ids.insert(std::string(text.substr(open + 1, close - open - 1)));
        open = close + 1;
    }
    return ids;
}

std::vector<std::string> tableCells(std::string_view line)
{
    std::vector<std::string> cells;
    std::string_view rest = line.substr(1);  // after the leading '|'
    for (auto bar = rest.find('|'); bar != std::string_view::npos; bar = rest.find('|')) {
        cells.push_back(trim(rest.substr(0, bar)));
        rest = rest.substr(bar + 1);
    }
    return cells;
}

/// The rows of the table under "## Key points for new commissioners", whose first
/// column is the key-point number.
std::vector<CoverageRow> coverageRows(const std::string& markdown)
{
    std::vector<CoverageRow> rows;
    std::istringstream in(markdown);
    std::string line;
    bool inSection = false;
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) {
            inSection = trim(line) == "## Key points for new commissioners";
            continue;
        }
        if (!inSection || line.empty() || line[0] != '|')
            continue;
        const auto cells = tableCells(line);
        if (cells.size() != 7 || cells[0].empty() ||
            !std::all_of(cells[0].begin(), cells[0].end(), [](unsigned char c) { return std::isdigit(c); }))
            continue;
        CoverageRow row;
        row.keyPoint = std::stoi(cells[0]);
        row.section = cells[1];
        if (!cells[2].empty() && std::all_of(cells[2].begin(), cells[2].end(), [](unsigned char c) { return std::isdigit(c); }))
            row.page = std::stoi(cells[2]);
        row.handling = cells[5];
        row.items = backtickedIds(cells[6]);
        rows.push_back(std::move(row));
    }
    return rows;
}

/// For each key point, the items whose citations name it.
std::map<int, std::set<std::string>> citingItems(const Checklist& checklist)
{
    std::map<int, std::set<std::string>> result;
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            for (const auto& citation : item.citations)
                if (citation.keyPoint)
                    result[*citation.keyPoint].insert(item.id);
    return result;
}

std::string joined(const std::set<std::string>& ids)
{
    std::string text;
    for (const auto& id : ids)
        text += (text.empty() ? "" : ", ") + id;
    return text;
}

}  // namespace

TEST_CASE("The shipped checklist loads in the library without errors", "[shipped][checklist]")
{
    const auto load = loadChecklistFile(kChecklistPath);
    for (const auto& error : load.errors)
        UNSCOPED_INFO(error.str());
    CHECK(load.errors.empty());
    REQUIRE(load.checklist.has_value());

    const auto& checklist = *load.checklist;
    CHECK(checklist.id == "ccg-commissioning-2013");
    CHECK(checklist.version == "1.0");
    CHECK(checklist.lang == "en-GB");
    CHECK_FALSE(checklist.title.empty());
    CHECK_FALSE(checklist.description.empty());
    REQUIRE(checklist.sources.size() == 1);
    CHECK(checklist.sources[0].title == "Ambition, challenge, transition");
    CHECK(checklist.sources[0].publisher == "NHS Confederation");
    CHECK(checklist.sources[0].year == 2013);
    CHECK(checklist.rag.redBelow == 50.0);
    CHECK(checklist.rag.greenFrom == 75.0);
}

TEST_CASE("The shipped checklist has between 45 and 70 items in the eight domains the issue names", "[shipped][checklist]")
{
    const auto& checklist = shipped();
    CHECK(checklist.itemCount() >= 45);
    CHECK(checklist.itemCount() <= 70);

    const std::set<std::string> expected{"organisation",        "governance",        "local-needs",
                                         "providers",           "clinical-leadership", "local-government",
                                         "public-engagement",   "nhs-england"};
    std::set<std::string> actual;
    for (const auto& domain : checklist.domains) {
        INFO("domain " << domain.id);
        actual.insert(domain.id);
        CHECK_FALSE(domain.title.empty());
        CHECK_FALSE(domain.description.empty());
        CHECK(domain.weight > 0.0);
        CHECK(domain.items.size() >= 3);
    }
    CHECK(actual == expected);
    CHECK(checklist.domains.size() == expected.size());
}

TEST_CASE("The shipped checklist's scale has five levels, 0 to 4, each with a label and a descriptor", "[shipped][scale]")
{
    const auto& checklist = shipped();
    REQUIRE(checklist.scale.size() == 5);
    CHECK(checklist.maxLevel() == 4);
    for (int value = 0; value <= 4; ++value) {
        INFO("level " << value);
        const auto* level = checklist.level(value);
        REQUIRE(level != nullptr);
        CHECK_FALSE(level->label.empty());
        CHECK(level->descriptor.size() >= 20);
    }
}

TEST_CASE("Every item of the shipped checklist has a question, rationale, guidance, evidence and a citation with section and page", "[shipped][items]")
{
    const auto& checklist = shipped();
    int critical = 0;
    for (const auto& domain : checklist.domains) {
        for (const auto& item : domain.items) {
            INFO("item " << item.id);
            CHECK_FALSE(item.question.empty());
            CHECK(item.question.back() == '?');
            CHECK_FALSE(item.rationale.empty());
            CHECK_FALSE(item.guidance.empty());
            CHECK_FALSE(item.evidence.empty());
            for (const auto& evidence : item.evidence)
                CHECK_FALSE(evidence.empty());
            CHECK_FALSE(item.citations.empty());
            for (const auto& citation : item.citations) {
                CHECK_FALSE(citation.section.empty());
                CHECK(citation.page.has_value());
            }
            CHECK(item.target >= 1);
            CHECK(item.target <= checklist.maxLevel());
            if (item.critical)
                ++critical;
        }
    }
    // Critical marks statutory, safety and probity risks: some items, never most.
    CHECK(critical >= 5);
    CHECK(critical * 4 <= static_cast<int>(checklist.itemCount()));
}

TEST_CASE("Every page the shipped checklist cites lies within the cited section's pages on the report's contents page", "[shipped][citations]")
{
    const auto& checklist = shipped();
    for (const auto& domain : checklist.domains) {
        for (const auto& item : domain.items) {
            for (const auto& citation : item.citations) {
                INFO("item " << item.id << " cites \"" << citation.section << "\"");
                const auto* section = findSection(citation.section);
                REQUIRE(section != nullptr);
                REQUIRE(citation.page.has_value());
                CHECK(*citation.page >= section->firstPage);
                CHECK(*citation.page <= section->lastPage);
                if (citation.keyPoint) {
                    INFO("key point " << *citation.keyPoint);
                    CHECK(*citation.keyPoint >= section->firstKeyPoint);
                    CHECK(*citation.keyPoint <= section->lastKeyPoint);
                    CHECK(section->firstKeyPoint > 0);
                }
            }
        }
    }
}

TEST_CASE("The shipped checklist's COVERAGE.md lists every key point of the report in order, each with a section and page", "[shipped][coverage]")
{
    const auto rows = coverageRows(readFile(kCoveragePath));
    REQUIRE(rows.size() == static_cast<std::size_t>(kKeyPointCount));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        INFO("key point " << row.keyPoint);
        CHECK(row.keyPoint == static_cast<int>(i) + 1);
        const auto* section = findSection(row.section);
        REQUIRE(section != nullptr);
        CHECK(row.keyPoint >= section->firstKeyPoint);
        CHECK(row.keyPoint <= section->lastKeyPoint);
        REQUIRE(row.page.has_value());
        CHECK(*row.page == section->lastPage);  // the key-point box closes its section
    }
}

TEST_CASE("Every key point the shipped checklist's COVERAGE.md marks as covered or reframed names items that exist", "[shipped][coverage]")
{
    const auto& checklist = shipped();
    for (const auto& row : coverageRows(readFile(kCoveragePath))) {
        INFO("key point " << row.keyPoint << ", handling \"" << row.handling << "\"");
        const bool covered = row.handling.rfind("Covered", 0) == 0 || row.handling.rfind("Reframed", 0) == 0;
        const bool leftOut = row.handling.rfind("Left out", 0) == 0;
        CHECK((covered || leftOut));
        if (covered) {
            CHECK_FALSE(row.items.empty());
            for (const auto& id : row.items) {
                INFO("item " << id);
                CHECK(checklist.findItem(id) != nullptr);
            }
        } else {
            CHECK(row.items.empty());
        }
    }
}

TEST_CASE("The items the shipped checklist's COVERAGE.md lists against each key point are exactly the items citing it", "[shipped][coverage]")
{
    const auto& checklist = shipped();
    const auto cited = citingItems(checklist);
    std::set<int> listedKeyPoints;
    for (const auto& row : coverageRows(readFile(kCoveragePath))) {
        listedKeyPoints.insert(row.keyPoint);
        const auto found = cited.find(row.keyPoint);
        const std::set<std::string> citing = found == cited.end() ? std::set<std::string>{} : found->second;
        INFO("key point " << row.keyPoint << ": COVERAGE.md lists {" << joined(row.items) << "}, items citing it are {"
                          << joined(citing) << "}");
        CHECK(row.items == citing);
    }
    for (const auto& [keyPoint, items] : cited) {
        INFO("key point " << keyPoint << " cited by " << joined(items));
        CHECK(listedKeyPoints.count(keyPoint) == 1);
    }
}

TEST_CASE("Every item id of the shipped checklist appears in COVERAGE.md", "[shipped][coverage]")
{
    const auto& checklist = shipped();
    const auto mentioned = backtickedIds(readFile(kCoveragePath));
    for (const auto& domain : checklist.domains) {
        for (const auto& item : domain.items) {
            INFO("item " << item.id);
            CHECK(mentioned.count(item.id) == 1);
        }
    }
}

TEST_CASE("No run of eight words in the shipped checklist's texts is copied from the report", "[shipped][copying]")
{
    if (!std::filesystem::exists(kReportPath))
        SKIP("this test compares the checklist's texts with the report's own, which is not beside the clone "
             "at " + kReportPath.lexically_normal().string() + " (README: a shared/seeds folder next to the clone)");

    const auto reportWords = words(readFile(kReportPath));
    REQUIRE(reportWords.size() > 5000);  // the whole report, not a stub
    const auto reportShingles = shingles(reportWords);

    const auto& checklist = shipped();
    const auto texts = shownTexts(checklist);
    CHECK(texts.size() > checklist.itemCount() * 4);
    for (const auto& shown : texts) {
        const auto list = words(shown.text);
        std::string copied;
        for (std::size_t i = 0; copied.empty() && i + kShingleLength <= list.size(); ++i) {
            auto run = joinRun(list, i, kShingleLength);
            if (reportShingles.count(run))
                copied = std::move(run);
        }
        INFO(shown.where << " repeats the report's words: \"" << copied << "\"");
        CHECK(copied.empty());
    }
}

TEST_CASE("The shipped-checklist copy check's tokenizer treats case, punctuation and apostrophes consistently", "[shipped][copying]")
{
    CHECK(words("The CCG’s board, and the CCG's—board!") ==
          std::vector<std::string>{"the", "ccgs", "board", "and", "the", "ccgs", "board"});
    CHECK(words("  ‘quoted’ A&E 18-weeks £310m ") ==
          std::vector<std::string>{"quoted", "a", "e", "18", "weeks", "310m"});
    CHECK(words("").empty());
    const auto set = shingles(words("one two three four five six seven eight nine"));
    CHECK(set.size() == 2);
    CHECK(set.count("two three four five six seven eight nine") == 1);
}
