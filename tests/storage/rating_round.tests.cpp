// The rating round in storage: blind reviews and their reveal, the agreement record, forms and returns.
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include <functional>

using namespace ccg;
using namespace ccg::storage;
using ccg::test::kindOf;
using ccg::test::MiniDatabase;

namespace {

std::size_t auditEntries(const Repository& repository, RowId reviewId, const std::string& field)
{
    std::size_t count = 0;
    for (const auto& entry : repository.listAudit({reviewId, 1000}))
        count += entry.field == field;
    return count;
}

}  // namespace

TEST_CASE("A blind review is revealed once, by whom and when, in the audit trail", "[storage][round]")
{
    OpenOptions options;
    options.user = "lead";
    MiniDatabase db(Repository::openInMemory(options));
    auto& repo = db.repository;
    CHECK_FALSE(repo.reviewSummary(db.reviewId).blind);
    CHECK(kindOf([&] { repo.reveal(db.reviewId); }) == StorageErrorKind::Invalid);  // nothing is hidden

    repo.setBlind(db.reviewId, true);
    ReviewSummary summary = repo.reviewSummary(db.reviewId);
    CHECK(summary.blind);
    CHECK(summary.hidesRatings());
    repo.reveal(db.reviewId);
    summary = repo.reviewSummary(db.reviewId);
    REQUIRE(summary.revealed);
    CHECK(summary.revealed->by == "lead");
    CHECK_FALSE(summary.revealed->at.empty());
    CHECK_FALSE(summary.hidesRatings());
    CHECK(auditEntries(repo, db.reviewId, "revealed") == 1);
    CHECK(kindOf([&] { repo.reveal(db.reviewId); }) == StorageErrorKind::Conflict);
    CHECK(kindOf([&] { repo.setBlind(db.reviewId, true); }) == StorageErrorKind::Conflict);
    CHECK(repo.listReviews()[0].revealed == summary.revealed);
}

TEST_CASE("New and imported reviews are blind only when asked", "[storage][round]")
{
    auto repo = Repository::openInMemory();
    const RowId checklist = repo.storeChecklist(test::miniChecklistText(), "mini-checklist.xml");
    const RowId organisation = repo.createOrganisation({"00Q", "NHS Example CCG"});
    NewReview review = test::newReview(organisation, checklist, {"blind", "Blind review", "2014-03-01"});
    review.blind = true;
    CHECK(repo.reviewSummary(repo.createReview(review)).blind);

    Assessment imported = test::miniAssessment();
    imported.review->id = "imported";
    CHECK_FALSE(repo.reviewSummary(repo.importAssessment(imported, checklist)).blind);
    imported.review->id = "imported-blind";
    ImportOptions options;
    options.blind = true;
    CHECK(repo.reviewSummary(repo.importAssessment(imported, checklist, options)).blind);
}

TEST_CASE("An agreed rating keeps its rationale and each member's dissent, clearing it clears them",
          "[storage][round][agreement]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    CHECK(kindOf([&] { repo.setRationale(db.reviewId, "gov-01", "why"); }) == StorageErrorKind::Invalid);
    repo.setAgreed(db.reviewId, "gov-01", Rating::at(2));
    repo.setRationale(db.reviewId, "gov-01", "The register is not reviewed.");
    repo.setDissent(db.reviewId, "gov-01", "ao", "It is used every month.");
    repo.setDissent(db.reviewId, "gov-01", "chair", "");
    repo.setAgreed(db.reviewId, "gov-01", Rating::at(3));  // a new level keeps the record
    auto agreed = repo.loadReview(db.reviewId).assessment.agreed;
    REQUIRE(agreed.size() == 1);
    CHECK(agreed[0].rating == Rating::at(3));
    CHECK(agreed[0].rationale == "The register is not reviewed.");
    CHECK(agreed[0].dissent == std::vector<Dissent>{{"chair", ""}, {"ao", "It is used every month."}});
    CHECK(repo.loadItem(db.reviewId, "gov-01").agreed == agreed);
    CHECK(auditEntries(repo, db.reviewId, "rationale") == 1);

    repo.setDissent(db.reviewId, "gov-01", "chair", std::nullopt);
    CHECK(repo.loadReview(db.reviewId).assessment.agreed[0].dissent.size() == 1);
    CHECK(kindOf([&] { repo.setDissent(db.reviewId, "gov-01", "", "no"); }) == StorageErrorKind::Invalid);
    CHECK(kindOf([&] { repo.setDissent(db.reviewId, "gov-01", "ghost", "no"); }) == StorageErrorKind::NotFound);
    CHECK(kindOf([&] { repo.setRationale(db.reviewId, "gov-01", std::string(2001, 'x')); }) ==
          StorageErrorKind::Invalid);

    // Exported and imported again, the record comes back whole.
    const Assessment exported = repo.exportAssessment(db.reviewId);
    Assessment copy = exported;
    copy.review->id = "copy";
    const RowId again = repo.importAssessment(copy, db.checklistRow);
    CHECK(repo.loadReview(again).assessment.agreed == exported.agreed);

    repo.clearAgreed(db.reviewId, "gov-01");
    CHECK(repo.loadReview(db.reviewId).assessment.agreed.empty());
    repo.setAgreed(db.reviewId, "gov-01", Rating::at(1));
    CHECK(repo.loadReview(db.reviewId).assessment.agreed[0].dissent.empty());  // the old dissent went with it
}

TEST_CASE("A return replaces the rater's earlier ratings all at once and says what it changed",
          "[storage][round][returns]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    repo.setRating(db.reviewId, "ao", "gov-01", Rating::at(1));
    repo.setRating(db.reviewId, "ao", "gov-02", Rating::at(4));
    repo.setNote(db.reviewId, "ao", "eng-02", "a note without a rating");
    repo.setRating(db.reviewId, "chair", "gov-01", Rating::at(3));
    repo.recordFormWritten(db.reviewId, "ao");

    const std::vector<Answer> returned{{"gov-01", "ao", Rating::at(2), "changed my mind", ""},
                                       {"eng-01", "ao", Rating::notApplicable(), "", ""}};
    const ReturnTaken taken = repo.takeReturn(db.reviewId, "ao", returned, "ao-form.xml");
    CHECK(taken.taken == 2);
    CHECK(taken.added == 1);
    CHECK(taken.replaced == 1);
    CHECK(taken.removed == 1);  // gov-02 is no longer rated
    CHECK_FALSE(taken.earlierReturn);

    const StoredReview stored = repo.loadReview(db.reviewId);
    std::vector<Answer> ao;
    for (const auto& answer : stored.assessment.answers)
        if (answer.rater == "ao")
            ao.push_back(answer);
    CHECK(ao == std::vector<Answer>{returned[0], returned[1]});
    CHECK(stored.assessment.findAnswer("gov-01", "chair")->rating == Rating::at(3));  // another rater's stays
    REQUIRE(stored.drafts.size() == 1);
    CHECK(stored.drafts[0].note == "a note without a rating");

    const auto rounds = repo.raterRounds(db.reviewId);
    REQUIRE(rounds.size() == 2);
    CHECK(rounds[1].rater == "ao");
    CHECK(rounds[1].formWrittenAt);
    CHECK(rounds[1].returnedAt);
    CHECK(rounds[1].returnedFrom == "ao-form.xml");
    CHECK(rounds[1].lastChange);
    CHECK_FALSE(rounds[0].returnedAt);

    const ReturnTaken again = repo.takeReturn(db.reviewId, "ao", returned, "ao-form-2.xml");
    CHECK(again.earlierReturn == rounds[1].returnedAt);
    CHECK(again.added + again.replaced + again.removed == 0);  // the same answers again change nothing
}

TEST_CASE("A return that does not fit the review leaves everything as it was", "[storage][round][returns]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    repo.setRating(db.reviewId, "ao", "gov-01", Rating::at(1));
    const auto before = repo.loadReview(db.reviewId).assessment;
    const auto revision = repo.reviewSummary(db.reviewId).revision;
    const std::vector<std::vector<Answer>> bad{
        {{"gov-02", "ao", Rating::at(3), "", ""}, {"gov-99", "ao", Rating::at(2), "", ""}},  // unknown item
        {{"gov-02", "ao", Rating::at(3), "", ""}, {"gov-01", "chair", Rating::at(2), "", ""}},  // two raters
        {{"gov-02", "ao", Rating::at(9), "", ""}},  // off the scale
        {{"gov-02", "ao", Rating::at(1), "", ""}, {"gov-02", "ao", Rating::at(2), "", ""}},  // twice
    };
    for (const auto& answers : bad) {
        CHECK(kindOf([&] { repo.takeReturn(db.reviewId, "ao", answers, "bad.xml"); }) == StorageErrorKind::Invalid);
        CHECK(repo.loadReview(db.reviewId).assessment == before);
    }
    CHECK(kindOf([&] { repo.takeReturn(db.reviewId, "ghost", {}, "x.xml"); }) == StorageErrorKind::NotFound);
    CHECK(repo.reviewSummary(db.reviewId).revision == revision);
    CHECK_FALSE(repo.raterRounds(db.reviewId)[1].returnedAt);
}
