// forms: one rating form per rater of a stored review, for members to fill in offline (PRODUCT.md §11).
#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/storage_inputs.hpp"
#include "app/session/rating_forms.hpp"

#include <ostream>

namespace ccg::cli {

int runForms(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--review", "-o", "--output", "--rater"}, {}, {"--rater"}});
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + printable(arguments.positional().front()) + "'");
    if (arguments.value("-o") && arguments.value("--output"))
        throw UsageError("give -o or --output, not both");
    const auto folder = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
    if (!folder || folder->empty())
        throw UsageError("forms needs -o DIR, the folder to write the forms in");
    const auto review = parseReviewInput(arguments.required("--review"));
    auto repository = openDatabaseInput(arguments, false);
    const storage::RowId reviewId = findReviewInput(repository, review);
    for (const auto& form : session::writeRatingForms(repository, reviewId, *folder, arguments.values("--rater")))
        streams.out << "wrote " << form.path.string() << " for "
                    << printable(form.rater.name.empty() ? form.rater.id : form.rater.name) << "\n";
    return kExitOk;
}

}  // namespace ccg::cli
