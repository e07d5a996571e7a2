#pragma once

#include "app/storage/repository.hpp"
#include "checklists/diagnostic.hpp"

#include <filesystem>
#include <string>

namespace ccg::storage {

/// A rater's returned answers file, checked against the review it returns to.
struct ReturnFile {
    std::string rater;         ///< the one rater the file holds
    std::vector<Answer> answers;
    Diagnostics warnings;      ///< e.g. another checklist version
};

/// Reads a returned file (a rating form's saved answers, PRODUCT.md §11): a valid answers file
/// for the review's organisation, review and checklist, holding exactly one of its raters and
/// nothing but their answers. Anything else throws InputError naming the file and the reason.
ReturnFile readReturnFile(const Repository& repository, RowId reviewId, const std::filesystem::path& path);

/// What taking one returned file into a review did.
struct CollectedReturn {
    std::string rater;
    ReturnTaken taken;
    Diagnostics warnings;
};

/// Reads a returned file and takes its answers in place of the rater's earlier ones, all or nothing.
CollectedReturn collectReturnFile(Repository& repository, RowId reviewId, const std::filesystem::path& path);

}  // namespace ccg::storage
