// The Items page tells the board member what an item asks and what good looks like, in native
// text (which screen readers read and users can select), and keys still rate from anywhere
// but the boxes that take typing.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/item_guidance.hpp"
#include "app/gui/item_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;

namespace {

const Item* firstItem(const Checklist& checklist, bool critical)
{
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            if (item.critical == critical && !item.evidence.empty() && !item.citations.empty())
                return &item;
    return nullptr;
}

}  // namespace

TEST_CASE("The Items page shows the item's question, facts and guidance as readable text", "[gui][items]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    const Checklist& checklist = frame->session().checklist();

    for (const bool critical : {true, false}) {
        const Item* item = firstItem(checklist, critical);
        REQUIRE(item);
        INFO(item->id);
        frame->goToItem(item->id);
        test::pump(50);
        const std::string header = test::itemHeaderText(*frame);
        CHECK(header.find(item->id) != std::string::npos);
        CHECK(header.find(checklist.domainOf(item->id)->title) != std::string::npos);
        CHECK(header.find(item->question) != std::string::npos);  // whole, however it wraps
        CHECK(header.find("weight ") != std::string::npos);
        CHECK((header.find("Critical item") != std::string::npos) == critical);

        auto* guidance = test::child<gui::ItemGuidance>(frame, "item-guidance");
        REQUIRE(guidance);
        const std::string text = guidance->GetValue().utf8_string();
        CHECK(text.find("What good looks like\n" + item->guidance) != std::string::npos);
        CHECK(text.find("Why it matters\n" + item->rationale) != std::string::npos);
        CHECK(text.find("\u2022  " + item->evidence.front()) != std::string::npos);
        CHECK(text.find("From the source\n" + words::citationWords(checklist, item->citations.front())) !=
              std::string::npos);
    }
    test::screenshot(*frame, "items-page");
    test::closeMainFrame(frame);
}

TEST_CASE("Keys pressed while reading the guidance still rate the item", "[gui][items][keyboard]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    const std::string item = frame->itemPanel()->itemId();
    REQUIRE_FALSE(item.empty());
    auto* guidance = test::child<gui::ItemGuidance>(frame, "item-guidance");
    REQUIRE(guidance);
    const auto before = frame->session().currentRating(item);
    const int wanted = before && before->level == 1 ? 2 : 1;  // a change the key alone can make
    guidance->SetFocus();
    test::pump(50);
    test::pressKey('0' + wanted);
    test::pump(50);
    REQUIRE(frame->session().currentRating(item));
    CHECK(frame->session().currentRating(item)->level == wanted);
    CHECK_FALSE(guidance->IsEditable());
    test::closeMainFrame(frame);
}
