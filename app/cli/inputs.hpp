#pragma once

#include "app/cli/command.hpp"
#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"

#include <string>

namespace ccg::cli {

/// Loads a checklist file; throws InputError with every finding.
Checklist loadChecklistInput(const std::string& path);

/// Loads an answers file against `checklist`, printing warnings to `streams.err`;
/// throws InputError with every finding.
Assessment loadAnswersInput(const std::string& path, const Checklist& checklist, Streams& streams);

}  // namespace ccg::cli
