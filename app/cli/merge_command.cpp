#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/inputs.hpp"
#include "checklists/assessment_writer.hpp"
#include "checklists/merge.hpp"

#include <ostream>

namespace ccg::cli {

int runMerge(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--checklist", "-o", "--output"}, {}, {}});
    const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
    if (!output)
        throw UsageError("merge needs -o OUT");
    if (arguments.positional().empty())
        throw UsageError("merge needs at least one answers file");
    const Checklist checklist = loadChecklistInput(arguments.required("--checklist"));

    const auto inputs = loadAnswersInputs(arguments.positional(), checklist, streams);
    auto merged = mergeAssessments(inputs);
    if (!merged.merged)
        throw InputError(std::move(merged.conflicts));
    saveAssessmentFile(*merged.merged, *output);
    streams.out << "merged " << inputs.size() << " files into " << *output << "\n";
    return kExitOk;
}

}  // namespace ccg::cli
