#pragma once

#include "app/cli/arguments.hpp"
#include "app/cli/terminal_text.hpp"
#include "app/storage/repository.hpp"

#include <filesystem>
#include <string>

namespace ccg::cli {

/// The path of `--db PATH`, else the default database in the user data folder.
std::filesystem::path databasePathInput(const Arguments& arguments);

/// The database of `--db PATH`, else the default in the user data folder; an existing
/// database unless `create`, then opened read-only when it or its folder cannot be written.
storage::Repository openDatabaseInput(const Arguments& arguments, bool create);

/// A review named as its database id ("12") or as ORGANISATION/REVIEW ("00Q/2014-q1").
struct ReviewInput {
    storage::RowId id = 0;  ///< 0 when named by organisation and review
    std::string organisation;
    std::string review;
};

/// Reads `--review`; UsageError when it is neither form.
ReviewInput parseReviewInput(const std::string& text);

/// The review's database id; NotFound when ORGANISATION/REVIEW names none.
storage::RowId findReviewInput(const storage::Repository& repository, const ReviewInput& input);

}  // namespace ccg::cli
