// Where an action stands as at a reference date, and the dates it is worked out from.
#include "checklists/action_state.hpp"
#include "checklists/words.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace ccg;

TEST_CASE("An action's BRAG follows its status and due date as at the reference date", "[actions][brag]")
{
    const Date asOf = *parseIsoDate("2014-03-14");
    auto [status, due, brag, text] = GENERATE(table<ActionStatus, std::string, Brag, std::string>({
        {ActionStatus::Done, "2013-01-01", Brag::Blue, "Done"},
        {ActionStatus::Dropped, "2013-01-01", Brag::Dropped, "Dropped"},
        {ActionStatus::Open, "2014-03-13", Brag::Red, "Overdue by 1 day"},
        {ActionStatus::InProgress, "2014-01-31", Brag::Red, "Overdue by 42 days"},
        {ActionStatus::Open, "2014-03-14", Brag::Amber, "Due today"},
        {ActionStatus::Open, "2014-03-15", Brag::Amber, "Due within 30 days (in 1 day)"},
        {ActionStatus::InProgress, "2014-04-13", Brag::Amber, "Due within 30 days (in 30 days)"},
        {ActionStatus::Open, "2014-04-14", Brag::Green, "On track (due in 31 days)"},
        {ActionStatus::Open, "", Brag::Green, "On track (no due date set)"},
        {ActionStatus::Open, "2014-02-30", Brag::Green, "On track (due date not valid)"},
    }));
    Action action;
    action.status = status;
    action.due = due;
    const ActionState result = actionState(action, asOf);
    CHECK(result.brag == brag);
    CHECK(words::bragWords(result) == text);
    CHECK(result.daysOverdue.has_value() == (brag == Brag::Red));
    CHECK(result.overdue() == (brag == Brag::Red));
    CHECK(result.live == (status == ActionStatus::Open || status == ActionStatus::InProgress));
}

TEST_CASE("Only real calendar dates written YYYY-MM-DD are dates", "[dates]")
{
    CHECK(parseIsoDate("2016-02-29").has_value());
    CHECK(parseIsoDate("2000-02-29").has_value());
    for (const char* bad : {"2014-02-29", "1900-02-29", "0000-01-01", "2014-2-01", "2014/02/01", "14-03-2014",
                            "2014-13-01", "2014-00-10", "", "2014-03-1x", " 2014-03-14", "2014-03-14 "})
        CHECK_FALSE(parseIsoDate(bad).has_value());
    CHECK(isoDate(*parseIsoDate("2014-03-04")) == "2014-03-04");
    CHECK(longDate(*parseIsoDate("2014-03-04")) == "4 March 2014");
    CHECK(daysBetween(*parseIsoDate("2013-12-31"), *parseIsoDate("2014-03-01")) == 60);
}
