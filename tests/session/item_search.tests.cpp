// Finding an item by words of its question or its id, as the action dialog's search box does.
#include "app/session/item_search.hpp"
#include "session_support.hpp"

#include "checklists/checklist_loader.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>

using namespace ccg;

TEST_CASE("Items are found by any words of their question or id, in any case and order", "[session][search]")
{
    const Checklist checklist = loadChecklistOrThrow(test::kMiniChecklist);
    const session::ItemSearch search(checklist);
    using Found = std::vector<std::string>;
    const auto [query, found] = GENERATE(table<std::string, Found>({
        {"", {"gov-01", "gov-02", "eng-01", "eng-02"}},
        {"   ", {"gov-01", "gov-02", "eng-01", "eng-02"}},
        {"interest", {"gov-01"}},               // from the middle of the question
        {"MANAGED", {"gov-01"}},                // its last word, in capitals
        {"decisions", {"eng-01", "eng-02"}},
        {"local decisions", {"eng-02"}},        // every word, in any order
        {"people explained", {"eng-02"}},
        {"decis", {"eng-01", "eng-02"}},        // part of a word
        {"eng-02", {"eng-02"}},                 // the id
        {"GOV", {"gov-01", "gov-02"}},
        {"board conflicts", {}},                // words of two different items
        {"budget", {}},
    }));
    INFO("query: '" << query << "'");
    CHECK(search.find(query) == found);
    for (const auto& id : {"gov-01", "gov-02", "eng-01", "eng-02"}) {
        const bool expected = std::find(found.begin(), found.end(), id) != found.end();
        CHECK(search.matches(id, query) == expected);
    }
    CHECK_FALSE(search.matches("no-such-item", ""));
}
