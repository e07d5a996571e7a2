// forms: one rating form per rater of a stored review, for members to fill in offline (PRODUCT.md §11).
#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/storage_inputs.hpp"
#include "reports/atomic_file.hpp"
#include "reports/rating_form.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <ostream>
#include <set>
#include <system_error>

namespace ccg::cli {

namespace {

std::string reviewName(const storage::StoredReview& stored)
{
    return printable(stored.summary.organisation.code + "/" + stored.summary.info.id);
}

/// The raters named by --rater (each once, in the review's order), or every rater of the review.
std::vector<Rater> chosenRaters(const storage::StoredReview& stored, const std::vector<std::string>& named)
{
    const auto& raters = stored.assessment.raters;
    if (raters.empty())
        throw storage::StorageError(storage::StorageErrorKind::NotFound,
                                    "review " + reviewName(stored) +
                                        " has no raters, so there is nobody to write a form for; add the raters "
                                        "to the review first");
    for (const auto& id : named)
        if (std::none_of(raters.begin(), raters.end(), [&](const Rater& rater) { return rater.id == id; })) {
            std::string known;
            for (const auto& rater : raters)
                known += (known.empty() ? "" : ", ") + printable(rater.id);
            throw storage::StorageError(storage::StorageErrorKind::NotFound,
                                        "review " + reviewName(stored) + " has no rater '" + printable(id) +
                                            "' (its raters: " + known + ")");
        }
    std::vector<Rater> chosen;
    for (const auto& rater : raters)
        if (named.empty() || std::find(named.begin(), named.end(), rater.id) != named.end())
            chosen.push_back(rater);
    return chosen;
}

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

/// `name`, or name-2, name-3… when a form of this run already took it: two rater ids can come
/// out the same once made portable ("Chair" and "chair!" both give "chair" on a Mac or Windows).
std::string unusedName(const std::string& name, std::set<std::string>& taken)
{
    const auto dot = name.rfind('.');
    std::string candidate = name;
    for (int n = 2; !taken.insert(lowerCase(candidate)).second; ++n)
        candidate = name.substr(0, dot) + "-" + std::to_string(n) + name.substr(dot);
    return candidate;
}

std::filesystem::path outputFolder(const Arguments& arguments)
{
    if (arguments.value("-o") && arguments.value("--output"))
        throw UsageError("give -o or --output, not both");
    const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
    if (!output || output->empty())
        throw UsageError("forms needs -o DIR, the folder to write the forms in");
    return *output;
}

void makeFolder(const std::filesystem::path& folder)
{
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (!std::filesystem::is_directory(folder))
        throw reports::ReportWriteError(folder.string() + ": cannot make a folder here" +
                                        (error ? " (" + error.message() + ")" : ""));
}

}  // namespace

int runForms(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--review", "-o", "--output", "--rater"}, {}, {"--rater"}});
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + printable(arguments.positional().front()) + "'");
    const auto folder = outputFolder(arguments);
    const auto review = parseReviewInput(arguments.required("--review"));
    auto repository = openDatabaseInput(arguments, false);
    const storage::RowId reviewId = findReviewInput(repository, review);
    const auto stored = repository.loadReview(reviewId);
    const auto raters = chosenRaters(stored, arguments.values("--rater"));

    makeFolder(folder);
    std::set<std::string> taken;
    for (const auto& rater : raters) {
        const reports::RatingFormInput input{*stored.checklist, stored.summary.organisation, stored.summary.info, rater,
                                             stored.assessment.answers};
        const auto path =
            folder / unusedName(reports::ratingFormFileName(input.organisation, input.review, rater), taken);
        reports::AtomicFile file(path);
        file.write(reports::ratingFormHtml(input));
        file.commit();
        // The returns view shows when each rater's form went out (PRODUCT.md §11).
        repository.recordFormWritten(reviewId, rater.id);
        streams.out << "wrote " << path.string() << " for " << printable(rater.name.empty() ? rater.id : rater.name)
                    << "\n";
    }
    return kExitOk;
}

}  // namespace ccg::cli
