// The canonical checklist writer: what the spreadsheet import writes and the round trip of
// PRODUCT.md §14 relies on. Reading what it writes must give the same checklist, byte for byte
// when written again, scoring every review the same.
#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"
#include "checklists/checklist_writer.hpp"
#include "checklists/review_analysis.hpp"
#include "checklists/score_json.hpp"

#include <catch2/catch_test_macros.hpp>

#include <string>

using namespace ccg;

namespace {

const std::string kShipped = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";

Checklist reread(const std::string& text)
{
    auto loaded = parseChecklist(text, "written.xml");
    INFO((loaded.errors.empty() ? std::string() : loaded.errors.front().str()));
    REQUIRE(loaded.checklist);
    return *loaded.checklist;
}

std::string scores(const Checklist& checklist, const std::string& answersPath)
{
    const Assessment assessment = loadAssessmentOrThrow(answersPath, checklist);
    return scoreJson(checklist, assessment, analyse(checklist, assessment, nullptr, Date{}));
}

}  // namespace

TEST_CASE("The shipped checklist written canonically reads back the same and scores the demo reviews the same",
          "[checklist][writer]")
{
    const Checklist shipped = loadChecklistOrThrow(kShipped);
    const std::string written = writeChecklistXml(shipped);
    const Checklist again = reread(written);
    CHECK(writeChecklistXml(again) == written);
    CHECK(again.itemCount() == shipped.itemCount());
    CHECK(again.sources == shipped.sources);
    for (const char* review : {"/resources/demo/northmoor-2013.xml", "/resources/demo/northmoor-2014.xml"}) {
        INFO(review);
        CHECK(scores(again, CCG_SOURCE_DIR + std::string(review)) == scores(shipped, CCG_SOURCE_DIR + std::string(review)));
    }
}

TEST_CASE("Every format 1.1 field and every awkward character survives the canonical writing", "[checklist][writer]")
{
    Checklist checklist;
    checklist.id = "ac.handbook";
    checklist.version = "2.0 \"draft\"";
    checklist.title = "Audit & risk <committee> checklist";
    checklist.lang = "en-GB";
    checklist.assessedBy = "audit committee";
    checklist.assurance = false;
    checklist.sources = {{"Handbook", "HFMA", 2018, "https://example.org/a?b=1&c=2", "4th edition"},
                         {"Code of governance", "", std::nullopt, "", ""}};
    checklist.description = "Line one\nline two";
    checklist.scale = {{0, "No", "Not at all"}, {1, "Partly", ""}, {2, "Yes", "Fully \u2013 and shown"}};
    checklist.rag = {42.5, 80.0};
    Item item;
    item.id = "s1.1";
    item.weight = 0.1;
    item.critical = true;
    item.target = 1;
    item.importance = Importance::Should;
    item.question = "Is it <done> & \"dusted\"?";
    item.rationale = "Because.";
    item.guidance = "Tab\there.";
    item.evidence = {"Minutes", "Terms of reference"};
    item.citations = {{"Structure", 4, 2, "Annex H, para 4.3", 2}, {"", std::nullopt, std::nullopt, "Provision 26", std::nullopt}};
    checklist.domains = {{"s1", "Structure", "How it is set up.", 2.25, {item}, 0}};

    const std::string written = writeChecklistXml(checklist);
    const Checklist again = reread(written);
    CHECK(writeChecklistXml(again) == written);
    CHECK(again.id == checklist.id);
    CHECK(again.version == checklist.version);
    CHECK(again.title == checklist.title);
    CHECK(again.assessedBy == "audit committee");
    CHECK_FALSE(again.assurance);
    CHECK(again.sources == checklist.sources);
    CHECK(again.rag.redBelow == 42.5);
    REQUIRE(again.scale.size() == 3);
    CHECK(again.scale[2].descriptor == checklist.scale[2].descriptor);
    const Item& read = again.domains.at(0).items.at(0);
    CHECK(again.domains[0].weight == 2.25);
    CHECK(read.weight == 0.1);  // the shortest form that reads back exactly
    CHECK(read.critical);
    CHECK(read.target == 1);
    CHECK(read.importance == Importance::Should);
    CHECK(read.question == item.question);
    CHECK(again.description == "Line one line two");  // element text reads with its white space folded
    CHECK(read.guidance == "Tab here.");
    CHECK(read.evidence == item.evidence);
    CHECK(read.citations == item.citations);
    CHECK(written.find("weight=\"0.1\"") != std::string::npos);
}
