// Assurance and follow-through in storage (PRODUCT.md §4, §12): evidence strengths, the chosen
// level of assurance, commitments and follow-on reviews, kept, audited and exchanged whole.
#include "app/storage/answers_exchange.hpp"
#include "checklists/assessment_writer.hpp"
#include "checklists/calendar_date.hpp"
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::storage;

namespace {

Repository memory(const std::string& user = "lead")
{
    return Repository::openInMemory({false, Access::ReadWrite, 5000, user});
}

}  // namespace

TEST_CASE("Evidence strength is kept per item, None removes it, each change audited", "[storage][assurance]")
{
    test::MiniDatabase db(memory());
    Repository& repo = db.repository;
    repo.setEvidenceStrength(db.reviewId, "eng-02", EvidenceStrength::Asserted);
    repo.setEvidenceStrength(db.reviewId, "gov-01", EvidenceStrength::Documented);
    repo.setEvidenceStrength(db.reviewId, "gov-01", EvidenceStrength::Verified);
    const Assessment stored = repo.exportAssessment(db.reviewId);
    // Checklist order, whatever order they were set in.
    CHECK(stored.evidenceStrengths == std::vector<ItemEvidenceStrength>{{"gov-01", EvidenceStrength::Verified},
                                                                        {"eng-02", EvidenceStrength::Asserted}});
    CHECK(repo.loadItem(db.reviewId, "gov-01").evidenceStrengths ==
          std::vector<ItemEvidenceStrength>{{"gov-01", EvidenceStrength::Verified}});
    repo.setEvidenceStrength(db.reviewId, "eng-02", EvidenceStrength::None);
    CHECK(repo.exportAssessment(db.reviewId).evidenceStrength("eng-02") == EvidenceStrength::None);
    CHECK(repo.exportAssessment(db.reviewId).evidenceStrengths.size() == 1);
    const auto audit = repo.listAudit({db.reviewId, 2});
    REQUIRE(audit.size() == 2);
    CHECK(audit[0].table == "evidence_strengths");
    CHECK(audit[0].oldValue == "asserted");
    CHECK_FALSE(audit[0].newValue);
    CHECK(audit[1].oldValue == "documented");
    CHECK(audit[1].newValue == "verified");
    CHECK(test::kindOf([&] { repo.setEvidenceStrength(db.reviewId, "nope", EvidenceStrength::Verified); }) ==
          StorageErrorKind::Invalid);
}

TEST_CASE("The chosen level of assurance is kept with who chose it and when", "[storage][assurance]")
{
    test::MiniDatabase db(memory("Sue Brennan"));
    Repository& repo = db.repository;
    CHECK_FALSE(repo.exportAssessment(db.reviewId).assuranceChoice);
    repo.setAssuranceChoice(db.reviewId, Assurance::Reasonable);
    const auto choice = repo.exportAssessment(db.reviewId).assuranceChoice;
    REQUIRE(choice);
    CHECK(choice->level == Assurance::Reasonable);
    CHECK(choice->by == "Sue Brennan");
    CHECK(parseIsoDate(choice->date));  // today in UTC: a real date, written YYYY-MM-DD
    repo.setAssuranceChoice(db.reviewId, std::nullopt);
    CHECK_FALSE(repo.exportAssessment(db.reviewId).assuranceChoice);
    const auto audit = repo.listAudit({db.reviewId, 2});
    CHECK(audit[0].oldValue == "reasonable");
    CHECK_FALSE(audit[0].newValue);
    CHECK(audit[1].newValue == "reasonable");
}

TEST_CASE("Commitments are kept in order, their outcomes and remarks changed and audited", "[storage][follow-through]")
{
    test::MiniDatabase db(memory());
    Repository& repo = db.repository;
    const Commitment first{"2013-q1", "gov-01", "Board secretary", "2013-06-30", CommitmentOutcome::Pending, "",
                           "Refresh the register"};
    const Commitment second{"2013-q1", "retired-item", "", "", CommitmentOutcome::Pending, "", "An item since dropped"};
    const RowId a = repo.addCommitment(db.reviewId, first);
    repo.addCommitment(db.reviewId, second);
    Commitment done = first;
    done.outcome = CommitmentOutcome::Partly;
    done.remark = "Refreshed; not yet reviewed by the audit committee";
    repo.updateCommitment(a, done);
    const StoredReview stored = repo.loadReview(db.reviewId);
    CHECK(stored.assessment.commitments == std::vector<Commitment>{done, second});
    REQUIRE(stored.commitments.size() == 2);
    CHECK(stored.commitments[0].id == a);
    const auto audit = repo.listAudit({db.reviewId, 2});
    CHECK(audit[0].field == "remark");
    CHECK(audit[1].field == "outcome");
    CHECK(audit[1].oldValue == "pending");
    CHECK(audit[1].newValue == "partly");

    Commitment bad = first;
    bad.fromReview = "";
    CHECK(test::kindOf([&] { repo.addCommitment(db.reviewId, bad); }) == StorageErrorKind::Invalid);
    bad = first;
    bad.due = "2013-02-30";
    CHECK(test::kindOf([&] { repo.updateCommitment(a, bad); }) == StorageErrorKind::Invalid);
    bad = first;
    bad.remark = std::string(2001, 'r');
    CHECK(test::kindOf([&] { repo.updateCommitment(a, bad); }) == StorageErrorKind::Invalid);
    CHECK(test::kindOf([&] { repo.updateCommitment(a + 100, first); }) == StorageErrorKind::NotFound);
}

TEST_CASE("A follow-on review carries the open and in-progress actions as pending commitments",
          "[storage][follow-through]")
{
    test::MiniDatabase db(memory());
    Repository& repo = db.repository;
    repo.addAction(db.reviewId, {"gov-01", "Board secretary", "2014-06-30", ActionStatus::Open, "Refresh the register"});
    repo.addAction(db.reviewId, {"gov-02", "Chair", "", ActionStatus::InProgress, "Commission an external review"});
    repo.addAction(db.reviewId, {"eng-01", "", "", ActionStatus::Done, "Publish the minutes"});
    repo.addAction(db.reviewId, {"eng-02", "", "", ActionStatus::Dropped, "Run a roadshow"});
    NewReview next = test::newReview(db.organisationId, db.checklistRow, {"2015-q1", "Board self-review", "2015-03-01"});
    next.copyFrom = db.reviewId;
    next.copy.openActions = false;
    next.followOn = true;
    const RowId followOn = repo.createReview(next);
    const StoredReview stored = repo.loadReview(followOn);
    CHECK(stored.summary.info.follows == "2014-q1");
    CHECK(stored.summary.previousReviewId == db.reviewId);
    CHECK(stored.assessment.actions.empty());
    CHECK(stored.assessment.commitments ==
          std::vector<Commitment>{{"2014-q1", "gov-01", "Board secretary", "2014-06-30", CommitmentOutcome::Pending, "",
                                   "Refresh the register"},
                                  {"2014-q1", "gov-02", "Chair", "", CommitmentOutcome::Pending, "",
                                   "Commission an external review"}});
    CHECK(repo.listAudit({followOn, 1})[0].newValue->find("follows on from '2014-q1' with 2 commitment(s)") !=
          std::string::npos);

    NewReview orphan = test::newReview(db.organisationId, db.checklistRow, {"2016-q1", "", ""});
    orphan.followOn = true;
    CHECK(test::kindOf([&] { repo.createReview(orphan); }) == StorageErrorKind::Invalid);
}

TEST_CASE("Format 1.1's assurance and follow-through survive import and export whole", "[storage][exchange]")
{
    test::TempDir dir;
    Assessment assessment = test::miniAssessment();
    assessment.review->follows = "2013-q1";
    assessment.evidenceStrengths = {{"gov-01", EvidenceStrength::Verified}, {"eng-02", EvidenceStrength::Asserted}};
    assessment.assuranceChoice = AssuranceChoice{Assurance::Limited, "Sue O'Brien & co", "2014-03-20"};
    assessment.commitments = {{"2013-q1", "gone-01", "A. Owner", "2013-09-30", CommitmentOutcome::NotDone,
                               "Ran out of time <again>", "Do the thing"},
                              {"2013-q1", "", "", "", CommitmentOutcome::Superseded, "", "Another"}};
    const std::string file = dir.file("answers-1.1.xml");
    saveAssessmentFile(assessment, file);

    auto repo = memory();
    const FileImport imported = importAnswersFile(repo, test::kMiniChecklistPath, file);
    CHECK(repo.exportAssessment(imported.reviewId) == assessment);
    const std::string again = dir.file("again.xml");
    exportAnswersFile(repo, imported.reviewId, again);
    CHECK(test::readFile(again) == test::readFile(file));
}
