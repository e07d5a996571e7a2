#include "app/storage/return_file.hpp"

#include "checklists/assessment_loader.hpp"

namespace ccg::storage {

namespace {

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& reason)
{
    throw InputError({{path.string(), 1, reason}});
}

}  // namespace

ReturnFile readReturnFile(const Repository& repository, RowId reviewId, const std::filesystem::path& path)
{
    const StoredReview review = repository.loadReview(reviewId);
    auto loaded = loadAssessmentFile(path, *review.checklist);
    if (!loaded.assessment)
        throw InputError(std::move(loaded.errors));
    const Assessment& file = *loaded.assessment;
    const ReviewSummary& summary = review.summary;
    if (!file.organisation)
        refuse(path, "the file names no organisation; a return is for organisation " + summary.organisation.code);
    if (file.organisation->code != summary.organisation.code)
        refuse(path, "the file is for organisation " + file.organisation->code + ", not " + summary.organisation.code);
    if (!file.review)
        refuse(path, "the file names no review; a return is for review '" + summary.info.id + "'");
    if (file.review->id != summary.info.id)
        refuse(path, "the file is for review '" + file.review->id + "', not '" + summary.info.id + "'");
    if (file.raters.size() != 1)
        refuse(path, "a return holds exactly one rater; the file declares " + std::to_string(file.raters.size()));
    const std::string& rater = file.raters.front().id;
    if (!review.assessment.findRater(rater))
        refuse(path, "rater '" + rater + "' is not a rater of review '" + summary.info.id +
                         "'; add the rater to the review first");
    for (const auto& answer : file.answers)
        if (answer.rater != rater)
            refuse(path, "the file holds an answer of " +
                             (answer.rater.empty() ? std::string("the anonymous rater") : "rater '" + answer.rater + "'") +
                             "; a return holds only rater '" + rater + "'");
    if (!file.agreed.empty() || !file.targets.empty() || !file.actions.empty())
        refuse(path, "a return holds one member's answers only; the file also has agreed ratings, targets or actions");
    return {rater, file.answers, std::move(loaded.warnings)};
}

CollectedReturn collectReturnFile(Repository& repository, RowId reviewId, const std::filesystem::path& path)
{
    ReturnFile file = readReturnFile(repository, reviewId, path);
    const ReturnTaken taken = repository.takeReturn(reviewId, file.rater, file.answers, path.filename().string());
    return {file.rater, taken, std::move(file.warnings)};
}

}  // namespace ccg::storage
