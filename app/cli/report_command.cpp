#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/inputs.hpp"
#include "app/cli/terminal_text.hpp"
#include "checklists/calendar_date.hpp"
#include "app/storage/repository.hpp"
#include "reports/report_writer.hpp"

#include <optional>
#include <ostream>

namespace ccg::cli {

namespace {

/// The level of assurance the paper's author chose with --assurance: recorded as chosen by this
/// user today, as the desktop application records it. A signed-off file keeps the level chosen
/// when it was approved: the paper must say what was approved.
void chooseAssurance(Assessment& assessment, Assurance level, const std::string& answersPath)
{
    if (assessment.signOff) {
        if (assessment.assuranceChoice && assessment.assuranceChoice->level == level)
            return;
        throw InputError({{answersPath, 1,
                           "the answers were signed off on " + printable(assessment.signOff->date) +
                               "; the level of assurance is part of what was approved and cannot be chosen again"}});
    }
    assessment.assuranceChoice = AssuranceChoice{level, storage::loginName(), isoDate(today())};
}

}  // namespace

int runReport(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(
        args, {{"--checklist", "--answers", "--previous", "--previous-checklist", "--format", "--as-of", "-o", "--output",
                "--audience", "--assurance"},
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
    const auto assuranceName = arguments.value("--assurance");
    const auto assurance = assuranceName ? parseAssurance(*assuranceName) : std::nullopt;
    if (assuranceName && !assurance)
        throw UsageError("--assurance must be substantial, reasonable, limited or none, not '" +
                         printable(*assuranceName) + "'");
    if (assuranceName && workshop)
        throw UsageError("--assurance does not apply to --format workshop-pdf");
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
    if (assessment && assurance)
        chooseAssurance(*assessment, *assurance, *answersPath);
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
