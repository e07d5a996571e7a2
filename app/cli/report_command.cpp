#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/inputs.hpp"
#include "app/cli/terminal_text.hpp"
#include "checklists/calendar_date.hpp"
#include "reports/report_writer.hpp"

#include <optional>
#include <ostream>

namespace ccg::cli {

int runReport(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(
        args, {{"--checklist", "--answers", "--previous", "--previous-checklist", "--format", "--as-of", "-o", "--output",
                "--audience"},
               {},
               {}});
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + arguments.positional().front() + "'");
    const auto formatName = arguments.required("--format");
    const auto format = reports::parseReportFormat(formatName);
    if (!format)
        throw UsageError("--format must be html, pdf, csv, xlsx or workshop-pdf");
    if (arguments.value("-o") && arguments.value("--output"))
        throw UsageError("give -o or --output, not both");
    const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
    if (!output || output->empty())
        throw UsageError("report needs -o OUT");
    const auto checklistPath = arguments.required("--checklist");
    const auto answersPath = arguments.value("--answers");
    const auto previousPath = arguments.value("--previous");
    const auto previousChecklistPath = arguments.value("--previous-checklist");
    const bool workshop = *format == reports::ReportFormat::WorkshopPdf;
    if (!answersPath && !workshop)
        throw UsageError("missing --answers");
    if (previousPath && workshop)
        throw UsageError("--previous does not apply to --format workshop-pdf");
    if (previousChecklistPath && !previousPath)
        throw UsageError("--previous-checklist needs --previous");
    const auto audienceName = arguments.value("--audience");
    const auto audience = reports::parseAudience(audienceName.value_or("board"));
    if (!audience)
        throw UsageError("--audience must be board or public, not '" + printable(*audienceName) + "'");
    if (audienceName && workshop)
        throw UsageError("--audience does not apply to --format workshop-pdf (a blank pack names no one)");
    std::optional<Date> asOf;
    if (const auto text = arguments.value("--as-of")) {
        asOf = parseIsoDate(*text);
        if (!asOf)
            throw UsageError("--as-of needs a real date written YYYY-MM-DD, not '" + *text + "'");
    }

    const Checklist checklist = loadChecklistInput(checklistPath);
    std::optional<Assessment> assessment;
    if (answersPath)
        assessment = loadAnswersInput(*answersPath, checklist, streams);
    std::vector<std::filesystem::path> written;
    if (!assessment) {
        reports::writeWorkshopPack(checklist, *output);
        written.emplace_back(*output);
    } else {
        // The previous review is scored with the checklist version it was made with (PRODUCT.md §12).
        std::optional<Checklist> previousChecklist;
        if (previousChecklistPath)
            previousChecklist = loadChecklistInput(*previousChecklistPath);
        std::optional<Assessment> previous;
        if (previousPath)
            previous = loadAnswersInput(*previousPath, previousChecklist ? *previousChecklist : checklist, streams);
        const reports::ReportInput input{checklist, *assessment, previous ? &*previous : nullptr,
                                         asOf ? *asOf : reports::defaultAsOf(*assessment),
                                         previousChecklist ? &*previousChecklist : nullptr, *audience};
        written = reports::writeReport(input, *format, *output);
    }
    for (const auto& path : written)
        streams.out << "wrote " << path.string() << "\n";
    return kExitOk;
}

}  // namespace ccg::cli
