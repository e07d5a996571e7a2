#include "checklists/sheets/cell_reference.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace ccg::sheets;

TEST_CASE("A cell reference gives its row from 1 and its column from 0", "[sheets][cells]")
{
    const auto [text, row, column] = GENERATE(table<std::string, int, int>({
        {"A1", 1, 0}, {"K7", 7, 10}, {"Z3", 3, 25}, {"AA10", 10, 26}, {"XFD1048576", 1048576, 16383}}));
    const auto reference = parseCellReference(text);
    REQUIRE(reference);
    CHECK(reference->row == row);
    CHECK(reference->column == column);
    CHECK(columnLetters(column) == text.substr(0, text.find_first_of("0123456789")));
}

TEST_CASE("A cell reference outside a worksheet or malformed is refused", "[sheets][cells]")
{
    const std::string text = GENERATE("", "A", "7", "A0", "a1", "XFE1", "A1048577", "A01", "A1B", "AAAA1");
    CHECK_FALSE(parseCellReference(text));
}
