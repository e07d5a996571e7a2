// score-stored (and later report-stored): the commands of a review file, for a stored review.
#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/score_text.hpp"
#include "app/cli/storage_inputs.hpp"
#include "checklists/score_json.hpp"

#include <ostream>

namespace ccg::cli {

int runScoreStored(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--review", "--format"}, {}, {}});
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + printable(arguments.positional().front()) + "'");
    const std::string format = arguments.value("--format").value_or("json");
    if (format != "json" && format != "text")
        throw UsageError("--format must be json or text");
    const auto review = parseReviewInput(arguments.required("--review"));
    const auto repository = openDatabaseInput(arguments, false);
    const auto stored = repository.loadReview(findReviewInput(repository, review));
    const ReviewAnalysis analysis = analyse(*stored.checklist, stored.assessment, nullptr, today());
    if (format == "json")
        streams.out << scoreJson(*stored.checklist, stored.assessment, analysis);
    else
        streams.out << scoreText(*stored.checklist, stored.assessment, analysis);
    return kExitOk;
}

}  // namespace ccg::cli
