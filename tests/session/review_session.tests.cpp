// The session behind the main window: edits reach storage at once, scores follow them, and
// undo/redo walk them back and forth. Scores are checked by hand against PRODUCT.md §5.
#include "session_support.hpp"

#include "process_runner.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <utility>

using namespace ccg;
using Catch::Approx;

namespace {

std::optional<int> storedLevel(const storage::Repository& repository, storage::RowId reviewId,
                               const std::string& item, const std::string& rater)
{
    const storage::StoredReview review = repository.loadReview(reviewId);
    const Answer* answer = review.assessment.findAnswer(item, rater);
    if (!answer || answer->rating.isNotApplicable())
        return std::nullopt;
    return answer->rating.level;
}

}  // namespace

TEST_CASE("A rating is stored before rate() returns and counts in the scores at once", "[session]")
{
    test::TempDir dir;
    const std::string file = dir.file("ccg.sqlite");
    {
        test::SessionWithReview fixture(storage::Repository::open(file));
        fixture.session.rate("gov-01", Rating::at(3));
        // gov-01 (weight 2) at 3/4; gov-02 unanswered counts 0: governance = 100 * 1.5 / 3.
        CHECK(fixture.session.scores().findDomain("governance")->score == Approx(50.0));
        CHECK(fixture.session.scores().findDomain("engagement")->score == Approx(0.0));
        CHECK(*fixture.session.scores().overall == Approx(100.0 / 3.0));
    }
    // A new connection on the same file (as after a crash or a restart) sees the rating.
    const auto reopened = storage::Repository::open(file);
    const auto reviews = reopened.listReviews();
    REQUIRE(reviews.size() == 1);
    CHECK(storedLevel(reopened, reviews.front().id, "gov-01", "") == 3);
}

TEST_CASE("Undo and redo of ratings restore what storage holds and the scores", "[session][undo]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.rate("gov-01", Rating::at(3));
    session.rate("gov-01", Rating::at(1));
    session.rate("eng-01", Rating::notApplicable());
    CHECK(session.history().undoDescription() == "Rating of eng-01 by Anonymous rater");  // whose rating it undoes

    session.undo();
    CHECK_FALSE(session.currentRating("eng-01"));
    session.undo();
    CHECK(storedLevel(fixture.repository, fixture.reviewId, "gov-01", "") == 3);
    CHECK(session.scores().findDomain("governance")->score == Approx(50.0));
    session.undo();
    CHECK_FALSE(session.currentRating("gov-01"));
    CHECK_FALSE(storedLevel(fixture.repository, fixture.reviewId, "gov-01", ""));
    CHECK(session.scores().findItem("gov-01")->status == ItemStatus::Unanswered);
    CHECK_FALSE(session.history().canUndo());

    session.redo();
    session.redo();
    CHECK(storedLevel(fixture.repository, fixture.reviewId, "gov-01", "") == 1);
    // gov-01 at 1/4 with weight 2: governance = 100 * 0.5 / 3.
    CHECK(session.scores().findDomain("governance")->score == Approx(100.0 / 6.0));

    SECTION("a new edit clears what could be redone")
    {
        session.rate("gov-02", Rating::at(4));
        CHECK_FALSE(session.history().canRedo());
    }
}

TEST_CASE("Typing a note is one undo step, leaving the box starts the next one", "[session][undo]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.rate("gov-01", Rating::at(2));
    session.setNote("gov-01", "Reg");
    session.setNote("gov-01", "Register");
    session.setNote("gov-01", "Register reviewed in May");
    session.sealEdits();
    session.setNote("gov-01", "Register reviewed in May; 2 gaps");

    session.undo();
    CHECK(session.currentNote("gov-01") == "Register reviewed in May");
    session.undo();
    CHECK(session.currentNote("gov-01").empty());
    const storage::StoredReview stored = fixture.repository.loadReview(fixture.reviewId);
    CHECK(stored.assessment.findAnswer("gov-01", "")->note.empty());
    // The rating was an earlier, separate step.
    CHECK(session.currentRating("gov-01") == Rating::at(2));
    session.redo();
    CHECK(session.currentNote("gov-01") == "Register reviewed in May");
    session.redo();
    CHECK(session.currentNote("gov-01") == "Register reviewed in May; 2 gaps");
}

TEST_CASE("A note or evidence on an item not yet rated is kept", "[session]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.setNote("eng-02", "Ask the comms lead first");
    session.setEvidence("eng-02", "Annual report, p. 4");
    CHECK(session.currentNote("eng-02") == "Ask the comms lead first");
    CHECK(session.currentEvidence("eng-02") == "Annual report, p. 4");
    CHECK(session.scores().findItem("eng-02")->status == ItemStatus::Unanswered);

    session.rate("eng-02", Rating::at(1));
    CHECK(session.currentNote("eng-02") == "Ask the comms lead first");
    session.rate("eng-02", std::nullopt);
    CHECK(session.currentNote("eng-02") == "Ask the comms lead first");
}

TEST_CASE("A note or evidence over 100,000 characters is refused and what was stored stays", "[session]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.setNote("gov-01", "Short note");
    // Characters, not bytes: a full-length note in two-byte letters is still taken.
    const std::string longest = [] {
        std::string text;
        for (std::size_t i = 0; i < session::kMaxNoteChars; ++i)
            text += "\xC3\xA9";
        return text;
    }();
    session.setEvidence("gov-01", longest);
    CHECK(session.currentEvidence("gov-01") == longest);

    for (const bool evidence : {false, true}) {
        const std::string tooLong(session::kMaxNoteChars + 1, 'x');
        try {
            evidence ? session.setEvidence("gov-01", tooLong) : session.setNote("gov-01", tooLong);
            FAIL("a text over the limit was stored");
        } catch (const storage::StorageError& error) {
            CHECK(error.kind() == storage::StorageErrorKind::Invalid);
            CHECK(std::string(error.what()).find("100000 characters; this one has 100001") != std::string::npos);
        }
    }
    CHECK(session.currentNote("gov-01") == "Short note");
    CHECK(session.currentEvidence("gov-01") == longest);
    // Nothing refused went into the undo history: undo takes back the long evidence.
    session.undo();
    CHECK(session.currentEvidence("gov-01").empty());
    CHECK(session.currentNote("gov-01") == "Short note");
}

TEST_CASE("A note imported longer than the limit can still be edited, but not lengthened", "[session]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    const std::string imported(session::kMaxNoteChars + 500, 'i');
    // Answers files have no such limit, and importing writes to storage directly.
    fixture.repository.setNote(fixture.reviewId, "", "gov-01", imported);
    auto& session = fixture.session;
    session.openReview(fixture.reviewId);
    REQUIRE(session.currentNote("gov-01") == imported);

    const std::string shorter = imported.substr(0, imported.size() - 100);
    session.setNote("gov-01", shorter);
    CHECK(session.currentNote("gov-01") == shorter);
    CHECK_THROWS_AS(session.setNote("gov-01", shorter + std::string(101, 'x')), storage::StorageError);
    CHECK(session.currentNote("gov-01") == shorter);
}

TEST_CASE("Each rater rates separately, the agreed level overrides the lower median", "[session][agree]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.addRater({"chair", "Dr A. Chair", "Chair"});
    session.addRater({"ao", "B. Officer", "Accountable officer"});
    session.setCurrentRater("chair");
    session.rate("gov-01", Rating::at(4));
    session.setCurrentRater("ao");
    session.rate("gov-01", Rating::at(1));
    CHECK(session.currentRating("gov-01") == Rating::at(1));

    const auto table = session.agreement();
    REQUIRE(table.raters.size() == 2);
    const auto& row = table.rows.front();
    CHECK(row.itemId == "gov-01");
    CHECK(row.ratings[0] == Rating::at(4));
    CHECK(row.ratings[1] == Rating::at(1));
    CHECK(row.spread == 3);
    CHECK(row.disagreement);
    CHECK(row.suggested->level == 1);  // lower median of {1, 4}
    // gov-01 counts 1/4 with weight 2: governance = 100 * 0.5 / 3.
    CHECK(session.scores().findDomain("governance")->score == Approx(100.0 / 6.0));

    session.setAgreed("gov-01", Rating::at(3));
    CHECK(session.agreement().rows.front().agreed == Rating::at(3));
    CHECK(session.scores().findItem("gov-01")->level == 3);
    CHECK(session.scores().findItem("gov-01")->spread == 3);  // the spread stays the raters'
    CHECK(session.scores().findDomain("governance")->score == Approx(50.0));

    session.undo();
    CHECK_FALSE(session.agreement().rows.front().agreed);
    CHECK(session.scores().findDomain("governance")->score == Approx(100.0 / 6.0));
}

TEST_CASE("Setting an unknown rater is refused and changes nothing", "[session]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    CHECK_THROWS(fixture.session.setCurrentRater("nobody"));
    CHECK(fixture.session.currentRater().empty());
}

TEST_CASE("A review started as a copy follows the previous one and keeps its open actions", "[session]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.addRater({"chair", "Dr A. Chair", "Chair"});
    session.setCurrentRater("chair");
    session.rate("gov-01", Rating::at(2));
    session.setTarget("eng-02", 4);
    session.addAction({"gov-01", "Board secretary", "2014-06-30", ActionStatus::Open, "Refresh the register"});
    session.addAction({"gov-02", "Chair", "2014-05-01", ActionStatus::Done, "Run the annual review"});

    const auto copy = session.createReview(fixture.organisationId, {"2015", "Board self-review 2015", "2015-03-01"},
                                           fixture.reviewId);
    REQUIRE(session.hasReview());
    CHECK(session.review().id == copy);
    CHECK(session.review().previousReviewId == fixture.reviewId);
    CHECK(session.assessment().raters.size() == 1);
    CHECK(session.assessment().findTarget("eng-02")->level == 4);
    REQUIRE(session.actions().size() == 1);
    CHECK(session.actions().front().action.text == "Refresh the register");
    CHECK(session.assessment().answers.empty());  // answers are copied only when asked
    REQUIRE(session.previousScores());
    CHECK(session.previousScores()->findItem("gov-01")->level == 2);
    CHECK_FALSE(session.history().canUndo());

    SECTION("a blank review of the same organisation follows its latest review")
    {
        session.createReview(fixture.organisationId, {"2016", "Board self-review 2016", "2016-03-01"}, {});
        CHECK(session.review().previousReviewId == copy);
    }
}

TEST_CASE("Actions are added, edited and closed with undo", "[session][actions]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    const Action action{"gov-01", "Board secretary", "2014-06-30", ActionStatus::Open, "Refresh the register"};
    const auto id = session.addAction(action);
    Action closed = action;
    closed.status = ActionStatus::Done;
    session.updateAction(id, closed);
    CHECK(session.findAction(id)->action.status == ActionStatus::Done);
    session.undo();
    CHECK(session.findAction(id)->action.status == ActionStatus::Open);
    session.undo();
    CHECK(session.actions().empty());
    session.redo();
    REQUIRE(session.actions().size() == 1);
    CHECK(session.actions().front().action == action);
}

TEST_CASE("Deleting the open review closes it", "[session]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    fixture.session.deleteReview(fixture.reviewId);
    CHECK_FALSE(fixture.session.hasReview());
    CHECK(fixture.repository.listReviews().empty());
}

TEST_CASE("Listeners hear of each change with the item it concerns", "[session]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    std::vector<session::ChangeEvent> heard;
    fixture.session.subscribe([&](const session::ChangeEvent& change) { heard.push_back(change); });
    fixture.session.rate("gov-02", Rating::at(1));
    fixture.session.undo();
    REQUIRE(heard.size() == 2);
    CHECK(heard[0].what == session::Change::Answers);
    CHECK(heard[0].itemId == "gov-02");
    CHECK(heard[1].itemId == "gov-02");
}

TEST_CASE("Work in progress is saved to its own review before another review opens", "[session]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    bool pending = true;
    session.beforeReviewChange([&] {
        if (std::exchange(pending, false))
            session.setNote("gov-01", "typed before switching");
    });
    const auto other = session.createReview(fixture.organisationId, {"2015", "Next review", "2015-03-01"}, {});
    CHECK(session.review().id == other);
    CHECK(session.currentNote("gov-01").empty());
    session.openReview(fixture.reviewId);
    CHECK(session.currentNote("gov-01") == "typed before switching");
}

TEST_CASE("A rating changes the scores through exactly one analysis, and the previous review is not scored again",
          "[session][analysis]")
{
    auto repository = storage::Repository::openInMemory();
    int analyses = 0;
    int earlierScoredAgain = 0;
    session::ReviewSession session(repository, test::kMiniChecklist,
                                   [&](const Checklist& checklist, const Assessment& assessment,
                                       const EarlierReview* earlier, Date asOf) {
                                       ++analyses;
                                       earlierScoredAgain += earlier && !earlier->scores;
                                       return analyse(checklist, assessment, earlier, asOf);
                                   });
    const auto organisation = session.createOrganisation({"00Q", "NHS Example CCG"});
    const auto first = session.createReview(organisation, {"2013-q1", "Review 2013", "2013-03-01"}, {});
    session.rate("gov-01", Rating::at(2));
    session.createReview(organisation, {"2014-q1", "Review 2014", "2014-03-01"}, first);
    REQUIRE(session.previous());

    analyses = 0;
    session.rate("gov-01", Rating::at(3));
    CHECK(analyses == 1);
    // What the pages show comes from that one analysis.
    (void)session.dashboard(today());
    (void)session.agreement();
    CHECK(session.analysis().itemTrends.front().change == 1);
    (void)session.listReviews();
    CHECK(session.scores().findItem("gov-01")->level == 3);
    CHECK(analyses == 1);
    session.undo();
    CHECK(analyses == 2);
    CHECK(earlierScoredAgain == 0);
}

TEST_CASE("After any edit, undo and redo the session holds exactly what storage holds", "[session][undo]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.addRater({"chair", "Dr A. Chair", "Chair"});
    session.addRater({"ao", "B. Officer", "Accountable officer"});
    const auto same = [&] {
        const auto stored = fixture.repository.loadReview(fixture.reviewId);
        CHECK(session.assessment() == stored.assessment);
        CHECK(session.review().revision == stored.summary.revision);
    };
    session.setCurrentRater("ao");
    session.rate("eng-02", Rating::at(2));
    session.setNote("eng-01", "a note before a rating");
    session.setCurrentRater("chair");
    session.rate("eng-02", Rating::at(4));
    session.rate("gov-01", Rating::notApplicable());
    session.setEvidence("gov-01", "minutes");
    session.setAgreed("eng-02", Rating::at(3));
    session.setTarget("gov-02", 2);
    session.setCurrentRater("");
    session.rate("gov-02", Rating::at(1));
    same();
    for (int i = 0; i < 6; ++i) {
        session.undo();
        same();
    }
    for (int i = 0; i < 4; ++i) {
        session.redo();
        same();
    }
    session.rate("eng-02", std::nullopt);
    same();
}
