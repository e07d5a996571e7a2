#pragma once

#include "app/storage/repository.hpp"

#include <filesystem>

namespace ccg::session {

/// Imports the demo organisation (NHS Northmoor CCG, reviews 2013 and 2014, the 2014 review
/// following the 2013 one) and returns the 2014 review's id. When the demo is already in the
/// database, returns its 2014 review without importing again.
storage::RowId importDemo(storage::Repository& repository, const std::filesystem::path& checklistPath,
                          const std::filesystem::path& demoDir);

}  // namespace ccg::session
