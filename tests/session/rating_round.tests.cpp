// The rating round in the session: blind rating, reveal, returns and the agreement record.
#include "session_support.hpp"

#include "app/storage/answers_exchange.hpp"
#include "checklists/assessment_writer.hpp"
#include "process_runner.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using Catch::Approx;

namespace {

/// A blind review with two raters who have each rated gov-01 (4 and 1) and eng-02 (2 and 2).
struct BlindReview {
    BlindReview() : repository(storage::Repository::openInMemory()), session(repository, test::kMiniChecklist)
    {
        const auto organisation = session.createOrganisation({"00Q", "NHS Example CCG"});
        reviewId = session.createReview(organisation, {"2015", "Blind review", "2015-03-01"}, {}, false, true);
        session.addRater({"chair", "Dr A. Chair", "Chair"});
        session.addRater({"lay", "L. Member", "Lay member"});
        session.setCurrentRater("chair");
        session.rate("gov-01", Rating::at(4));
        session.setNote("gov-01", "The chair's private note");
        session.rate("eng-02", Rating::at(2));
        session.setCurrentRater("lay");
        session.rate("gov-01", Rating::at(1));
        session.rate("eng-02", Rating::at(2));
    }

    storage::Repository repository;
    session::ReviewSession session;
    storage::RowId reviewId = 0;
};

}  // namespace

TEST_CASE("Before reveal a rater sees only their own ratings, scores and notes", "[session][round][blind]")
{
    BlindReview blind;
    auto& session = blind.session;
    REQUIRE(session.ratingsHidden());
    session.setCurrentRater("lay");
    // The lay member's own view: gov-01 at 1 of 4, no other rating, no spread, no disagreement.
    const ItemScore* gov01 = session.scores().findItem("gov-01");
    CHECK(gov01->level == 1);
    CHECK_FALSE(gov01->spread);
    CHECK_FALSE(gov01->disagreement);
    CHECK(session.visibleAssessment().answers.size() == 2);
    for (const auto& answer : session.visibleAssessment().answers)
        CHECK(answer.rater == "lay");
    CHECK_FALSE(session.answers().find("gov-01", "chair"));
    CHECK(session.currentNote("gov-01").empty());
    const auto agreement = session.agreement();
    for (const auto& row : agreement.rows) {
        CHECK_FALSE(row.spread);
        CHECK_FALSE(row.disagreement);
        for (std::size_t r = 0; r < agreement.raters.size(); ++r)
            if (agreement.raters[r].id != "lay")
                CHECK_FALSE(row.ratings[r]);
    }
    CHECK(session.dashboard(today()).viewNote.find("L. Member") != std::string::npos);

    // Switching rater switches the view: the chair sees the chair's 4 and note, not the 1.
    session.setCurrentRater("chair");
    CHECK(session.scores().findItem("gov-01")->level == 4);
    CHECK(session.currentNote("gov-01") == "The chair's private note");
    CHECK_FALSE(session.answers().find("gov-01", "lay"));
    // The board agrees once it has seen every rating.
    CHECK_THROWS(session.setAgreed("gov-01", Rating::at(2)));
}

TEST_CASE("Reveal is recorded with who and when, cannot be undone, and shows every rating", "[session][round][blind]")
{
    BlindReview blind;
    auto& session = blind.session;
    const std::size_t undoable = session.history().canUndo();
    session.reveal();
    CHECK_FALSE(session.ratingsHidden());
    REQUIRE(session.review().revealed);
    const auto audit = blind.repository.listAudit({blind.reviewId, 100});
    CHECK(std::any_of(audit.begin(), audit.end(), [](const storage::AuditEntry& entry) { return entry.field == "revealed"; }));
    const ItemScore* gov01 = session.scores().findItem("gov-01");
    CHECK(gov01->spread == 3);
    CHECK(gov01->disagreement);
    CHECK(gov01->level == 1);  // the lower median of 1 and 4
    CHECK(session.answers().find("gov-01", "chair"));
    CHECK(session.dashboard(today()).viewNote.empty());
    CHECK(session.history().canUndo() == static_cast<bool>(undoable));  // reveal is not an edit
    session.undo();
    CHECK_FALSE(session.ratingsHidden());
    CHECK_THROWS(session.setBlind(true));
}

TEST_CASE("The agreement record: rationale and dissent are undoable edits beside the agreed level",
          "[session][round][agreement]")
{
    BlindReview blind;
    auto& session = blind.session;
    session.reveal();
    CHECK_THROWS(session.setRationale("gov-01", "why"));  // nothing agreed yet
    session.setAgreed("gov-01", Rating::at(2));
    session.setRationale("gov-01", "A register exists; reviews are patchy.");
    session.setDissent("gov-01", "chair", "It is reviewed every quarter.");
    const AgreedRating* agreed = session.answers().agreed("gov-01");
    REQUIRE(agreed);
    CHECK(agreed->rationale == "A register exists; reviews are patchy.");
    CHECK(agreed->dissent == std::vector<Dissent>{{"chair", "It is reviewed every quarter."}});
    CHECK(session.history().undoDescription() == "Dissent of Dr A. Chair on gov-01");
    session.undo();
    CHECK(session.answers().agreed("gov-01")->dissent.empty());
    session.undo();
    CHECK(session.answers().agreed("gov-01")->rationale.empty());
    session.redo();
    CHECK(session.answers().agreed("gov-01")->rationale == "A register exists; reviews are patchy.");
    CHECK(session.assessment() == blind.repository.loadReview(blind.reviewId).assessment);
}

TEST_CASE("Returned forms are taken each on its own, a second return replaces the first only when confirmed",
          "[session][round][returns]")
{
    BlindReview blind;
    auto& session = blind.session;
    test::TempDir dir;
    Assessment form;
    form.checklistId = "mini";
    form.checklistVersion = "1.0";
    form.organisation = Organisation{"00Q", "NHS Example CCG"};
    form.review = ReviewInfo{"2015", "Blind review", "2015-03-01"};
    form.raters = {{"lay", "L. Member", "Lay member"}};
    form.answers = {{"gov-01", "lay", Rating::at(3), "Changed my mind", ""}};
    const std::string good = dir.file("lay.xml");
    saveAssessmentFile(form, good);
    form.review->id = "2016";
    const std::string wrong = dir.file("wrong.xml");
    saveAssessmentFile(form, wrong);

    int asked = 0;
    auto outcomes = session.takeReturns({wrong, good}, [&](const std::string&, const std::string&) {
        ++asked;
        return true;
    });
    REQUIRE(outcomes.size() == 2);
    CHECK_FALSE(outcomes[0].taken);
    CHECK(outcomes[0].message.find("not '2015'") != std::string::npos);
    CHECK(outcomes[1].taken);
    CHECK(outcomes[1].rater == "lay");
    CHECK(asked == 0);
    session.setCurrentRater("lay");
    CHECK(session.currentRating("gov-01") == Rating::at(3));
    CHECK_FALSE(session.currentRating("eng-02"));  // the return no longer rates it

    // The second return from the same member is taken only if the lead says so.
    outcomes = session.takeReturns({good}, [&](const std::string& rater, const std::string&) {
        ++asked;
        CHECK(rater == "lay");
        return false;
    });
    CHECK(asked == 1);
    CHECK_FALSE(outcomes[0].taken);
    CHECK(outcomes[0].message.find("kept") != std::string::npos);

    const auto progress = session.raterProgress();
    REQUIRE(progress.size() == 2);
    CHECK(progress[1].raterId == "lay");
    CHECK(progress[1].rated == 1);
    CHECK(progress[1].round.returnedFrom == "lay.xml");
    CHECK_FALSE(progress[0].round.returnedAt);
}
