// report-stored: the gap report of a review kept in the database, with its previous review.
#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/storage_inputs.hpp"
#include "checklists/calendar_date.hpp"
#include "reports/report_writer.hpp"

#include <optional>
#include <ostream>

namespace ccg::cli {

int runReportStored(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(
        args, {{"--db", "--review", "--previous", "--format", "--as-of", "-o", "--output", "--audience"}, {"--no-previous"}, {}});
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + printable(arguments.positional().front()) + "'");
    const auto format = reports::parseReportFormat(arguments.required("--format"));
    if (!format)
        throw UsageError("--format must be html, pdf, csv, xlsx or workshop-pdf");
    // A blank pack of the review's own checklist version, for a workshop on it (PRODUCT.md §14).
    const bool workshop = *format == reports::ReportFormat::WorkshopPdf;
    if (workshop && (arguments.value("--previous") || arguments.flag("--no-previous")))
        throw UsageError("--previous does not apply to --format workshop-pdf");
    if (workshop && arguments.value("--audience"))
        throw UsageError("--audience does not apply to --format workshop-pdf (a blank pack names no one)");
    if (arguments.value("-o") && arguments.value("--output"))
        throw UsageError("give -o or --output, not both");
    const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
    if (!output || output->empty())
        throw UsageError("report-stored needs -o OUT");
    const auto review = parseReviewInput(arguments.required("--review"));
    std::optional<ReviewInput> previousInput;
    if (const auto text = arguments.value("--previous"))
        previousInput = parseReviewInput(*text);
    if (previousInput && arguments.flag("--no-previous"))
        throw UsageError("give --previous or --no-previous, not both");
    const auto audienceName = arguments.value("--audience");
    const auto audience = reports::parseAudience(audienceName.value_or("board"));
    if (!audience)
        throw UsageError("--audience must be board or public, not '" + printable(*audienceName) + "'");
    std::optional<Date> asOf;
    if (const auto text = arguments.value("--as-of")) {
        asOf = parseIsoDate(*text);
        if (!asOf)
            throw UsageError("--as-of needs a real date written YYYY-MM-DD, not '" + printable(*text) + "'");
    }

    const auto repository = openDatabaseInput(arguments, false);
    const auto stored = repository.loadReview(findReviewInput(repository, review));
    if (workshop) {
        reports::writeWorkshopPack(*stored.checklist, *output);
        streams.out << "wrote " << *output << "\n";
        return kExitOk;
    }
    std::optional<storage::RowId> previousId = stored.summary.previousReviewId;
    if (previousInput)
        previousId = findReviewInput(repository, *previousInput);
    if (arguments.flag("--no-previous"))
        previousId.reset();
    std::optional<storage::StoredReview> previous;
    if (previousId) {
        previous = repository.loadReview(*previousId);
        if (previous->assessment.checklistId != stored.assessment.checklistId) {
            streams.err << "review #" << *previousId << " is of another checklist; the report shows no trend (warning)\n";
            previous.reset();
        }
    }
    // Each review is scored with the checklist version it was made with (PRODUCT.md §12).
    const reports::ReportInput input{*stored.checklist, stored.assessment,
                                     previous ? &previous->assessment : nullptr,
                                     asOf ? *asOf : reports::defaultAsOf(stored.assessment),
                                     previous ? previous->checklist.get() : nullptr, *audience};
    for (const auto& path : reports::writeReport(input, *format, *output))
        streams.out << "wrote " << path.string() << "\n";
    return kExitOk;
}

}  // namespace ccg::cli
