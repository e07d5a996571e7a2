#pragma once

#include "app/cli/command.hpp"
#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/merge.hpp"

#include <string>
#include <vector>

namespace ccg::cli {

/// Loads a checklist file; throws InputError with every finding.
Checklist loadChecklistInput(const std::string& path);

/// Loads an answers file against `checklist`, printing warnings to `streams.err`;
/// throws InputError with every finding.
Assessment loadAnswersInput(const std::string& path, const Checklist& checklist, Streams& streams);

/// Loads every answers file against `checklist`, each named by its path; throws InputError with
/// the findings of every bad file, so one run reports them all.
std::vector<NamedAssessment> loadAnswersInputs(const std::vector<std::string>& paths, const Checklist& checklist,
                                               Streams& streams);

}  // namespace ccg::cli
