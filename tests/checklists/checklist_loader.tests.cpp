#include "checklists/checklist_loader.hpp"
#include "checklists/words.hpp"

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
    CHECK(checklist.sources.at(0).year == 2013);
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

TEST_CASE("Format 1.1 sources, importance, locators and dotted ids are read, and a citation names its source",
          "[loader][checklist][format-1.1]")
{
    const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<checklist id="ac-handbook" version="1.1" title="Audit committee checklist" assessed-by="audit committee">
  <source title="Audit committee handbook" publisher="HFMA" year="2018" edition="4th edition" url="https://example.org/handbook"/>
  <source title="Code of governance" url="http://example.org/code?part=2&amp;x=1"/>
  <scale><level value="0" label="No"/><level value="1" label="Yes"/></scale>
  <domain id="s1" title="Structure">
    <item id="s1.1" importance="must"><question>Are the terms of reference reviewed each year?</question>
      <cite section="Terms of reference" locator="Annex H, para 4.3"/>
      <cite locator="Provision 26" source="2"/>
    </item>
    <item id="s1.2" importance="could"><question>Does the committee assess itself?</question></item>
    <item id="s1.3"><question>Are minutes kept?</question><cite section="Minutes" page="12" key-point="3"/></item>
  </domain>
</checklist>
)";
    const Checklist checklist = loaded(xml);
    REQUIRE(checklist.sources.size() == 2);
    CHECK(checklist.sources[0].edition == "4th edition");
    CHECK(checklist.sources[0].url == "https://example.org/handbook");
    CHECK(checklist.sources[1].url == "http://example.org/code?part=2&x=1");
    CHECK(words::sourceWords(checklist.sources[0]) == "Audit committee handbook, 4th edition (HFMA, 2018)");
    CHECK(words::sourceWords(checklist.sources[1]) == "Code of governance");
    const auto& items = checklist.domains.at(0).items;
    CHECK(items.at(0).id == "s1.1");
    CHECK(items[0].importance == Importance::Must);
    CHECK(items[1].importance == Importance::Could);
    CHECK_FALSE(items[2].importance);
    REQUIRE(items[0].citations.size() == 2);
    CHECK(items[0].citations[0].locator == "Annex H, para 4.3");
    CHECK_FALSE(items[0].citations[0].source);
    CHECK(items[0].citations[1].source == 2);
    CHECK(checklist.sourceOf(items[0].citations[0]) == &checklist.sources[0]);
    CHECK(checklist.sourceOf(items[0].citations[1]) == &checklist.sources[1]);
    // With two sources every citation says which one it means.
    CHECK(words::citationWords(checklist, items[0].citations[0]) ==
          "Audit committee handbook: Terms of reference (Annex H, para 4.3)");
    CHECK(words::citationWords(checklist, items[0].citations[1]) == "Code of governance: The source (Provision 26)");
    CHECK(words::citationWords(checklist, items[2].citations[0]) ==
          "Audit committee handbook: Minutes (p. 12, key point 3)");
}

TEST_CASE("A citation may name a source by number only within the checklist's sources", "[loader][checklist][format-1.1]")
{
    const auto withCite = [](const std::string& sources, const std::string& cite) {
        return "<checklist id=\"c\" version=\"1\" title=\"T\">" + sources +
               "<scale><level value=\"0\" label=\"No\"/><level value=\"1\" label=\"Yes\"/></scale>"
               "<domain id=\"d\" title=\"D\"><item id=\"i\"><question>Q?</question>" + cite +
               "</item></domain></checklist>";
    };
    // No source at all: the number is not checked (PRODUCT.md §3).
    CHECK(parseChecklist(withCite("", "<cite source=\"3\"/>"), "t.xml").checklist);
    CHECK(parseChecklist(withCite("<source title=\"A\"/><source title=\"B\"/>", "<cite source=\"2\"/>"), "t.xml").checklist);
    const auto beyond = parseChecklist(withCite("<source title=\"A\"/><source title=\"B\"/>", "<cite source=\"3\"/>"), "t.xml");
    REQUIRE_FALSE(beyond.checklist);
    REQUIRE(beyond.errors.size() == 1);
    CHECK(beyond.errors[0].str() == "t.xml:1: <cite> source=\"3\" names no source: the checklist has 2 <source> elements");
}
