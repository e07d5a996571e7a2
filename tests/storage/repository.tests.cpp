// The repository's typed operations: organisations, reviews, answers, actions, audit trail.
#include "process_runner.hpp"
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>

using namespace ccg;
using namespace ccg::storage;
using ccg::test::kindOf;
using ccg::test::MiniDatabase;

TEST_CASE("Organisations are created, listed, renamed and deleted", "[storage][repository]")
{
    auto repository = Repository::openInMemory();
    const RowId a = repository.createOrganisation({"00Q", "NHS Example CCG"});
    repository.createOrganisation({"01A", "NHS Other CCG"});
    auto listed = repository.listOrganisations();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].organisation == Organisation{"00Q", "NHS Example CCG"});
    CHECK(listed[0].reviewCount == 0);

    repository.updateOrganisation(a, {"00Q", "NHS Example ICB"});
    CHECK(repository.findOrganisation("00Q")->organisation.name == "NHS Example ICB");
    CHECK(kindOf([&] { repository.updateOrganisation(a, {"01A", "clash"}); }) == StorageErrorKind::Conflict);
    CHECK(kindOf([&] { repository.createOrganisation({"00Q", "again"}); }) == StorageErrorKind::Conflict);
    CHECK(kindOf([&] { repository.createOrganisation({"", "no code"}); }) == StorageErrorKind::Invalid);

    repository.deleteOrganisation(a);
    CHECK_FALSE(repository.findOrganisation("00Q"));
    CHECK(kindOf([&] { repository.deleteOrganisation(a); }) == StorageErrorKind::NotFound);
}

TEST_CASE("An organisation with reviews is deleted only when asked to take them too", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    CHECK(kindOf([&] { db.repository.deleteOrganisation(db.organisationId); }) == StorageErrorKind::Conflict);
    CHECK(db.repository.listReviews().size() == 1);
    db.repository.deleteOrganisation(db.organisationId, true);
    CHECK(db.repository.listReviews().empty());
    CHECK(db.repository.listOrganisations().empty());
}

TEST_CASE("The same checklist text is stored once and an invalid one not at all", "[storage][repository]")
{
    auto repository = Repository::openInMemory();
    const RowId first = repository.storeChecklist(test::miniChecklistText(), "mini.xml");
    CHECK(repository.storeChecklist(test::miniChecklistText(), "copy.xml") == first);
    CHECK(repository.checklistDefinition(first) == test::miniChecklistText());
    CHECK(repository.loadChecklist(first)->itemCount() == 4);
    REQUIRE(repository.listChecklists().size() == 1);
    CHECK(repository.listChecklists()[0].sha256.size() == 64);

    try {
        repository.storeChecklist("<checklist id=\"x\">", "broken.xml");
        FAIL("an invalid checklist was stored");
    } catch (const InputError& error) {
        REQUIRE_FALSE(error.diagnostics().empty());
        CHECK(error.diagnostics()[0].file == "broken.xml");
    }
    CHECK(repository.listChecklists().size() == 1);
}

TEST_CASE("A rater's answer is set, changed to N/A, noted and cleared", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    repo.setRating(db.reviewId, "chair", "gov-01", Rating::at(3));
    repo.setNote(db.reviewId, "chair", "gov-01", "Register seen");
    repo.setEvidence(db.reviewId, "chair", "gov-01", "Minutes 12/2013");
    auto review = repo.loadReview(db.reviewId);
    REQUIRE(review.assessment.answers.size() == 1);
    CHECK(review.assessment.answers[0] == Answer{"gov-01", "chair", Rating::at(3), "Register seen", "Minutes 12/2013"});

    repo.setRating(db.reviewId, "chair", "gov-01", Rating::notApplicable());
    CHECK(repo.loadReview(db.reviewId).assessment.answers[0].rating.isNotApplicable());

    SECTION("clearing the rating keeps the note as a draft")
    {
        repo.clearRating(db.reviewId, "chair", "gov-01");
        review = repo.loadReview(db.reviewId);
        CHECK(review.assessment.answers.empty());
        REQUIRE(review.drafts.size() == 1);
        CHECK(review.drafts[0] == AnswerDraft{"gov-01", "chair", "Register seen", "Minutes 12/2013"});
    }
    SECTION("clearing the answer removes everything")
    {
        repo.clearAnswer(db.reviewId, "chair", "gov-01");
        review = repo.loadReview(db.reviewId);
        CHECK(review.assessment.answers.empty());
        CHECK(review.drafts.empty());
    }
}

TEST_CASE("The anonymous rater answers without being added", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    db.repository.setRating(db.reviewId, "", "eng-02", Rating::at(2));
    const auto review = db.repository.loadReview(db.reviewId);
    REQUIRE(review.assessment.answers.size() == 1);
    CHECK(review.assessment.answers[0].rater.empty());
    CHECK(review.assessment.raters.size() == 2);
}

TEST_CASE("Edits outside the checklist or its scale are refused and change nothing", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    const auto before = repo.listAudit().size();
    CHECK(kindOf([&] { repo.setRating(db.reviewId, "chair", "nope-01", Rating::at(1)); }) == StorageErrorKind::Invalid);
    CHECK(kindOf([&] { repo.setRating(db.reviewId, "chair", "gov-01", Rating::at(5)); }) == StorageErrorKind::Invalid);
    CHECK(kindOf([&] { repo.setRating(db.reviewId, "chair", "gov-01", Rating::at(-1)); }) == StorageErrorKind::Invalid);
    CHECK(kindOf([&] { repo.setRating(db.reviewId, "ghost", "gov-01", Rating::at(1)); }) == StorageErrorKind::NotFound);
    CHECK(kindOf([&] { repo.setRating(999, "chair", "gov-01", Rating::at(1)); }) == StorageErrorKind::NotFound);
    CHECK(kindOf([&] { repo.setAgreed(db.reviewId, "gov-01", Rating::at(9)); }) == StorageErrorKind::Invalid);
    CHECK(kindOf([&] { repo.setTarget(db.reviewId, "gov-01", 7); }) == StorageErrorKind::Invalid);
    CHECK(kindOf([&] { repo.addAction(db.reviewId, {"gov-01", "o", "2014-02-30", ActionStatus::Open, "t"}); }) ==
          StorageErrorKind::Invalid);
    CHECK(kindOf([&] { repo.addRater(db.reviewId, {"chair", "again", ""}); }) == StorageErrorKind::Conflict);
    CHECK(kindOf([&] { repo.createReview(test::newReview(db.organisationId, db.checklistRow, {"2014-q1", "dup", ""})); }) ==
          StorageErrorKind::Conflict);
    CHECK(kindOf([&] { repo.updateReviewInfo(db.reviewId, {"2014-q1", "t", "2014-13-01"}); }) ==
          StorageErrorKind::Invalid);
    CHECK(repo.listAudit().size() == before);
    const auto review = repo.loadReview(db.reviewId);
    CHECK(review.assessment.answers.empty());
    CHECK(review.assessment.actions.empty());
}

TEST_CASE("Agreed ratings and targets are set and cleared", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    repo.setAgreed(db.reviewId, "gov-02", Rating::at(2));
    repo.setAgreed(db.reviewId, "eng-01", Rating::notApplicable());
    repo.setTarget(db.reviewId, "eng-02", 3);
    auto assessment = repo.loadReview(db.reviewId).assessment;
    CHECK(assessment.agreed == std::vector<AgreedRating>{{"gov-02", Rating::at(2)}, {"eng-01", Rating::notApplicable()}});
    CHECK(assessment.targets == std::vector<TargetOverride>{{"eng-02", 3}});
    repo.clearAgreed(db.reviewId, "gov-02");
    repo.clearTarget(db.reviewId, "eng-02");
    assessment = repo.loadReview(db.reviewId).assessment;
    CHECK(assessment.agreed == std::vector<AgreedRating>{{"eng-01", Rating::notApplicable()}});
    CHECK(assessment.targets.empty());
}

TEST_CASE("Actions keep a stable id through updates and deletes of others", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    const RowId first = repo.addAction(db.reviewId, {"gov-01", "Secretary", "2014-06-30", ActionStatus::Open, "Refresh"});
    const RowId second = repo.addAction(db.reviewId, {"eng-01", "Chair", "", ActionStatus::InProgress, "Consult"});
    const Action done{"gov-01", "Secretary", "2014-07-31", ActionStatus::Done, "Refreshed"};
    repo.updateAction(first, done);
    repo.deleteAction(second);
    const auto review = repo.loadReview(db.reviewId);
    REQUIRE(review.actions.size() == 1);
    CHECK(review.assessment.actions == std::vector<Action>{done});
    CHECK(review.actions[0].id == first);
    CHECK_FALSE(review.actions[0].createdAt.empty());
    CHECK(kindOf([&] { repo.updateAction(second, done); }) == StorageErrorKind::NotFound);
}

TEST_CASE("Every change is in the audit trail with user, rater, old and new value", "[storage][repository]")
{
    OpenOptions options;
    options.user = "governance-lead";
    MiniDatabase db(Repository::openInMemory(options));
    auto& repo = db.repository;
    repo.setRating(db.reviewId, "chair", "gov-01", Rating::at(2));
    repo.setRating(db.reviewId, "chair", "gov-01", Rating::notApplicable());
    repo.setRating(db.reviewId, "chair", "gov-01", Rating::notApplicable());  // no change, no entry
    repo.updateRater(db.reviewId, {"chair", "Dr A. Chair-Smith", "Chair"});
    const auto entries = repo.listAudit({db.reviewId, 10});
    REQUIRE(entries.size() >= 3);
    CHECK(entries[0].table == "raters");
    CHECK(entries[0].oldValue == "Dr A. Chair");
    CHECK(entries[0].newValue == "Dr A. Chair-Smith");
    CHECK(entries[1].table == "answers");
    CHECK(entries[1].rater == "chair");
    CHECK(entries[1].key == "gov-01");
    CHECK(entries[1].oldValue == "2");
    CHECK(entries[1].newValue == "n/a");
    CHECK(entries[1].user == "governance-lead");
    CHECK(entries[2].oldValue == std::nullopt);
    CHECK(entries[2].newValue == "2");
    CHECK(entries[0].at >= entries[2].at);
}

TEST_CASE("A review copied from a previous one takes what was chosen", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    repo.setAnswer(db.reviewId, {"gov-01", "chair", Rating::at(3), "note", "evidence"});
    repo.setAgreed(db.reviewId, "gov-01", Rating::at(2));
    repo.setTarget(db.reviewId, "gov-02", 2);
    repo.addAction(db.reviewId, {"gov-01", "a", "", ActionStatus::Open, "open one"});
    repo.addAction(db.reviewId, {"gov-01", "b", "", ActionStatus::Done, "done one"});

    NewReview next = test::newReview(db.organisationId, db.checklistRow, {"2015-q1", "Next", "2015-03-01"});
    next.copyFrom = db.reviewId;
    const bool answers = GENERATE(false, true);
    next.copy.answers = answers;
    next.copy.agreed = answers;
    const RowId copy = repo.createReview(next);
    const auto review = repo.loadReview(copy);
    CHECK(review.summary.previousReviewId == db.reviewId);
    CHECK(review.assessment.raters.size() == 2);
    CHECK(review.assessment.targets.size() == 1);
    REQUIRE(review.assessment.actions.size() == 1);
    CHECK(review.assessment.actions[0].text == "open one");
    CHECK(review.assessment.answers.size() == (answers ? 1u : 0u));
    CHECK(review.assessment.agreed.size() == (answers ? 1u : 0u));
    CHECK(repo.loadReview(db.reviewId).assessment.actions.size() == 2);
}

TEST_CASE("Kept figures are listed until the review changes, and figures of an older state are not kept",
          "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    auto listed = repo.listReviews();
    REQUIRE(listed.size() == 1);
    CHECK_FALSE(listed[0].figures);  // the repository never scores: nothing kept yet
    CHECK(listed[0].info == ReviewInfo{"2014-q1", "Board self-review", "2014-03-01"});
    const ReviewFigures figures{75.0, Rag::Green, 100.0};
    repo.keepFigures({{db.reviewId, figures, listed[0].revision}});
    listed = repo.listReviews();
    REQUIRE(listed[0].figures);
    CHECK(*listed[0].figures == figures);

    const std::int64_t before = listed[0].revision;
    repo.setRating(db.reviewId, "chair", "gov-01", Rating::at(4));
    listed = repo.listReviews();
    CHECK_FALSE(listed[0].figures);  // changed since: the figures would be stale
    repo.keepFigures({{db.reviewId, figures, before}});
    CHECK_FALSE(repo.listReviews()[0].figures);  // computed from the state before the change
}

TEST_CASE("Review details, status and previous link are edited and deleted", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    const RowId later = repo.createReview(test::newReview(db.organisationId, db.checklistRow, {"2015-q1", "Later", "2015-03-01"}));
    repo.setPreviousReview(later, db.reviewId);
    repo.setReviewStatus(db.reviewId, ReviewStatus::Final);
    repo.updateReviewInfo(later, {"2015-q2", "Later still", "2015-06-01"});
    CHECK(repo.findReview("00Q", "2015-q2") == later);
    CHECK(repo.loadReview(db.reviewId).summary.status == ReviewStatus::Final);
    CHECK(kindOf([&] { repo.setPreviousReview(later, later); }) == StorageErrorKind::Invalid);
    repo.deleteReview(db.reviewId);
    CHECK_FALSE(repo.loadReview(later).summary.previousReviewId);
    CHECK(kindOf([&] { (void)repo.loadReview(db.reviewId); }) == StorageErrorKind::NotFound);
}

TEST_CASE("Review statuses read and write as text", "[storage][repository]")
{
    for (auto status : {ReviewStatus::Draft, ReviewStatus::InProgress, ReviewStatus::Final})
        CHECK(parseReviewStatus(toString(status)) == status);
    CHECK_FALSE(parseReviewStatus("Final"));
}

TEST_CASE("The default database lives in the user data folder", "[storage][repository]")
{
    {
        const ccg::test::ScopedVariable dataHome("XDG_DATA_HOME", "/tmp/xdg-test");
        CHECK(defaultDatabasePath() == "/tmp/xdg-test/ccg-selfassess/ccg-selfassess.sqlite");
    }
    const ccg::test::ScopedVariable relative("XDG_DATA_HOME", "relative/ignored");
    CHECK(defaultDatabasePath().string().find("/.local/share/ccg-selfassess/ccg-selfassess.sqlite") != std::string::npos);
}

TEST_CASE("A copy onto a newer checklist leaves behind what no longer fits it", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    repo.setAnswer(db.reviewId, {"gov-01", "chair", Rating::at(3), "kept", ""});
    repo.setAnswer(db.reviewId, {"eng-02", "chair", Rating::at(2), "dropped", ""});
    repo.setTarget(db.reviewId, "eng-02", 3);
    std::string newer = test::miniChecklistText();
    const auto start = newer.find("    <item id=\"eng-02\"");
    const auto end = newer.find("</item>", start) + 8;
    newer.erase(start, end - start);
    newer.replace(newer.find("version=\"1.0\" title"), 13, "version=\"2.0\"");
    const RowId newerRow = repo.storeChecklist(newer, "mini-2.xml");

    NewReview next = test::newReview(db.organisationId, newerRow, {"2015-q1", "Next", "2015-03-01"});
    next.copyFrom = db.reviewId;
    next.copy.answers = true;
    const auto copy = repo.loadReview(repo.createReview(next));
    CHECK(copy.assessment.checklistVersion == "2.0");
    REQUIRE(copy.assessment.answers.size() == 1);
    CHECK(copy.assessment.answers[0].note == "kept");
    CHECK(copy.assessment.targets.empty());
}

TEST_CASE("A deleted review's number is never given to another review", "[storage][repository]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    const RowId second = repo.createReview(test::newReview(db.organisationId, db.checklistRow, {"2015", "Later", "2015-03-01"}));
    CHECK(second == db.reviewId + 1);
    repo.deleteReview(second);
    const RowId third = repo.createReview(test::newReview(db.organisationId, db.checklistRow, {"2016", "Later", "2016-03-01"}));
    CHECK(third == second + 1);
    repo.deleteReview(third);
    Assessment imported = test::miniAssessment();
    imported.review->id = "imported";
    CHECK(repo.importAssessment(imported, db.checklistRow) == third + 1);
}
