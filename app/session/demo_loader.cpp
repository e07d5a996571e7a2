#include "app/session/demo_loader.hpp"

#include "app/storage/answers_exchange.hpp"
#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ccg::session {

storage::RowId importDemo(storage::Repository& repository, const std::filesystem::path& checklistPath,
                          const std::filesystem::path& demoDir)
{
    std::ifstream in(checklistPath, std::ios::binary);
    if (!in)
        throw std::runtime_error("The demo cannot be opened: the checklist " + checklistPath.string() +
                                 " is missing.");
    std::ostringstream definition;
    definition << in.rdbuf();
    const Checklist checklist = loadChecklistOrThrow(checklistPath);
    const storage::RowId checklistRow =
        repository.storeChecklist(definition.str(), checklistPath.filename().string());

    const Assessment earlier = loadAssessmentOrThrow(demoDir / "northmoor-2013.xml", checklist);
    const Assessment later = loadAssessmentOrThrow(demoDir / "northmoor-2014.xml", checklist);
    // Each import is one transaction; an earlier, interrupted attempt may have stored either.
    const auto importOnce = [&](const Assessment& assessment, const char* file) {
        if (assessment.organisation && assessment.review)
            if (const auto existing = repository.findReview(assessment.organisation->code, assessment.review->id))
                return *existing;
        storage::ImportOptions options;
        options.source = file;
        // Through the file, so that the approved 2013 review keeps the very text that was signed.
        return storage::importAnswersFile(repository, checklistRow, demoDir / file, options).reviewId;
    };
    const storage::RowId earlierId = importOnce(earlier, "northmoor-2013.xml");
    const storage::RowId laterId = importOnce(later, "northmoor-2014.xml");
    repository.setPreviousReview(laterId, earlierId);
    return laterId;
}

}  // namespace ccg::session
