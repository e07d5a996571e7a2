// The record in words (app/session/recorded_change.cpp): what each kind of change is called,
// old and new as a board reads them, and what a rater may see of it while ratings are hidden.
#include "session_support.hpp"

#include "app/session/recorded_change.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace ccg;
using session::RecordedChange;

namespace {

using Value = std::optional<std::string>;

storage::AuditEntry entry(std::string table, std::string key, std::string field, Value old, Value next,
                          std::string rater = "", std::string item = "")
{
    storage::AuditEntry made;
    made.at = "2014-03-01T10:00:05.123Z";
    made.user = "governance-lead";
    made.reviewId = 1;
    made.rater = std::move(rater);
    made.table = std::move(table);
    made.key = std::move(key);
    made.field = std::move(field);
    made.oldValue = std::move(old);
    made.newValue = std::move(next);
    made.item = std::move(item);
    return made;
}

const std::vector<Rater> kRaters{{"chair", "Dr A. Chair", "Chair"}, {"ao", "", "Accountable officer"}};

}  // namespace

TEST_CASE("Each kind of change reads in the board's words, old and new as it reads them", "[session][history]")
{
    const std::nullopt_t none = std::nullopt;
    using Row = std::tuple<storage::AuditEntry, std::string, std::string, Value, Value>;
    const auto [audited, kind, what, before, after] = GENERATE_COPY(table<storage::AuditEntry, std::string, std::string, Value, Value>({
        Row{entry("answers", "gov-01", "rating", none, "3", "chair", "gov-01"), "rating", "rating of gov-01 by Dr A. Chair", none, "3"},
        Row{entry("answers", "gov-01", "rating", "3", "n/a", "ao", "gov-01"), "rating", "rating of gov-01 by ao", "3", "N/A"},
        Row{entry("answers", "gov-01", "rating", "n/a", none, "", "gov-01"), "rating", "rating of gov-01 by the anonymous rater", "N/A", none},
        Row{entry("answers", "gov-01", "note", "", "Minutes", "chair", "gov-01"), "note", "note on gov-01 by Dr A. Chair", none, "Minutes"},
        Row{entry("answers", "gov-01", "evidence", "Paper 7", "", "chair", "gov-01"), "evidence", "evidence for gov-01 by Dr A. Chair", "Paper 7", none},
        Row{entry("answers", "gov-01", "evidence_strength", none, "documented", "chair", "gov-01"), "other", "evidence strength of gov-01 by Dr A. Chair", none, "documented"},
        Row{entry("agreed_ratings", "gov-01", "rating", "2", "n/a", "", "gov-01"), "agreed", "agreed level of gov-01", "2", "N/A"},
        Row{entry("agreed_ratings", "gov-01", "rationale", "", "As minuted", "", "gov-01"), "rationale", "reason for the agreed level of gov-01", none, "As minuted"},
        Row{entry("dissents", "gov-01", "text", none, "Too kind", "ao", "gov-01"), "dissent", "dissent on gov-01 by ao", none, "Too kind"},
        Row{entry("target_overrides", "gov-02", "level", none, "4", "", "gov-02"), "target", "target of gov-02", "the checklist's", "4"},
        Row{entry("target_overrides", "gov-02", "level", "4", none, "", "gov-02"), "target", "target of gov-02", "4", "the checklist's"},
        Row{entry("actions", "7", "row", none, "Refresh the register", "", "gov-01"), "action", "action #7 on gov-01 added", none, "Refresh the register"},
        Row{entry("actions", "7", "row", "Refresh the register", none, "", ""), "action", "action #7 deleted", "Refresh the register", none},
        Row{entry("actions", "7", "status", "open", "in-progress", "", "gov-01"), "action", "status of action #7 on gov-01", "open", "in progress"},
        Row{entry("actions", "7", "due", "", "2014-06-30", "", "gov-01"), "action", "due date of action #7 on gov-01", none, "2014-06-30"},
        Row{entry("actions", "7", "owner", "", "Chair", "", "gov-01"), "action", "owner of action #7 on gov-01", none, "Chair"},
        Row{entry("actions", "7", "item", "gov-01", "gov-02", "", "gov-02"), "action", "item of action #7", "gov-01", "gov-02"},
        Row{entry("raters", "chair", "row", none, "Dr A. Chair", "chair"), "rater", "rater chair added", none, "Dr A. Chair"},
        Row{entry("raters", "chair", "role", "Chair", "Vice chair", "chair"), "rater", "role of rater chair", "Chair", "Vice chair"},
        Row{entry("reviews", "2014-q1", "row", none, "created"), "review", "review 2014-q1 created", none, "created"},
        Row{entry("reviews", "2014-q1", "status", "draft", "in-progress"), "review", "review's status", "draft", "in progress"},
        Row{entry("reviews", "2014-q1", "previous", none, "3"), "review", "previous review", none, "review #3"},
        Row{entry("reviews", "2014-q1", "title", "Q1", "First quarter"), "review", "review's title", "Q1", "First quarter"},
        Row{entry("reviews", "2014-q1", "blind", "on", "off"), "round", "blind rating", "on", "off"},
        Row{entry("reviews", "2014-q1", "revealed", none, "ratings revealed"), "round", "ratings revealed", none, "ratings revealed"},
        Row{entry("rater_rounds", "chair", "form", none, "rating form written", "chair"), "round", "rating form for Dr A. Chair", none, "rating form written"},
        Row{entry("rater_rounds", "ao", "return", none, "return taken from ao.xml: 4 answers", "ao"), "round", "return from ao", none, "return taken from ao.xml: 4 answers"},
        Row{entry("sign_offs", "2014-q1", "minute_ref", none, "B/14/7"), "other", "sign offs minute ref of 2014-q1", none, "B/14/7"},
    }));
    const RecordedChange change = session::describeChange(audited, kRaters);
    INFO(audited.table << " " << audited.field);
    CHECK(change.kind == kind);
    CHECK(change.what == what);
    CHECK(change.before == before);
    CHECK(change.after == after);
    CHECK(change.when == "2014-03-01 10:00:05");
    CHECK(change.at == "2014-03-01T10:00:05.123Z");
    CHECK(change.who == "governance-lead");
    CHECK(change.item == audited.item);
    CHECK(change.rater == audited.rater);
}

TEST_CASE("Nothing reads as a dash", "[session][history]")
{
    CHECK(session::shown(std::nullopt) == "\xE2\x80\x94");
    CHECK(session::shown(std::string("N/A")) == "N/A");
}

TEST_CASE("The session's record is the open review's, newest first, edits and undo included", "[session][history]")
{
    test::SessionWithReview open(storage::Repository::openInMemory());
    auto& session = open.session;
    session.addRater({"chair", "Dr A. Chair", "Chair"});
    session.setCurrentRater("chair");
    session.rate("gov-01", Rating::at(2));
    session.rate("gov-01", Rating::at(3));
    session.undo();
    const auto record = session::reviewRecord(session, std::string("gov-01"));
    REQUIRE(record.size() == 3);
    CHECK(record[0].what == "rating of gov-01 by Dr A. Chair");
    CHECK(record[0].before == "3");
    CHECK(record[0].after == "2");
    CHECK(record[2].before == std::nullopt);
    CHECK(record[2].after == "2");
    CHECK(session::reviewRecord(session).size() == record.size() + 2);  // the review created, the rater added
    CHECK_THROWS_AS(session::reviewRecord(session, std::string("gov-99")), storage::StorageError);
}

TEST_CASE("While ratings are hidden the record withholds other raters' answers, not one's own", "[session][history][blind]")
{
    auto repository = storage::Repository::openInMemory();
    session::ReviewSession session(repository, test::kMiniChecklist);
    const auto organisation = session.createOrganisation({"00Q", "NHS Example CCG"});
    session.createReview(organisation, {"2015", "Blind review", "2015-03-01"}, {}, false, true);
    session.addRater({"chair", "Dr A. Chair", "Chair"});
    session.addRater({"lay", "L. Member", "Lay member"});
    session.setCurrentRater("chair");
    session.rate("gov-01", Rating::at(4));
    session.setNote("gov-01", "The chair's private note");
    session.setCurrentRater("lay");
    session.rate("gov-01", Rating::at(1));
    REQUIRE(session.ratingsHidden());

    auto record = session::reviewRecord(session, std::string("gov-01"));
    REQUIRE(record.size() == 3);
    CHECK(record[0].after == "1");  // the lay member's own
    CHECK(record[1].what == "note on gov-01 by Dr A. Chair");
    CHECK(record[1].before == std::nullopt);
    CHECK(record[1].after == session::kHiddenValue);
    CHECK(record[2].after == session::kHiddenValue);

    session.reveal();
    record = session::reviewRecord(session, std::string("gov-01"));
    CHECK(record[1].after == "The chair's private note");
    CHECK(record[2].after == "4");
    // The stored record, as the command line reads it, withholds nothing.
    CHECK(session::reviewRecord(repository, session.review().id, std::string("gov-01"))[2].after == "4");
}
