#pragma once

// Shared by the storage tests: the small checklist and answers of tests/data, temp files.
#include "app/storage/repository.hpp"
#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <functional>
#include <string>

namespace ccg::test {

inline const std::string kMiniChecklistPath = CCG_TEST_DATA_DIR "/mini-checklist.xml";
inline const std::string kMiniAnswersPath = CCG_TEST_DATA_DIR "/mini-answers.xml";
inline const std::string kStorageDataDir = CCG_TEST_DATA_DIR "/storage";

inline std::string miniChecklistText()
{
    return readFile(kMiniChecklistPath);
}

inline Assessment miniAssessment()
{
    return loadAssessmentOrThrow(kMiniAnswersPath, loadChecklistOrThrow(kMiniChecklistPath));
}

/// The kind of StorageError `action` throws; the test fails when it throws none.
inline storage::StorageErrorKind kindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const storage::StorageError& error) {
        return error.kind();
    }
    FAIL("no StorageError was thrown");
    return storage::StorageErrorKind::Other;
}

/// A new review of `organisation` with nothing copied.
inline storage::NewReview newReview(storage::RowId organisation, storage::RowId checklist, ReviewInfo info)
{
    storage::NewReview review;
    review.organisationId = organisation;
    review.checklistRowId = checklist;
    review.info = std::move(info);
    return review;
}

/// A repository with the mini checklist stored, one organisation and one review with two raters.
struct MiniDatabase {
    explicit MiniDatabase(storage::Repository repo) : repository(std::move(repo))
    {
        checklistRow = repository.storeChecklist(miniChecklistText(), "mini-checklist.xml");
        organisationId = repository.createOrganisation({"00Q", "NHS Example CCG"});
        reviewId = repository.createReview(newReview(organisationId, checklistRow, {"2014-q1", "Board self-review", "2014-03-01"}));
        repository.addRater(reviewId, {"chair", "Dr A. Chair", "Chair"});
        repository.addRater(reviewId, {"ao", "B. Officer", "Accountable officer"});
    }

    storage::Repository repository;
    storage::RowId checklistRow = 0;
    storage::RowId organisationId = 0;
    storage::RowId reviewId = 0;
};

}  // namespace ccg::test
