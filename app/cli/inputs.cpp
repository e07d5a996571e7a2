#include "app/cli/inputs.hpp"

#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"

#include <ostream>

namespace ccg::cli {

Checklist loadChecklistInput(const std::string& path)
{
    return loadChecklistOrThrow(path);
}

Assessment loadAnswersInput(const std::string& path, const Checklist& checklist, Streams& streams)
{
    auto loaded = loadAssessmentFile(path, checklist);
    for (const auto& warning : loaded.warnings)
        streams.err << warning.str() << " (warning)\n";
    if (!loaded.assessment)
        throw InputError(std::move(loaded.errors));
    return std::move(*loaded.assessment);
}

std::vector<NamedAssessment> loadAnswersInputs(const std::vector<std::string>& paths, const Checklist& checklist,
                                               Streams& streams)
{
    std::vector<NamedAssessment> loaded;
    Diagnostics errors;
    for (const auto& path : paths) {
        try {
            loaded.push_back({path, loadAnswersInput(path, checklist, streams)});
        } catch (const InputError& error) {
            errors.insert(errors.end(), error.diagnostics().begin(), error.diagnostics().end());
        }
    }
    if (!errors.empty())
        throw InputError(std::move(errors));
    return loaded;
}

}  // namespace ccg::cli
