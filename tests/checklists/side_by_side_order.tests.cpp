// The orders a person can sort a side-by-side table in: by a review's column, by spread, by text.
#include "checklists/side_by_side_order.hpp"

#include "builders.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::test;

namespace {

using Key = SideBySideOrder::Key;

// Domain "a" with a1, a2, a3 and domain "b" with b1, b2; questions out of alphabetical order.
Checklist fiveItems()
{
    Checklist made = checklist({domain("a", {item("a1"), item("a2"), item("a3")}), domain("b", {item("b1"), item("b2")})});
    const char* questions[] = {"Zeal?", "alignment?", "Budget?", "clarity?", "Assurance?"};
    std::size_t next = 0;
    for (auto& d : made.domains)
        for (auto& i : d.items)
            i.question = questions[next++];
    return made;
}

// Spreads: a1 3, a2 2 (one review N/A), a3 none (one level only), b1 2, b2 2.
SideBySide threeReviews(const Checklist& list)
{
    return compareSideBySide(
        list, {{"r0", assessment({rated("a1", "x", 4), rated("a2", "x", 2), rated("b1", "x", 1), rated("b2", "x", 3)})},
               {"r1", assessment({rated("a1", "x", 1), naBy("a2", "x"), rated("a3", "x", 2), rated("b1", "x", 3),
                                  rated("b2", "x", 3)})},
               {"r2", assessment({rated("a1", "x", 2), rated("a2", "x", 0), rated("b1", "x", 3), rated("b2", "x", 1)})}});
}

std::vector<std::string> ids(const SideBySide& table, const std::vector<std::size_t>& rows)
{
    std::vector<std::string> result;
    for (std::size_t row : rows)
        result.push_back(table.items.at(row).itemId);
    return result;
}

}  // namespace

TEST_CASE("Items sort by spread either way, equal spreads in checklist order and no spread last", "[side-by-side]")
{
    const Checklist list = fiveItems();
    const SideBySide table = threeReviews(list);
    using Ids = std::vector<std::string>;
    CHECK(ids(table, orderedItems(list, table, {Key::Spread, 0, true})) == Ids{"a1", "a2", "b1", "b2", "a3"});
    CHECK(ids(table, orderedItems(list, table, {Key::Spread, 0, false})) == Ids{"a2", "b1", "b2", "a1", "a3"});
    // The widest gaps are those two or more levels apart.
    CHECK(ids(table, widestApart(list, table)) == Ids{"a1", "a2", "b1", "b2"});
}

TEST_CASE("Items sort by one review's level, unanswered and N/A last whichever way", "[side-by-side]")
{
    const Checklist list = fiveItems();
    const SideBySide table = threeReviews(list);
    using Ids = std::vector<std::string>;
    CHECK(ids(table, orderedItems(list, table, {Key::Review, 0, false})) == Ids{"b1", "a2", "b2", "a1", "a3"});
    CHECK(ids(table, orderedItems(list, table, {Key::Review, 0, true})) == Ids{"a1", "b2", "a2", "b1", "a3"});
    // Review 1 marked a2 N/A: it has no level to sort by.
    CHECK(ids(table, orderedItems(list, table, {Key::Review, 1, true})) == Ids{"b1", "b2", "a3", "a1", "a2"});
    // A review the table does not have sorts nothing out of place.
    CHECK(ids(table, orderedItems(list, table, {Key::Review, 9, false})) == Ids{"a1", "a2", "a3", "b1", "b2"});
}

TEST_CASE("Items sort by question regardless of case, and by checklist order both ways", "[side-by-side]")
{
    const Checklist list = fiveItems();
    const SideBySide table = threeReviews(list);
    using Ids = std::vector<std::string>;
    CHECK(ids(table, orderedItems(list, table, {Key::Text, 0, false})) == Ids{"a2", "b2", "a3", "b1", "a1"});
    CHECK(ids(table, orderedItems(list, table, {Key::Text, 0, true})) == Ids{"a1", "b1", "a3", "b2", "a2"});
    CHECK(ids(table, orderedItems(list, table, {Key::Checklist, 0, false})) == Ids{"a1", "a2", "a3", "b1", "b2"});
    CHECK(ids(table, orderedItems(list, table, {Key::Checklist, 0, true})) == Ids{"b2", "b1", "a3", "a2", "a1"});
}

TEST_CASE("Domains sort by a review's score, by range and by title", "[side-by-side]")
{
    const Checklist list = fiveItems();
    const SideBySide table = threeReviews(list);
    for (const bool descending : {false, true}) {
        CAPTURE(descending);
        for (std::size_t review = 0; review < 3; ++review) {
            const auto rows = orderedDomains(table, {Key::Review, review, descending});
            REQUIRE(rows.size() == 2);
            const auto first = table.domains[rows[0]].scores[review];
            const auto second = table.domains[rows[1]].scores[review];
            REQUIRE(first);
            REQUIRE(second);
            CHECK((descending ? *first >= *second : *first <= *second));
        }
        const auto byRange = orderedDomains(table, {Key::Spread, 0, descending});
        CHECK((descending ? *table.domains[byRange[0]].range >= *table.domains[byRange[1]].range
                          : *table.domains[byRange[0]].range <= *table.domains[byRange[1]].range));
        const auto byTitle = orderedDomains(table, {Key::Text, 0, descending});
        CHECK(table.domains[byTitle[0]].title == (descending ? "Domain b" : "Domain a"));
    }
}
