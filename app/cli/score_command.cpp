#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/inputs.hpp"
#include "app/cli/score_text.hpp"
#include "checklists/score_json.hpp"
#include "checklists/review_analysis.hpp"

#include <ostream>

namespace ccg::cli {

int runScore(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--checklist", "--answers", "--format"}, {}, {}});
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + arguments.positional().front() + "'");
    const std::string format = arguments.value("--format").value_or("json");
    if (format != "json" && format != "text")
        throw UsageError("--format must be json or text");
    const auto checklistPath = arguments.required("--checklist");
    const auto answersPath = arguments.required("--answers");

    const Checklist checklist = loadChecklistInput(checklistPath);
    const Assessment assessment = loadAnswersInput(answersPath, checklist, streams);
    const ReviewAnalysis analysis = analyse(checklist, assessment, nullptr, today());
    if (format == "json")
        streams.out << scoreJson(checklist, assessment, analysis);
    else
        streams.out << scoreText(checklist, assessment, analysis);
    return kExitOk;
}

}  // namespace ccg::cli
