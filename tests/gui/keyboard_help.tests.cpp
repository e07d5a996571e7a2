// Help > Keyboard shortcuts: two real tables, keys in one column and what they do in the other,
// listing exactly the accelerators the menu bar binds and the keys the rating screens take.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/command_ids.hpp"
#include "app/gui/guide_frame.hpp"
#include "app/gui/keyboard.hpp"
#include "app/gui/keyboard_help.hpp"
#include "app/gui/keyboard_help_dialog.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/menu_bar.hpp"
#include "app/gui/screen_fit.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/accel.h>
#include <wx/listctrl.h>
#include <wx/menu.h>

#include <memory>
#include <set>

using namespace ccg;

namespace {

/// An accelerator as flags and key code, so that "Ctrl+Shift+N" and "Shift+Ctrl+N" are one.
using Accelerator = std::pair<int, int>;

Accelerator accelerator(const wxAcceleratorEntry& entry)
{
    return {entry.GetFlags(), entry.GetKeyCode()};
}

void collect(const wxMenu& menu, std::multiset<Accelerator>& found)
{
    for (const wxMenuItem* item : menu.GetMenuItems()) {
        if (item->IsSubMenu())
            collect(*item->GetSubMenu(), found);
        else if (const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel()); accel)
            found.insert(accelerator(*accel));
    }
}

/// Every accelerator the menu bar binds.
std::multiset<Accelerator> menuAccelerators(const wxMenuBar& bar)
{
    std::multiset<Accelerator> found;
    for (size_t index = 0; index < bar.GetMenuCount(); ++index)
        collect(*bar.GetMenu(index), found);
    return found;
}

bool isHeading(wxListCtrl& list, long row)
{
    return list.GetItemText(row, 1).empty();
}

/// The keys column of every row that is not an area's heading, read as accelerators.
std::multiset<Accelerator> listedAccelerators(wxListCtrl& list)
{
    std::multiset<Accelerator> found;
    for (long row = 0; row < list.GetItemCount(); ++row) {
        if (isHeading(list, row))
            continue;
        wxAcceleratorEntry entry;
        INFO(list.GetItemText(row, 0).utf8_string());
        CHECK(entry.FromString(list.GetItemText(row, 0)));
        found.insert(accelerator(entry));
    }
    return found;
}

/// The first row whose keys column reads `keys`, or -1.
long rowOf(wxListCtrl& list, const wxString& keys)
{
    for (long row = 0; row < list.GetItemCount(); ++row)
        if (list.GetItemText(row, 0) == keys)
            return row;
    return -1;
}

/// Every cell's text fits its column: the table shows what it says, lined up, nothing cut.
void checkCellsFit(wxListCtrl& list)
{
    REQUIRE(list.GetColumnCount() == 2);
    const wxFont bold = list.GetFont().Bold();
    for (long row = 0; row < list.GetItemCount(); ++row) {
        int keysWidth = 0;
        list.GetTextExtent(list.GetItemText(row, 0), &keysWidth, nullptr, nullptr, nullptr,
                           isHeading(list, row) ? &bold : nullptr);
        INFO(list.GetItemText(row, 0).utf8_string());
        CHECK(keysWidth < list.GetColumnWidth(0));
        CHECK(list.GetTextExtent(list.GetItemText(row, 1)).x < list.GetColumnWidth(1));
    }
}

/// Answers the keyboard help as one of its buttons would, after checking it lists the window's keys.
class AnswerKeyboardHelp : public wxExpectModalBase<gui::KeyboardHelpDialog, AnswerKeyboardHelp> {
public:
    explicit AnswerKeyboardHelp(int answer) : m_answer(answer) {}

protected:
    int OnInvoked(gui::KeyboardHelpDialog* dialog) const override
    {
        CHECK(rowOf(*dialog->menuKeys(), "F1") >= 0);
        CHECK(rowOf(*dialog->screenKeys(), "0 to 4") >= 0);
        return m_answer;
    }

private:
    int m_answer;
};

}  // namespace

TEST_CASE("The keyboard help lists every accelerator of the menu bar, and only those", "[keyboard-help][gui]")
{
    REQUIRE_GUI();
    const std::unique_ptr<wxMenuBar> bar(gui::createMenuBar());
    const auto groups = gui::menuShortcuts(*bar);
    std::multiset<Accelerator> listed;
    for (const auto& group : groups)
        for (const auto& shortcut : group.shortcuts) {
            wxAcceleratorEntry entry;
            REQUIRE(entry.FromString(shortcut.keys));
            listed.insert(accelerator(entry));
        }
    CHECK(listed == menuAccelerators(*bar));
    CHECK(listed.size() >= 20);
    // Grouped by menu, in the menu bar's order; a menu without accelerators has no group.
    std::vector<wxString> areas;
    for (const auto& group : groups)
        areas.push_back(group.area);
    CHECK(areas == std::vector<wxString>{"The File menu", "The Edit menu", "The Review menu", "The Report menu",
                                         "The Help menu"});
}

TEST_CASE("The keyboard help lists every key the Items page takes, and each key it lists does something",
          "[keyboard-help][gui]")
{
    const auto groups = gui::screenShortcuts(4);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].area == "On the Items page");
    std::set<int> listed;
    for (const auto& shortcut : groups[0].shortcuts) {
        CHECK_FALSE(shortcut.keyCodes.empty());
        if (shortcut.keys.StartsWith("Shift+")) {
            // Shift+E alone takes a modifier: the letter by itself does nothing.
            for (const int key : shortcut.keyCodes)
                CHECK(gui::isStrengthKey(key, wxMOD_SHIFT));
            continue;
        }
        listed.insert(shortcut.keyCodes.begin(), shortcut.keyCodes.end());
    }
    for (int key = 0; key < 1000; ++key) {
        INFO("key code " << key);
        const bool doesSomething = gui::keyAction(key, wxMOD_NONE, 4).command != gui::KeyCommand::None;
        CHECK(doesSomething == (listed.count(key) == 1));
    }
    // A scale topped by 2 (No/Partly/Yes) says so, and lists no key above it.
    const auto small = gui::screenShortcuts(2);
    CHECK(small[0].shortcuts[0].keys == "0 to 2");
    for (int key : small[0].shortcuts[0].keyCodes)
        CHECK(gui::keyAction(key, wxMOD_NONE, 2).command == gui::KeyCommand::Rate);
}

TEST_CASE("Help > Keyboard shortcuts shows two tables of keys and actions that fit the screen", "[keyboard-help][gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("keys.sqlite"));
    {
        gui::KeyboardHelpDialog dialog(frame, gui::screenShortcuts(4), gui::menuShortcuts(*frame->GetMenuBar()));
        dialog.Show();
        test::pump(200);
        wxListCtrl& screens = *dialog.screenKeys();
        wxListCtrl& menus = *dialog.menuKeys();
        CHECK(screens.HasFlag(wxLC_REPORT));
        CHECK(menus.HasFlag(wxLC_REPORT));
        checkCellsFit(screens);
        checkCellsFit(menus);
        // The window's menu bar, with the labels the user sees, is what the table lists.
        CHECK(listedAccelerators(menus) == menuAccelerators(*frame->GetMenuBar()));
        const long help = rowOf(menus, "F1");
        REQUIRE(help >= 0);
        CHECK(menus.GetItemText(help, 1) == "Keyboard shortcuts");
        const long organisation = rowOf(menus, "Ctrl+Shift+N");
        REQUIRE(organisation >= 0);
        CHECK(menus.GetItemText(organisation, 1) == "New organisation");
        CHECK(menus.GetItemText(rowOf(menus, "Ctrl+Z"), 1) == "Undo the last change");
        // Headings first, then their keys.
        CHECK(isHeading(screens, 0));
        CHECK(screens.GetItemText(0, 0) == "On the Items page");
        CHECK(screens.GetItemText(1, 0) == "0 to 4");
        CHECK(isHeading(menus, 0));
        CHECK(rowOf(screens, "Esc") > 0);

        const wxRect area = gui::workAreaOf(&dialog);
        INFO("work area " << area.width << "x" << area.height << ", dialog " << dialog.GetSize().x << "x"
                          << dialog.GetSize().y);
        CHECK(area.Contains(dialog.GetScreenRect()));
        CHECK(dialog.GetSize().x <= 1366);
        CHECK(dialog.GetSize().y <= 768);
        test::screenshot(dialog, "keyboard-help");
    }

    // Its button opens the guide.
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdKeyboardHelp), AnswerKeyboardHelp(gui::kIdGuide));
    test::pump(200);
    auto* guide = dynamic_cast<gui::GuideFrame*>(wxWindow::FindWindowByName("guide-frame"));
    REQUIRE(guide);
    guide->Close();
    test::pump(100);
    // Closed without it, it opens nothing.
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdKeyboardHelp), AnswerKeyboardHelp(wxID_CLOSE));
    test::pump(100);
    CHECK_FALSE(wxWindow::FindWindowByName("guide-frame"));
    test::closeMainFrame(frame);
}
