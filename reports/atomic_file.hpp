#pragma once

// The report writers' names for the atomic file of checklists/ (answers files and backups use it too).
#include "checklists/atomic_file.hpp"

namespace ccg::reports {

/// A report file could not be written (missing folder, no permission, disk full, not a regular file…).
using ReportWriteError = FileWriteError;
using ccg::AtomicFile;

}  // namespace ccg::reports
