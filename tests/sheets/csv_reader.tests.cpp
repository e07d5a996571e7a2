#include "checklists/sheets/csv_reader.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg::sheets;

namespace {

std::string cellText(const Table& table, std::size_t row, int column)
{
    const Cell* cell = table.rows.at(row).cell(column);
    return cell ? cell->text : std::string("<empty>");
}

}  // namespace

TEST_CASE("CSV fields follow RFC 4180 and rows count records, not lines", "[sheets][csv]")
{
    const auto read = readCsv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n\n\"\",last\n", "t.csv");
    REQUIRE(read.table);
    const Table& table = *read.table;
    REQUIRE(table.rows.size() == 3);
    CHECK(cellText(table, 0, 1) == "b,c");
    CHECK(cellText(table, 0, 2) == "say \"hi\"");
    CHECK(table.rows[1].number == 2);
    CHECK(cellText(table, 1, 0) == "two\nlines");
    CHECK(cellText(table, 1, 1) == "<empty>");
    CHECK(cellText(table, 1, 2) == "x");
    CHECK(table.rows[2].number == 4);  // the blank record 3 is not stored
    CHECK(cellText(table, 2, 1) == "last");
}

TEST_CASE("A UTF-8 BOM is dropped and other encodings are refused with what to do", "[sheets][csv]")
{
    const auto bom = readCsv("\xEF\xBB\xBFid\n", "t.csv");
    REQUIRE(bom.table);
    CHECK(cellText(*bom.table, 0, 0) == "id");
    const auto latin = readCsv("id\ncaf\xE9\n", "t.csv");
    CHECK_FALSE(latin.table);
    REQUIRE(latin.errors.size() == 1);
    CHECK(latin.errors[0].str() == "t.csv:2: the file is not UTF-8 (Windows-1252 or another code page); save it as CSV UTF-8");
}
