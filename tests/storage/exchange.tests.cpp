// Answers files into the database and back: lossless, and scored the same either way.
#include "app/session/review_list.hpp"
#include "app/storage/answers_exchange.hpp"
#include "checklists/assessment_writer.hpp"
#include "checklists/score_json.hpp"
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <sstream>

using namespace ccg;
using namespace ccg::storage;

namespace {

std::vector<std::string> sortedLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

struct Case {
    std::string checklist;
    std::string answers;
};

}  // namespace

TEST_CASE("An answers file goes into the database and comes back the same", "[storage][exchange]")
{
    const auto [checklistPath, answersPath] = GENERATE(
        Case{test::kMiniChecklistPath, test::kMiniAnswersPath},
        Case{CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml", CCG_SOURCE_DIR "/resources/demo/northmoor-2013.xml"},
        Case{CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml", CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml"});
    CAPTURE(answersPath);
    test::TempDir dir;
    RowId reviewId = 0;
    {
        auto repository = Repository::open(dir.file("db.sqlite"));
        reviewId = importAnswersFile(repository, checklistPath, answersPath).reviewId;
    }
    // Reopened from disk, so nothing comes from memory.
    auto repository = Repository::open(dir.file("db.sqlite"));
    exportAnswersFile(repository, reviewId, dir.file("out.xml"));

    const Checklist checklist = loadChecklistOrThrow(checklistPath);
    const Assessment original = loadAssessmentOrThrow(answersPath, checklist);
    const Assessment exported = loadAssessmentOrThrow(dir.file("out.xml"), checklist);
    CHECK(sortedLines(writeAssessmentXml(exported)) == sortedLines(writeAssessmentXml(original)));
    CHECK(sortedLines(test::readFile(dir.file("out.xml"))) == sortedLines(writeAssessmentXml(original)));

    SECTION("scoring the stored review gives the JSON of scoring the file")
    {
        const auto stored = repository.loadReview(reviewId);
        const Date asOf = today();
        CHECK(scoreJson(*stored.checklist, stored.assessment, analyse(*stored.checklist, stored.assessment, nullptr, asOf)) ==
              scoreJson(checklist, original, analyse(checklist, original, nullptr, asOf)));
        const auto listed = session::listReviewsWithFigures(repository);
        REQUIRE(listed.size() == 1);
        REQUIRE(listed[0].figures);
        CHECK(listed[0].figures->overall == score(checklist, original).overall);
        CHECK(listed[0].figures->completeness == score(checklist, original).completeness);
    }
}

TEST_CASE("The later demo review links to the earlier one as previous", "[storage][exchange]")
{
    auto repository = Repository::openInMemory();
    const std::string checklist = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
    const auto first = importAnswersFile(repository, checklist, CCG_SOURCE_DIR "/resources/demo/northmoor-2013.xml");
    const auto second = importAnswersFile(repository, checklist, CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml");
    CHECK(first.checklistRowId == second.checklistRowId);
    CHECK(repository.loadReview(second.reviewId).summary.previousReviewId == first.reviewId);
    CHECK(repository.listOrganisations().size() == 1);
}

TEST_CASE("Importing is all or nothing", "[storage][exchange]")
{
    auto repository = Repository::openInMemory();
    const RowId checklistRow = repository.storeChecklist(test::miniChecklistText(), "mini.xml");
    Assessment assessment = test::miniAssessment();
    const auto auditBefore = repository.listAudit().size();

    SECTION("an answer to an unknown item, after good ones, leaves no trace")
    {
        assessment.answers.push_back({"nope-01", "chair", Rating::at(1), "", ""});
        CHECK_THROWS_AS(repository.importAssessment(assessment, checklistRow), StorageError);
    }
    SECTION("an action due on a date that does not exist leaves no trace")
    {
        assessment.actions.push_back({"gov-01", "x", "2014-02-29", ActionStatus::Open, "t"});
        CHECK_THROWS_AS(repository.importAssessment(assessment, checklistRow), StorageError);
    }
    SECTION("a commitment with a due date that does not exist, after good evidence strengths, leaves no trace")
    {
        assessment.evidenceStrengths.push_back({"gov-01", EvidenceStrength::Documented});
        assessment.commitments.push_back(Commitment{"2013", "gov-01", "", "2013-13-01", CommitmentOutcome::Done, "", "Do it"});
        CHECK(test::kindOf([&] { repository.importAssessment(assessment, checklistRow); }) == StorageErrorKind::Invalid);
    }
    SECTION("the same review twice is refused the second time")
    {
        repository.importAssessment(assessment, checklistRow);
        try {
            repository.importAssessment(assessment, checklistRow);
            FAIL("imported twice");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageErrorKind::Conflict);
            CHECK(std::string(error.what()).find("already has review '2014-q1'") != std::string::npos);
        }
        CHECK(repository.listReviews().size() == 1);
        return;
    }
    CHECK(repository.listReviews().empty());
    CHECK(repository.listOrganisations().empty());
    CHECK(repository.listAudit().size() == auditBefore);
}

TEST_CASE("A file without organisation or review is imported under the one given", "[storage][exchange]")
{
    auto repository = Repository::openInMemory();
    const RowId checklistRow = repository.storeChecklist(test::miniChecklistText(), "mini.xml");
    Assessment assessment = test::miniAssessment();
    assessment.organisation.reset();
    assessment.review.reset();
    CHECK_THROWS_AS(repository.importAssessment(assessment, checklistRow), StorageError);
    ImportOptions options;
    options.organisation = Organisation{"02B", "NHS Named CCG"};
    const RowId id = repository.importAssessment(assessment, checklistRow, options);
    const auto summary = repository.loadReview(id).summary;
    CHECK(summary.organisation == Organisation{"02B", "NHS Named CCG"});
    CHECK(summary.info.id == "imported-1");
}

TEST_CASE("A bad answers file is reported as FILE:LINE and nothing is stored", "[storage][exchange]")
{
    test::TempDir dir;
    test::writeFile(dir.file("bad.xml"), R"(<?xml version="1.0" encoding="UTF-8"?>
<assessment checklist="mini" checklist-version="1.0">
  <organisation code="00Q" name="NHS Example CCG"/>
  <answer item="gov-01" level="9"/>
</assessment>
)");
    auto repository = Repository::openInMemory();
    try {
        importAnswersFile(repository, test::kMiniChecklistPath, dir.file("bad.xml"));
        FAIL("a bad file was imported");
    } catch (const InputError& error) {
        REQUIRE_FALSE(error.diagnostics().empty());
        CHECK(error.diagnostics()[0].file == dir.file("bad.xml"));
        CHECK(error.diagnostics()[0].line == 4);
    }
    CHECK(repository.listReviews().empty());
}

TEST_CASE("A review keeps opening with its own checklist after the shipped one changes", "[storage][exchange]")
{
    auto repository = Repository::openInMemory();
    const RowId oldRow = repository.storeChecklist(test::miniChecklistText(), "mini.xml");
    const RowId reviewId = repository.importAssessment(test::miniAssessment(), oldRow);
    std::string changed = test::miniChecklistText();
    changed.replace(changed.find("Probity."), 8, "Probity and trust.");
    const RowId newRow = repository.storeChecklist(changed, "mini.xml");
    CHECK(newRow != oldRow);
    const auto stored = repository.loadReview(reviewId);
    CHECK(stored.checklist->findItem("gov-01")->rationale == "Probity.");
    CHECK(stored.summary.checklistRowId == oldRow);
}
