// What each key means on the rating screens; no display needed.
#include "app/gui/keyboard.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <wx/defs.h>

using namespace ccg::gui;

TEST_CASE("Digits up to the top level rate, N marks N/A, arrows and pages move", "[gui][keys]")
{
    using Row = std::tuple<int, int, KeyCommand, int>;
    const auto [key, modifiers, command, level] = GENERATE(table<int, int, KeyCommand, int>({
        Row{'0', wxMOD_NONE, KeyCommand::Rate, 0},
        Row{'4', wxMOD_NONE, KeyCommand::Rate, 4},
        Row{'5', wxMOD_NONE, KeyCommand::None, 0},  // above the scale
        Row{WXK_NUMPAD3, wxMOD_NONE, KeyCommand::Rate, 3},
        Row{'N', wxMOD_NONE, KeyCommand::NotApplicable, 0},
        Row{'n', wxMOD_SHIFT, KeyCommand::NotApplicable, 0},
        Row{WXK_DOWN, wxMOD_NONE, KeyCommand::NextItem, 0},
        Row{WXK_UP, wxMOD_NONE, KeyCommand::PreviousItem, 0},
        Row{WXK_PAGEDOWN, wxMOD_NONE, KeyCommand::NextDomain, 0},
        Row{WXK_PAGEUP, wxMOD_NONE, KeyCommand::PreviousDomain, 0},
        Row{'3', wxMOD_CONTROL, KeyCommand::None, 0},  // Ctrl+3 belongs to the menus
        Row{'Z', wxMOD_CONTROL, KeyCommand::None, 0},
        Row{'N', wxMOD_ALT, KeyCommand::None, 0},
        Row{'X', wxMOD_NONE, KeyCommand::None, 0},
    }));
    const KeyAction action = keyAction(key, modifiers, 4);
    CHECK(action.command == command);
    if (command == KeyCommand::Rate)
        CHECK(action.level == level);
}
