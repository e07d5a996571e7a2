// reveal and collect: the rating round from the command line (PRODUCT.md §11).
#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/storage_inputs.hpp"
#include "app/storage/return_file.hpp"

#include <ostream>

namespace ccg::cli {

int runReveal(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--review"}, {}, {}});
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + printable(arguments.positional().front()) + "'");
    const auto input = parseReviewInput(arguments.required("--review"));
    auto repository = openDatabaseInput(arguments, false);
    const storage::RowId reviewId = findReviewInput(repository, input);
    repository.reveal(reviewId);
    const auto summary = repository.reviewSummary(reviewId);
    streams.out << "revealed the ratings of review #" << reviewId << " (" << printable(summary.organisation.code) << "/"
                << printable(summary.info.id) << ") on " << summary.revealed->at << " as "
                << printable(summary.revealed->by) << "\n";
    return kExitOk;
}

int runCollect(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--review"}, {}, {}});
    if (arguments.positional().empty())
        throw UsageError("collect needs the returned files: collect --review ID FILE...");
    const auto input = parseReviewInput(arguments.required("--review"));
    auto repository = openDatabaseInput(arguments, false);
    const storage::RowId reviewId = findReviewInput(repository, input);
    // Each file is taken or refused on its own: one bad return does not hold back the others.
    int refused = 0;
    for (const auto& file : arguments.positional()) {
        try {
            const storage::CollectedReturn collected = storage::collectReturnFile(repository, reviewId, file);
            for (const auto& warning : collected.warnings)
                streams.err << warning.str() << " (warning)\n";
            const auto& taken = collected.taken;
            streams.out << printable(file) << ": took " << taken.taken << " answers of rater '"
                        << printable(collected.rater) << "' (" << taken.added << " new, " << taken.replaced
                        << " changed, " << taken.removed << " no longer rated)";
            if (taken.earlierReturn)
                streams.out << "; this replaces their return of " << *taken.earlierReturn;
            streams.out << "\n";
        } catch (const InputError& error) {
            ++refused;
            streams.err << error.what() << "\n";
            streams.out << printable(file) << ": refused, nothing taken\n";
        } catch (const storage::StorageError& error) {
            ++refused;
            streams.err << printable(file) << ":1: " << error.what() << "\n";
            streams.out << printable(file) << ": refused, nothing taken\n";
        }
    }
    return refused == 0 ? kExitOk : kExitInvalidInput;
}

}  // namespace ccg::cli
