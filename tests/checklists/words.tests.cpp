// The words every face presents results in.
#include "checklists/words.hpp"

#include "builders.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace ccg;

TEST_CASE("Scores, changes and levels read the same wherever they are shown", "[words]")
{
    CHECK(words::percent(52.25) == "52.2%");
    CHECK(words::percent(std::nullopt) == "no score");
    CHECK(words::percent(std::nullopt, "n/a") == "n/a");
    CHECK(words::wholePercent(62.5) == "63%");
    CHECK(words::wholePercent(std::nullopt) == "\xE2\x80\x93");
    CHECK(words::change(4.25) == "+4.2");
    CHECK(words::change(-0.5) == "-0.5");
    CHECK(words::change(std::nullopt) == "\xE2\x80\x94");
    CHECK(words::points(-4.25) == "4.2 points");
    CHECK(words::levelChange(2) == "+2");
    CHECK(words::levelChange(0) == "0");
    CHECK(words::levelChange(std::nullopt) == "\xE2\x80\x93");
    CHECK(words::number(66.666666) == "66.6667");
    CHECK(words::ragWord(Rag::Green) == "Green");
    CHECK(words::ragWord(Rag::None) == "No score");
    CHECK(words::plural(1, "item", "items") == "1 item");
    CHECK(words::plural(3, "item", "items") == "3 items");
    CHECK(words::days(1) == "1 day");
}

TEST_CASE("Ratings read as their level and label, N/A or a dash", "[words]")
{
    const Checklist list = test::checklist({test::domain("d", {test::item("a")})});
    CHECK(words::ratingWords(list, Rating::at(3)) == "3 Level 3");
    CHECK(words::ratingWords(list, Rating::notApplicable()) == "Not applicable");
    CHECK(words::ratingWords(list, Rating::notApplicable(), true) == "not applicable");
    CHECK(words::ratingText(Rating::at(2)) == "2");
    CHECK(words::ratingText(Rating::notApplicable()) == "N/A");
    CHECK(words::ratingText(std::nullopt) == "\xE2\x80\x93");
    ItemScore unanswered;
    CHECK(words::effectiveWords(list, unanswered) == "Unanswered");
    CHECK(words::disagreementWords(4) == "two levels or more");
    CHECK(words::disagreementWords(1) == "one level or more");
    CHECK(words::statusWords(ActionStatus::InProgress) == "In progress");
    CHECK(words::statusWords(ItemStatus::NotApplicable) == "Not applicable");
}

TEST_CASE("Reviews are lettered as spreadsheet columns are", "[words]")
{
    auto [index, letters] = GENERATE(table<std::size_t, std::string>({
        {0, "A"}, {1, "B"}, {25, "Z"}, {26, "AA"}, {27, "AB"}, {49, "AX"}, {51, "AZ"}, {52, "BA"}, {701, "ZZ"},
        {702, "AAA"},
    }));
    CHECK(words::columnLetters(index) == letters);
}

TEST_CASE("Assurance, evidence strength, outcomes and follow-through read the same on every face", "[words][assurance]")
{
    CHECK(words::assuranceWords(Assurance::Substantial) == "Substantial");
    CHECK(words::assuranceWords(Assurance::None) == "No assurance");
    CHECK(words::assuranceWords(std::nullopt) == "Nothing to assess");
    CHECK(words::strengthWords(EvidenceStrength::None) == "None");
    CHECK(words::strengthWords(EvidenceStrength::Documented) == "Documented");
    CHECK(words::outcomeWords(CommitmentOutcome::Partly) == "Partly done");
    CHECK(words::outcomeWords(CommitmentOutcome::NotDone) == "Not done");
    CHECK(words::outcomeWords(CommitmentOutcome::Pending) == "Pending");
    CHECK(words::coverageWords(0.136) == "14%");
    CHECK(words::coverageWords(std::nullopt) == "\xE2\x80\x93");
    CHECK(words::capitalised("board") == "Board");
    CHECK(words::capitalised("audit committee") == "Audit committee");
    CHECK(words::capitalised("") == "");

    FollowThrough none;
    CHECK(words::followThroughWords(none) == "No commitment was carried from an earlier review");
    FollowThrough leftOut{3, 0, 0, 0, 2, 1, std::nullopt};
    CHECK(words::followThroughWords(leftOut) ==
          "No rate yet: no commitment is done, partly done or not done (2 superseded and 1 pending left out)");
    FollowThrough demo{4, 1, 1, 1, 1, 0, 50.0};
    CHECK(words::followThroughWords(demo) ==
          "50% (1 done, 1 partly done, 1 not done; 1 superseded and 0 pending left out)");
}
