// The small text helpers behind the commands' tables.
#include "app/cli/terminal_text.hpp"
#include "checklists/words.hpp"

#include <catch2/catch_test_macros.hpp>


using namespace ccg::cli;

TEST_CASE("Text from the database reaches the terminal without control characters", "[cli][text]")
{
    CHECK(printable("NHS \x1b[31mRed\x1b[0m CCG") == "NHS ?[31mRed?[0m CCG");
    CHECK(printable("line\nbreak\ttab\x7f") == "line?break?tab?");
    CHECK(printable("O'Brien & Co \xE2\x80\x93 caf\xC3\xA9") == "O'Brien & Co \xE2\x80\x93 caf\xC3\xA9");
}

TEST_CASE("Table cells are padded to their width and numbers shown to one decimal", "[cli][text]")
{
    CHECK(padRight("ab", 5) == "ab   ");
    CHECK(padRight("abcde", 5) == "abcde ");
    CHECK(padRight("caf\xC3\xA9", 5) == "caf\xC3\xA9 ");  // four characters in five bytes
    CHECK(columnsOf("caf\xC3\xA9 \xE2\x80\x93") == 6);
    CHECK(upperCase("amber") == "AMBER");
    CHECK(ccg::words::decimal(72.46, "-") == "72.5");
    CHECK(ccg::words::decimal(std::nullopt, "-") == "-");
    CHECK(ccg::words::percent(100.0, "n/a") == "100.0%");
    CHECK(ccg::words::percent(std::nullopt, "n/a") == "n/a");
}
