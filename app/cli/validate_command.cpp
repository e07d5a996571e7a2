#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/inputs.hpp"
#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"

#include <ostream>

namespace ccg::cli {

namespace {

/// Validates one file and prints its findings; true when it is valid.
bool validateOne(const std::string& path, const Checklist* checklist, Streams& streams)
{
    Diagnostics errors;
    Diagnostics warnings;
    if (checklist) {
        auto loaded = loadAssessmentFile(path, *checklist);
        errors = std::move(loaded.errors);
        warnings = std::move(loaded.warnings);
    } else {
        auto loaded = loadChecklistFile(path);
        errors = std::move(loaded.errors);
        // An answers file given alone is the usual slip: say what to do instead of what is wrong.
        if (loaded.answersFile && errors.size() == 1)
            errors.front().message = "this is an answers file (<assessment>), which is checked against its checklist: "
                                     "ccg-selfassess validate --checklist CHECKLIST.xml " + path;
    }
    for (const auto& warning : warnings)
        streams.err << warning.str() << " (warning)\n";
    for (const auto& error : errors)
        streams.err << error.str() << "\n";
    if (errors.empty())
        streams.out << path << ": valid\n";
    return errors.empty();
}

}  // namespace

int runValidate(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--checklist"}, {}, {}});
    if (arguments.positional().empty())
        throw UsageError("validate needs at least one FILE");
    std::optional<Checklist> checklist;
    if (const auto path = arguments.value("--checklist"))
        checklist = loadChecklistInput(*path);
    bool allValid = true;
    for (const auto& path : arguments.positional())
        allValid = validateOne(path, checklist ? &*checklist : nullptr, streams) && allValid;
    return allValid ? kExitOk : kExitInvalidInput;
}

}  // namespace ccg::cli
