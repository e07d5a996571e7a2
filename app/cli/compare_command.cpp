// compare and compare-stored: several reviews of one checklist side by side, e.g. the boards of
// a workshop, from answers files or from the database.
#include "app/cli/arguments.hpp"
#include "app/cli/compare_output.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/inputs.hpp"
#include "app/cli/storage_inputs.hpp"
#include "app/session/comparison.hpp"
#include "checklists/side_by_side_json.hpp"
#include "reports/side_by_side_csv.hpp"

#include <filesystem>
#include <optional>
#include <ostream>
#include <stdexcept>

namespace ccg::cli {

namespace {

/// Where the comparison goes: standard output, or the file -o names.
struct Output {
    std::string format;
    std::optional<std::string> file;
};

/// The --format value and the output, and the number of reviews, checked before anything is read.
Output checkedOutput(const Arguments& arguments)
{
    const std::string format = arguments.value("--format").value_or("text");
    if (format != "text" && format != "json" && format != "csv" && format != "xlsx")
        throw UsageError("--format must be text, json, csv or xlsx");
    if (arguments.value("-o") && arguments.value("--output"))
        throw UsageError("give -o or --output, not both");
    const auto file = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
    if (file && file->empty())
        throw UsageError("-o needs a file name");
    if (format == "xlsx" && !file)
        throw UsageError("--format xlsx needs -o OUT");
    if (file && format != "csv" && format != "xlsx")
        throw UsageError("-o writes --format csv or xlsx");
    const std::size_t reviews = arguments.positional().size();
    if (reviews < 2)
        throw UsageError("compare needs at least two reviews");
    if (reviews > kMaxComparedReviews)
        throw UsageError("compare takes at most " + std::to_string(kMaxComparedReviews) + " reviews");
    return {format, file};
}

void print(const Checklist& checklist, const std::vector<ReviewToCompare>& reviews, const Output& output,
           Streams& streams)
{
    const SideBySide table = compareSideBySide(checklist, reviews);
    const std::string& format = output.format;
    if (output.file)
        session::saveComparison(checklist, table,
                                format == "xlsx" ? session::ComparisonFormat::Xlsx : session::ComparisonFormat::Csv,
                                *output.file);
    else if (format == "json")
        streams.out << sideBySideJson(checklist, table);
    else if (format == "csv")
        streams.out << reports::sideBySideCsv(checklist, table);
    else
        streams.out << sideBySideText(checklist, table);
}

}  // namespace

int runCompare(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--checklist", "--format", "-o", "--output"}, {}, {}});
    const Output output = checkedOutput(arguments);
    const Checklist checklist = loadChecklistInput(arguments.required("--checklist"));

    std::vector<ReviewToCompare> reviews;
    for (auto& [path, assessment] : loadAnswersInputs(arguments.positional(), checklist, streams))
        reviews.push_back({std::filesystem::path(path).filename().string(), std::move(assessment)});
    print(checklist, reviews, output, streams);
    return kExitOk;
}

int runCompareStored(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--format", "-o", "--output"}, {}, {}});
    const Output output = checkedOutput(arguments);
    std::vector<ReviewInput> named;
    for (const auto& text : arguments.positional())
        named.push_back(parseReviewInput(text));
    const auto repository = openDatabaseInput(arguments, false);

    std::shared_ptr<const Checklist> checklist;
    std::vector<ReviewToCompare> reviews;
    for (std::size_t i = 0; i < named.size(); ++i) {
        auto stored = repository.loadReview(findReviewInput(repository, named[i]));
        if (!checklist)
            checklist = stored.checklist;
        else if (stored.checklist->id != checklist->id || stored.checklist->version != checklist->version)
            throw std::runtime_error("review " + printable(arguments.positional()[i]) + " uses checklist " +
                                     printable(stored.checklist->id) + " version " +
                                     printable(stored.checklist->version) + ", the first uses " +
                                     printable(checklist->id) + " version " + printable(checklist->version) +
                                     ": only reviews of one checklist can be compared");
        reviews.push_back({"review " + printable(arguments.positional()[i]), std::move(stored.assessment)});
    }
    print(*checklist, reviews, output, streams);
    return kExitOk;
}

}  // namespace ccg::cli
