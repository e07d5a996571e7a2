#pragma once

#include "app/storage/repository.hpp"
#include "checklists/assessment.hpp"

#include <filesystem>
#include <string>
#include <vector>

// Writing the rating round's forms (PRODUCT.md §11), for the `forms` command and the desktop
// application alike.
namespace ccg::session {

/// One rating form written, and the rater it is for.
struct WrittenForm {
    std::filesystem::path path;
    Rater rater;
};

/// Writes a rating form for every rater of the stored review, or for the raters named (each once,
/// in the review's order), into `folder` (made when missing), each file atomically under a portable
/// name no other form of the run takes, and records that it was written. StorageError (NotFound)
/// for a rater the review does not have or a review without raters, before anything is written;
/// FileWriteError when the folder cannot be made or a file written.
std::vector<WrittenForm> writeRatingForms(storage::Repository& repository, storage::RowId reviewId,
                                          const std::filesystem::path& folder,
                                          const std::vector<std::string>& raterIds = {});

}  // namespace ccg::session
