#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"
#include "checklists/xml_document.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <sstream>
#include <string>
#include <vector>

using namespace ccg;
namespace fs = std::filesystem;

namespace {

struct BadCase {
    std::string file;
    int line = 0;
    std::string words;
};

const fs::path kCorpus = fs::path(CCG_TEST_DATA_DIR) / "bad";

std::vector<BadCase> corpus()
{
    std::vector<BadCase> cases;
    std::ifstream in(kCorpus / "expected.tsv");
    std::string row;
    while (std::getline(in, row)) {
        if (row.empty() || row[0] == '#')
            continue;
        std::istringstream fields(row);
        BadCase bad;
        std::string line;
        std::getline(fields, bad.file, '\t');
        std::getline(fields, line, '\t');
        std::getline(fields, bad.words);
        bad.line = std::stoi(line);
        cases.push_back(bad);
    }
    return cases;
}

const Checklist& miniChecklist()
{
    static const Checklist checklist = loadChecklistOrThrow(fs::path(CCG_TEST_DATA_DIR) / "mini-checklist.xml");
    return checklist;
}

Diagnostics errorsOf(const fs::path& path, bool isAnswers)
{
    if (isAnswers) {
        auto loaded = loadAssessmentFile(path, miniChecklist());
        CHECK_FALSE(loaded.assessment);
        return loaded.errors;
    }
    auto loaded = loadChecklistFile(path);
    CHECK_FALSE(loaded.checklist);
    return loaded.errors;
}

std::string temporaryPath(const std::string& name)
{
    return (fs::temp_directory_path() / ("ccg-bad-" + std::to_string(::getpid()) + "-" + name)).string();
}

}  // namespace

TEST_CASE("Every file of the bad-input corpus is refused with its line and a message naming the problem",
          "[validation][corpus]")
{
    const auto cases = corpus();
    REQUIRE(cases.size() > 100);
    for (const auto& bad : cases) {
        INFO("file " << bad.file << ", expected line " << bad.line << ": " << bad.words);
        const auto path = kCorpus / bad.file;
        const auto errors = errorsOf(path, bad.file.rfind("answers/", 0) == 0);
        REQUIRE_FALSE(errors.empty());
        bool matched = false;
        for (const auto& error : errors) {
            INFO("got " << error.str());
            CHECK(error.file == path.string());
            matched = matched || (error.line == bad.line && error.message.find(bad.words) != std::string::npos);
        }
        CHECK(matched);
    }
}

TEST_CASE("All errors of a file are reported at once, in line order", "[validation]")
{
    const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<checklist id="Bad" version="1" title="t">
  <scale><level value="0" label="a"/><level value="1" label="b"/></scale>
  <domain id="d" title="D" weight="0">
    <item id="i" wieght="2"><question>Q?</question></item>
    <item id="i" target="7"><question>Q?</question></item>
  </domain>
</checklist>
)";
    const auto loaded = parseChecklist(xml, "many.xml");
    CHECK_FALSE(loaded.checklist);
    REQUIRE(loaded.errors.size() == 5);
    CHECK(loaded.errors[0].line == 2);  // id syntax
    CHECK(loaded.errors[1].line == 4);  // weight 0
    CHECK(loaded.errors[2].line == 5);  // unknown attribute
    CHECK(loaded.errors[3].line == 6);  // target outside the scale
    CHECK(loaded.errors[4].line == 6);  // duplicate id
    CHECK(loaded.errors[0].str().rfind("many.xml:2: ", 0) == 0);
}

TEST_CASE("A file over 16 MiB is refused before it is parsed", "[validation][hostile]")
{
    const auto path = temporaryPath("huge.xml");
    {
        std::ofstream out(path, std::ios::binary);
        out << "<checklist id=\"x\" version=\"1\" title=\"t\"><description>";
        const std::string chunk(1 << 20, 'a');
        for (int i = 0; i < 17; ++i)
            out << chunk;
        out << "</description></checklist>";
    }
    const auto loaded = loadChecklistFile(path);
    fs::remove(path);
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].message.find("larger than 16 MiB") != std::string::npos);
}

TEST_CASE("A file of exactly 16 MiB is read, not refused for size", "[validation][hostile]")
{
    std::string xml = "<checklist id=\"x\" version=\"1\" title=\"t\"><description>";
    const std::string tail = "</description></checklist>";
    xml += std::string(xml::kMaxFileBytes - xml.size() - tail.size(), 'a') + tail;
    REQUIRE(xml.size() == xml::kMaxFileBytes);
    const auto loaded = parseChecklist(xml, "big.xml");
    REQUIRE_FALSE(loaded.errors.empty());
    for (const auto& error : loaded.errors)
        CHECK(error.message.find("16 MiB") == std::string::npos);
}

TEST_CASE("Elements nested deeper than 64 levels are refused", "[validation][hostile]")
{
    auto nested = [](int depth) {
        std::string xml;
        for (int i = 0; i < depth; ++i)
            xml += "<checklist>";
        for (int i = 0; i < depth; ++i)
            xml += "</checklist>";
        return xml;
    };
    const auto deep = parseChecklist(nested(65), "deep.xml");
    REQUIRE(deep.errors.size() == 1);
    CHECK(deep.errors[0].message.find("nested deeper than 64") != std::string::npos);
    const auto veryDeep = parseChecklist(nested(100000), "very-deep.xml");
    REQUIRE(veryDeep.errors.size() == 1);
    CHECK(veryDeep.errors[0].message.find("nested deeper than 64") != std::string::npos);
    for (const auto& error : parseChecklist(nested(64), "ok-depth.xml").errors)
        CHECK(error.message.find("nested") == std::string::npos);
}

TEST_CASE("A missing file, a directory and an unreadable path give one clear message", "[validation]")
{
    auto [path, words] = GENERATE(table<std::string, std::string>({
        {"/nonexistent/ccg/file.xml", "cannot read file"},
        {"/", "is a directory"},
    }));
    const auto loaded = loadChecklistFile(path);
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].file == path);
    CHECK(loaded.errors[0].message.find(words) != std::string::npos);
}

TEST_CASE("A file with more elements than any real review is refused early", "[validation][hostile]")
{
    std::string xml = "<checklist>";
    for (std::size_t i = 0; i <= xml::kMaxElements; ++i)
        xml += "<a/>";
    xml += "</checklist>";
    const auto loaded = parseChecklist(xml, "flood.xml");
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].message.find("more than 100000 elements") != std::string::npos);
}

TEST_CASE("A file with thousands of errors lists the first hundred and counts the rest", "[validation][hostile]")
{
    std::string xml = "<checklist id=\"x\" version=\"1\" title=\"t\">\n";
    for (int i = 0; i < 5000; ++i)
        xml += "<typo/>\n";
    xml += "</checklist>";
    const auto loaded = parseChecklist(xml, "typos.xml");
    REQUIRE(loaded.errors.size() == 101);
    CHECK(loaded.errors.front().line == 2);
    CHECK(loaded.errors.back().message.find("more errors not shown") != std::string::npos);
}
