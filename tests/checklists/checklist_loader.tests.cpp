#include "checklists/checklist_loader.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>

using namespace ccg;
using Catch::Approx;

namespace {

std::string checklistXml(const std::string& itemAttributes, const std::string& rag = "",
                         const std::string& scale = R"(<level value="0" label="No"/><level value="1" label="Part"/><level value="2" label="Yes">Fully done.</level>)")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checklist id=\"c\" version=\"2.0\" title=\"T\">\n<scale>" + scale +
           "</scale>\n" + rag + "\n<domain id=\"d\" title=\"D\">\n<item id=\"i\"" + itemAttributes +
           "><question>\n  Is it\n  done?\n</question></item>\n</domain>\n</checklist>\n";
}

Checklist loaded(const std::string& xml)
{
    auto result = parseChecklist(xml, "test.xml");
    INFO((result.errors.empty() ? std::string() : result.errors.front().str()));
    REQUIRE(result.checklist);
    return *result.checklist;
}

}  // namespace

TEST_CASE("Optional attributes take the documented defaults", "[loader][checklist]")
{
    const auto checklist = loaded(checklistXml(""));
    const auto& item = checklist.domains.at(0).items.at(0);
    CHECK(item.weight == 1.0);
    CHECK_FALSE(item.critical);
    CHECK(item.target == 2);  // the scale's maximum
    CHECK(checklist.domains[0].weight == 1.0);
    CHECK(checklist.rag.redBelow == 50.0);
    CHECK(checklist.rag.greenFrom == 75.0);
    CHECK(item.question == "Is it done?");  // prose across lines is folded to single spaces
    CHECK(item.line == 6);
}

TEST_CASE("Weights accept every decimal form the format allows", "[loader][checklist]")
{
    auto [text, value] = GENERATE(table<std::string, double>({
        {"2", 2.0}, {"0.5", 0.5}, {"2.25", 2.25}, {"1e0", 1.0}, {"1.5E2", 150.0}, {".5", 0.5}, {"3.", 3.0}, {"1e-3", 0.001},
    }));
    const auto checklist = loaded(checklistXml(" weight=\"" + text + "\""));
    CHECK(checklist.domains[0].items[0].weight == Approx(value));
}

TEST_CASE("Levels may be listed in any order and are kept sorted", "[loader][checklist]")
{
    const auto checklist = loaded(checklistXml("", "",
        R"(<level value="2" label="Two"/><level value="0" label="Zero"/><level value="1" label="One">  Half   way. </level>)"));
    REQUIRE(checklist.scale.size() == 3);
    CHECK(checklist.scale[0].label == "Zero");
    CHECK(checklist.scale[1].descriptor == "Half way.");
    CHECK(checklist.maxLevel() == 2);
}

TEST_CASE("A rag element with one attribute keeps the default for the other", "[loader][checklist]")
{
    SECTION("only red-below")
    {
        const auto checklist = loaded(checklistXml("", R"(<rag red-below="40.5"/>)"));
        CHECK(checklist.rag.redBelow == 40.5);
        CHECK(checklist.rag.greenFrom == 75.0);
    }
    SECTION("only green-from, up to 100")
    {
        const auto checklist = loaded(checklistXml("", R"(<rag green-from="100"/>)"));
        CHECK(checklist.rag.redBelow == 50.0);
        CHECK(checklist.rag.greenFrom == 100.0);
    }
}

TEST_CASE("Targets, critical flags and citations are read", "[loader][checklist]")
{
    const auto xml = R"(<checklist id="c" version="1" title="T">
  <source title="Ambition, challenge, transition" publisher="NHS Confederation" year="2013"/>
  <scale><level value="0" label="a"/><level value="1" label="b"/><level value="2" label="c"/></scale>
  <domain id="d" title="D" weight="0.25"><description>About &amp; around.</description>
    <item id="i-1" target="0" critical="true" weight="3">
      <question>Q?</question><rationale>R.</rationale><guidance>G.</guidance>
      <evidence>E1.</evidence><evidence>E2.</evidence>
      <cite section="Working with providers" page="12" key-point="17"/><cite section="Conclusion"/>
    </item>
  </domain>
</checklist>)";
    const auto checklist = loaded(xml);
    const auto& item = checklist.domains[0].items[0];
    CHECK(item.target == 0);
    CHECK(item.critical);
    CHECK(item.evidence == std::vector<std::string>{"E1.", "E2."});
    REQUIRE(item.citations.size() == 2);
    CHECK(item.citations[0].section == "Working with providers");
    CHECK(item.citations[0].page == 12);
    CHECK(item.citations[0].keyPoint == 17);
    CHECK_FALSE(item.citations[1].page);
    CHECK(checklist.domains[0].description == "About & around.");
    CHECK(checklist.source->year == 2013);
    CHECK(checklist.findItem("i-1") == &item);
    CHECK(checklist.domainOf("i-1")->id == "d");
}

TEST_CASE("A UTF-8 byte order mark and non-ASCII text are accepted", "[loader][checklist]")
{
    const auto checklist = loaded("\xEF\xBB\xBF" + checklistXml(""));
    CHECK(checklist.id == "c");
    const auto accented = loaded(checklistXml("", "", R"(<level value="0" label="Pas commencé"/><level value="1" label="完成 ✅"/>)"));
    CHECK(accented.scale[1].label == "完成 ✅");
}

TEST_CASE("The example from the product specification validates", "[loader][checklist]")
{
    const auto result = loadChecklistFile(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    CHECK(result.errors.empty());
    REQUIRE(result.checklist);
    CHECK(result.checklist->itemCount() == 4);
}

namespace {

std::string repeated(const std::string& text, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i)
        out += text;
    return out;
}

/// The smallest checklist with `attributes` added to its root element.
std::string rootWith(const std::string& attributes)
{
    return "<checklist id=\"c\" version=\"1.1\" title=\"T\"" + attributes +
           ">\n<scale><level value=\"0\" label=\"a\"/><level value=\"1\" label=\"b\"/></scale>\n"
           "<domain id=\"d\" title=\"D\"><item id=\"i\"><question>Q?</question></item></domain>\n</checklist>\n";
}

}  // namespace

TEST_CASE("A checklist is assessed by the board with assurance on unless it says otherwise",
          "[loader][checklist][format-1.1]")
{
    const auto plain = loaded(rootWith(""));
    CHECK(plain.assessedBy == "board");
    CHECK(plain.assurance);

    auto [attributes, body, assurance] = GENERATE(table<std::string, std::string, bool>({
        {R"( assessed-by="committee")", "committee", true},
        {R"( assessed-by="audit &amp; risk committee" assurance="off")", "audit & risk committee", false},
        {R"( assurance="on")", "board", true},
        {R"( assessed-by="x")", "x", true},
        {" assessed-by=\"" + std::string(40, 'c') + "\"", std::string(40, 'c'), true},
        // 40 characters of two bytes each: lengths count characters, not bytes
        {" assessed-by=\"" + repeated("\xC3\xA9", 40) + "\"", repeated("\xC3\xA9", 40), true},
    }));
    const auto checklist = loaded(rootWith(attributes));
    CHECK(checklist.assessedBy == body);
    CHECK(checklist.assurance == assurance);
}

TEST_CASE("A bad assessed-by or assurance value is refused with its line and reason", "[loader][checklist][format-1.1]")
{
    auto [attributes, message] = GENERATE(table<std::string, std::string>({
        {R"( assessed-by="")",
         "test.xml:1: <checklist> attribute assessed-by must name the body that assesses itself, e.g. board or "
         "committee; it is blank"},
        {R"( assessed-by="   ")",
         "test.xml:1: <checklist> attribute assessed-by must name the body that assesses itself, e.g. board or "
         "committee; it is blank"},
        {" assessed-by=\"" + std::string(41, 'c') + "\"",
         "test.xml:1: <checklist> attribute assessed-by holds 41 characters; at most 40 are allowed"},
        {R"( assurance="On")", "test.xml:1: <checklist> attribute assurance=\"On\" must be on or off"},
        {R"( assurance="true")", "test.xml:1: <checklist> attribute assurance=\"true\" must be on or off"},
        {R"( assurance="")", "test.xml:1: <checklist> attribute assurance=\"\" must be on or off"},
    }));
    const auto result = parseChecklist(rootWith(attributes), "test.xml");
    CHECK_FALSE(result.checklist);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].str() == message);
}
