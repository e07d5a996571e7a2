#include "app/storage/answers_exchange.hpp"

#include "checklists/assessment_loader.hpp"
#include "checklists/assessment_writer.hpp"
#include "checklists/atomic_file.hpp"
#include "checklists/xml_document.hpp"

namespace ccg::storage {

FileImport importAnswersFile(Repository& repository, const std::filesystem::path& checklistFile,
                             const std::filesystem::path& answersFile, const ImportOptions& options)
{
    Diagnostics errors;
    const auto definition = xml::readBoundedFile(checklistFile, errors);
    if (!definition)
        throw InputError(std::move(errors));
    const RowId checklistRowId = repository.storeChecklist(*definition, checklistFile.string());
    return importAnswersFile(repository, checklistRowId, answersFile, options);
}

FileImport importAnswersFile(Repository& repository, RowId checklistRowId, const std::filesystem::path& answersFile,
                             const ImportOptions& options)
{
    const auto checklist = repository.loadChecklist(checklistRowId);
    Diagnostics errors;
    const auto text = xml::readBoundedFile(answersFile, errors);
    if (!text)
        throw InputError(std::move(errors));
    auto loaded = parseAssessment(*text, answersFile.string(), *checklist);
    if (!loaded.assessment)
        throw InputError(std::move(loaded.errors));
    ImportOptions withSource = options;
    if (withSource.source.empty())
        withSource.source = answersFile.filename().string();
    if (loaded.assessment->signOff)
        withSource.signedText = *text;
    FileImport result;
    result.checklistRowId = checklistRowId;
    result.warnings = std::move(loaded.warnings);
    result.reviewId = repository.importAssessment(*loaded.assessment, checklistRowId, withSource);
    return result;
}

void exportAnswersFile(const Repository& repository, RowId reviewId, const std::filesystem::path& target)
{
    // An approved review is written as it was approved, byte for byte, so that its fingerprint
    // still matches (PRODUCT.md §12); it cannot have changed since, being locked.
    if (repository.reviewSummary(reviewId).locked()) {
        AtomicFile file(target);
        file.write(repository.approvals(reviewId).front().snapshot);
        file.commit();
        return;
    }
    saveAssessmentFile(repository.exportAssessment(reviewId), target);
}

}  // namespace ccg::storage
