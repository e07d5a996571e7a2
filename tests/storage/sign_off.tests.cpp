// Sign-off in storage (PRODUCT.md §12): an approved review refuses every edit until it is
// reopened with a reason; the approval and the file as approved are kept for ever; exported and
// imported signed files keep their fingerprint; the approved paper can be made again exactly.
#include "app/storage/answers_exchange.hpp"
#include "app/storage/database.hpp"
#include "app/storage/statement.hpp"
#include "checklists/sign_off_fingerprint.hpp"
#include "reports/html_renderer.hpp"
#include "reports/report_model.hpp"
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::storage;

namespace {

const SignOff kApproval{"2014-03-27", "Board meeting in public", "GB/14/031", "Dr Asha Patel", "Chair", ""};

/// The mini database's review with answers, an action and a commitment, signed off.
struct SignedDatabase : test::MiniDatabase {
    SignedDatabase() : test::MiniDatabase(Repository::openInMemory({false, Access::ReadWrite, 5000, "secretary"}))
    {
        earlierId = repository.createReview(test::newReview(organisationId, checklistRow, {"2013-q1", "", "2013-03-01"}));
        repository.setRating(reviewId, "chair", "gov-01", Rating::at(3));
        repository.setNote(reviewId, "chair", "gov-01", "Register seen at the May meeting");
        repository.setAgreed(reviewId, "gov-02", Rating::at(2));
        repository.setEvidenceStrength(reviewId, "gov-01", EvidenceStrength::Documented);
        actionId = repository.addAction(reviewId, {"gov-01", "Board secretary", "2014-06-30", ActionStatus::Open, "Refresh"});
        commitmentId = repository.addCommitment(
            reviewId, {"2013-q1", "gov-01", "Chair", "2013-09-30", CommitmentOutcome::Pending, "", "Publish the register"});
        approval = repository.signOff(reviewId, kApproval);
    }
    RowId earlierId = 0;
    RowId actionId = 0;
    RowId commitmentId = 0;
    ApprovalRecord approval;
};

std::string lockMessage(const std::function<void()>& edit)
{
    try {
        edit();
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageErrorKind::Locked);
        return error.what();
    }
    FAIL("the edit was not refused");
    return {};
}

}  // namespace

TEST_CASE("Signing off records the approval with the answers file as approved, and its fingerprint",
          "[storage][sign-off]")
{
    SignedDatabase db;
    const ApprovalRecord& record = db.approval;
    CHECK(record.signOff.date == "2014-03-27");
    CHECK(record.signOff.minute == "GB/14/031");
    CHECK(record.recordedBy == "secretary");
    CHECK_FALSE(record.reopenedAt);
    const SignOffCheck check = checkSignOff(record.snapshot, "snapshot");
    CHECK(check.verdict == SignOffCheck::Verdict::kMatches);
    CHECK(check.fingerprint == record.signOff.fingerprint);
    CHECK(record.snapshot.find("Register seen at the May meeting") != std::string::npos);
    const ReviewSummary summary = db.repository.reviewSummary(db.reviewId);
    REQUIRE(summary.locked());
    CHECK(summary.status == ReviewStatus::Final);
    CHECK(summary.lockReason() ==
          "review '2014-q1' was approved on 2014-03-27 at Board meeting in public (minute GB/14/031); reopen it to "
          "change it");
    const Assessment exported = db.repository.exportAssessment(db.reviewId);
    REQUIRE(exported.signOff);
    CHECK(exported.signOff->fingerprint == record.signOff.fingerprint);
    const auto audit = db.repository.listAudit({db.reviewId, 1});
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].table == "sign_offs");
    CHECK(audit[0].newValue->find("Dr Asha Patel") != std::string::npos);
}

TEST_CASE("A sign-off needs every field and a real date", "[storage][sign-off]")
{
    test::MiniDatabase db(Repository::openInMemory());
    for (auto change : std::vector<std::function<void(SignOff&)>>{
             [](SignOff& s) { s.date = ""; }, [](SignOff& s) { s.date = "2014-02-30"; },
             [](SignOff& s) { s.meeting = ""; }, [](SignOff& s) { s.minute = ""; },
             [](SignOff& s) { s.approver = ""; }, [](SignOff& s) { s.role = ""; },
             [](SignOff& s) { s.meeting = std::string(2001, 'm'); }}) {
        SignOff approval = kApproval;
        change(approval);
        CHECK(test::kindOf([&] { db.repository.signOff(db.reviewId, approval); }) == StorageErrorKind::Invalid);
    }
    CHECK_FALSE(db.repository.reviewSummary(db.reviewId).locked());
    CHECK(db.repository.approvals(db.reviewId).empty());
}

TEST_CASE("An approved review refuses every edit, with the reason, and is left unchanged", "[storage][sign-off]")
{
    SignedDatabase db;
    Repository& repo = db.repository;
    const RowId id = db.reviewId;
    const Assessment before = repo.exportAssessment(id);
    const std::int64_t revision = repo.reviewSummary(id).revision;
    const std::vector<std::pair<const char*, std::function<void()>>> edits{
        {"rating", [&] { repo.setRating(id, "chair", "gov-02", Rating::at(1)); }},
        {"clear rating", [&] { repo.clearRating(id, "chair", "gov-01"); }},
        {"note", [&] { repo.setNote(id, "chair", "gov-01", "changed"); }},
        {"evidence", [&] { repo.setEvidence(id, "chair", "gov-01", "changed"); }},
        {"answer", [&] { repo.setAnswer(id, {"eng-01", "ao", Rating::at(2), "n", "e"}); }},
        {"clear answer", [&] { repo.clearAnswer(id, "chair", "gov-01"); }},
        {"agreed", [&] { repo.setAgreed(id, "gov-01", Rating::at(1)); }},
        {"clear agreed", [&] { repo.clearAgreed(id, "gov-02"); }},
        {"rationale", [&] { repo.setRationale(id, "gov-02", "because"); }},
        {"dissent", [&] { repo.setDissent(id, "gov-02", "ao", std::string("no")); }},
        {"target", [&] { repo.setTarget(id, "gov-02", 4); }},
        {"clear target", [&] { repo.clearTarget(id, "eng-02"); repo.setTarget(id, "eng-02", 1); }},
        {"add action", [&] { repo.addAction(id, {"gov-02", "", "", ActionStatus::Open, "New"}); }},
        {"update action", [&] { repo.updateAction(db.actionId, {"gov-01", "x", "", ActionStatus::Done, "Refresh"}); }},
        {"delete action", [&] { repo.deleteAction(db.actionId); }},
        {"add rater", [&] { repo.addRater(id, {"lay", "Lay member", "Lay"}); }},
        {"update rater", [&] { repo.updateRater(id, {"ao", "Renamed", "Officer"}); }},
        {"evidence strength", [&] { repo.setEvidenceStrength(id, "gov-01", EvidenceStrength::Verified); }},
        {"assurance", [&] { repo.setAssuranceChoice(id, Assurance::Limited); }},
        {"add commitment", [&] { repo.addCommitment(id, {"2013-q1", "", "", "", CommitmentOutcome::Done, "", "x"}); }},
        {"commitment outcome",
         [&] {
             repo.updateCommitment(db.commitmentId, {"2013-q1", "gov-01", "Chair", "2013-09-30",
                                                     CommitmentOutcome::Done, "done", "Publish the register"});
         }},
        {"review details", [&] { repo.updateReviewInfo(id, {"2014-q1", "Renamed", "2014-03-01"}); }},
        {"status", [&] { repo.setReviewStatus(id, ReviewStatus::Draft); }},
        {"previous", [&] { repo.setPreviousReview(id, db.earlierId); }},
        {"blind", [&] { repo.setBlind(id, true); }},
        {"rating form", [&] { repo.recordFormWritten(id, "ao"); }},
        {"return", [&] { repo.takeReturn(id, "ao", {{"gov-01", "ao", Rating::at(0), "", ""}}, "ao.xml"); }},
        {"sign-off again", [&] { repo.signOff(id, kApproval); }},
    };
    for (const auto& [what, edit] : edits) {
        CAPTURE(what);
        CHECK(lockMessage(edit).find("was approved on 2014-03-27 at Board meeting in public (minute GB/14/031); "
                                     "reopen it to change it") != std::string::npos);
    }
    CHECK(repo.exportAssessment(id) == before);
    CHECK(repo.reviewSummary(id).revision == revision);
    CHECK(repo.approvals(id).size() == 1);

    SECTION("nor can it, or its organisation, be deleted")
    {
        CHECK(test::kindOf([&] { repo.deleteReview(id); }) == StorageErrorKind::Conflict);
        CHECK(test::kindOf([&] { repo.deleteOrganisation(db.organisationId, true); }) == StorageErrorKind::Conflict);
        CHECK(repo.listReviews().size() == 2);
        repo.deleteReview(db.earlierId);  // one never approved can go
    }
}

TEST_CASE("Reopening needs a reason, is audited, keeps the approval and lets edits through again",
          "[storage][sign-off]")
{
    SignedDatabase db;
    Repository& repo = db.repository;
    CHECK(test::kindOf([&] { repo.reopen(db.reviewId, "  \n"); }) == StorageErrorKind::Invalid);
    CHECK(test::kindOf([&] { repo.reopen(db.reviewId, std::string(2001, 'r')); }) == StorageErrorKind::Invalid);
    CHECK(repo.reviewSummary(db.reviewId).locked());

    repo.reopen(db.reviewId, "The audit committee asked for the evidence on gov-01 to be verified");
    const ReviewSummary summary = repo.reviewSummary(db.reviewId);
    CHECK_FALSE(summary.locked());
    CHECK(summary.status == ReviewStatus::InProgress);
    const auto approvals = repo.approvals(db.reviewId);
    REQUIRE(approvals.size() == 1);
    CHECK(approvals[0].reopenedAt);
    CHECK(approvals[0].reopenedBy == "secretary");
    CHECK(approvals[0].reopenReason.find("audit committee") != std::string::npos);
    CHECK(approvals[0].snapshot == db.approval.snapshot);
    const auto audit = repo.listAudit({db.reviewId, 1});
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].newValue == "reopened: The audit committee asked for the evidence on gov-01 to be verified");
    CHECK(test::kindOf([&] { repo.reopen(db.reviewId, "again"); }) == StorageErrorKind::Conflict);

    repo.setEvidenceStrength(db.reviewId, "gov-01", EvidenceStrength::Verified);
    CHECK(repo.exportAssessment(db.reviewId).evidenceStrength("gov-01") == EvidenceStrength::Verified);
    CHECK_FALSE(repo.exportAssessment(db.reviewId).signOff);

    SECTION("a second approval is kept beside the first, newest first")
    {
        SignOff second = kApproval;
        second.date = "2014-05-29";
        second.minute = "GB/14/060";
        const ApprovalRecord record = repo.signOff(db.reviewId, second);
        CHECK(record.signOff.fingerprint != db.approval.signOff.fingerprint);
        const auto both = repo.approvals(db.reviewId);
        REQUIRE(both.size() == 2);
        CHECK(both[0].signOff.minute == "GB/14/060");
        CHECK(both[1].signOff.minute == "GB/14/031");
        CHECK(repo.reviewSummary(db.reviewId).locked());
    }
}

TEST_CASE("The database itself refuses to delete or rewrite an approval", "[storage][sign-off][security]")
{
    test::TempDir dir;
    const std::string path = dir.file("signed.sqlite");
    {
        test::MiniDatabase db(Repository::open(path));
        db.repository.signOff(db.reviewId, kApproval);
    }
    sql::Database raw(path, sql::OpenMode::ReadWrite);
    CHECK_THROWS(raw.exec("DELETE FROM sign_offs"));
    CHECK_THROWS(raw.exec("UPDATE sign_offs SET snapshot = 'forged'"));
    CHECK_THROWS(raw.exec("UPDATE sign_offs SET approver = 'Someone else'"));
    CHECK_THROWS(raw.exec("DELETE FROM reviews"));
    sql::Statement count(raw, "SELECT count(*) FROM sign_offs WHERE snapshot <> 'forged'");
    REQUIRE(count.step());
    CHECK(count.getInt(0) == 1);
}

TEST_CASE("An exported approved review is the file as approved, imported elsewhere it stays approved and locked",
          "[storage][sign-off][exchange]")
{
    test::TempDir dir;
    SignedDatabase db;
    const std::string file = dir.file("approved.xml");
    exportAnswersFile(db.repository, db.reviewId, file);
    CHECK(test::readFile(file) == db.approval.snapshot);
    CHECK(checkSignOffFile(file).verdict == SignOffCheck::Verdict::kMatches);

    auto other = Repository::openInMemory();
    const RowId checklist = other.storeChecklist(test::miniChecklistText(), "mini-checklist.xml");
    const FileImport imported = importAnswersFile(other, checklist, file);
    const ReviewSummary summary = other.reviewSummary(imported.reviewId);
    REQUIRE(summary.locked());
    CHECK(summary.signedOff->fingerprint == db.approval.signOff.fingerprint);
    REQUIRE(other.approvals(imported.reviewId).size() == 1);
    CHECK(other.approvals(imported.reviewId)[0].snapshot == db.approval.snapshot);
    CHECK(other.exportAssessment(imported.reviewId) == db.repository.exportAssessment(db.reviewId));
    CHECK(test::kindOf([&] { other.setRating(imported.reviewId, "chair", "gov-02", Rating::at(0)); }) ==
          StorageErrorKind::Locked);
    const std::string again = dir.file("again.xml");
    exportAnswersFile(other, imported.reviewId, again);
    CHECK(test::readFile(again) == test::readFile(file));

    SECTION("a file changed by one byte after it was approved is refused and nothing is imported")
    {
        std::string bytes = test::readFile(file);
        const auto at = bytes.find("May meeting");
        REQUIRE(at != std::string::npos);
        bytes[at] = 'm';
        const std::string changed = dir.file("changed.xml");
        test::writeFile(changed, bytes);
        auto fresh = Repository::openInMemory();
        const RowId freshChecklist = fresh.storeChecklist(test::miniChecklistText(), "mini-checklist.xml");
        try {
            importAnswersFile(fresh, freshChecklist, changed);
            FAIL("a changed signed file was imported");
        } catch (const InputError& error) {
            CHECK(std::string(error.what()).find("the file was changed after it was approved") != std::string::npos);
        }
        CHECK(fresh.listReviews().empty());
    }
    SECTION("an assessment that says it is signed off is not imported without the text that was approved")
    {
        auto fresh = Repository::openInMemory();
        const RowId freshChecklist = fresh.storeChecklist(test::miniChecklistText(), "mini-checklist.xml");
        CHECK(test::kindOf([&] { fresh.importAssessment(db.repository.exportAssessment(db.reviewId), freshChecklist); }) ==
              StorageErrorKind::Invalid);
        ImportOptions forged;
        forged.signedText = test::readFile(test::kMiniAnswersPath);
        CHECK(test::kindOf([&] {
                  fresh.importAssessment(db.repository.exportAssessment(db.reviewId), freshChecklist, forged);
              }) == StorageErrorKind::Invalid);
        CHECK(fresh.listReviews().empty());
    }
}

TEST_CASE("The approved review's paper made again from its kept snapshot is the same paper", "[storage][sign-off]")
{
    SignedDatabase db;
    const StoredReview stored = db.repository.loadReview(db.reviewId);
    const auto fromSnapshot = parseAssessment(db.approval.snapshot, "snapshot", *stored.checklist);
    REQUIRE(fromSnapshot.assessment);
    const Date asOf = reports::defaultAsOf(stored.assessment);
    const std::string live = reports::renderHtml(reports::buildReportModel({*stored.checklist, stored.assessment, nullptr, asOf}));
    const std::string again =
        reports::renderHtml(reports::buildReportModel({*stored.checklist, *fromSnapshot.assessment, nullptr, asOf}));
    CHECK(again == live);
    // It is the approved paper: the approval is on its cover and no page says "Draft".
    CHECK(live.find("(minute GB/14/031)") != std::string::npos);
    CHECK(live.find("<p class=\"page-mark\">") == std::string::npos);
}
