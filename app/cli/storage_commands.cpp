// import, export, backup, list: the database from the command line (PRODUCT.md §6, §7).
#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/score_text.hpp"
#include "app/cli/storage_inputs.hpp"
#include "app/session/review_list.hpp"
#include "app/storage/answers_exchange.hpp"
#include "checklists/words.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <ostream>
#include <system_error>

namespace ccg::cli {

namespace {

/// A listed review's figures (listReviewsWithFigures fills them for every review).
const storage::ReviewFigures& figures(const storage::ReviewSummary& review)
{
    static const storage::ReviewFigures kNone;
    return review.figures ? *review.figures : kNone;
}

std::string outputOf(const Arguments& arguments, const std::string& command)
{
    const auto output = arguments.value("-o") ? arguments.value("-o") : arguments.value("--output");
    if (!output || output->empty())
        throw UsageError(command + " needs -o OUT");
    return *output;
}

void noPositionals(const Arguments& arguments)
{
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + printable(arguments.positional().front()) + "'");
}

std::string column(const std::string& text, std::size_t width)
{
    return padRight(printable(text), width);
}

}  // namespace

int runImport(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(
        args, {{"--db", "--checklist", "--answers", "--organisation", "--organisation-name", "--status"}, {"--blind"}, {}});
    noPositionals(arguments);
    const auto checklistPath = arguments.required("--checklist");
    const auto answersPath = arguments.required("--answers");
    storage::ImportOptions options;
    options.blind = arguments.flag("--blind");
    if (const auto code = arguments.value("--organisation"))
        options.organisation = Organisation{*code, arguments.value("--organisation-name").value_or(*code)};
    else if (arguments.value("--organisation-name"))
        throw UsageError("--organisation-name needs --organisation CODE");
    if (const auto status = arguments.value("--status")) {
        options.status = storage::parseReviewStatus(*status);
        if (!options.status)
            throw UsageError("--status must be draft, in-progress or final");
    }
    // A database this import creates is removed again if the import fails: a rejected file
    // must not leave an empty database behind for the next command to find.
    const auto database = databasePathInput(arguments);
    std::error_code error;
    const bool existed = std::filesystem::exists(database, error) || error;
    try {
        auto repository = openDatabaseInput(arguments, true);
        const auto imported = storage::importAnswersFile(repository, checklistPath, answersPath, options);
        for (const auto& warning : imported.warnings)
            streams.err << warning.str() << " (warning)\n";
        const auto review = repository.loadReview(imported.reviewId).summary;
        streams.out << "imported review #" << review.id << " (" << printable(review.organisation.code) << "/"
                    << printable(review.info.id) << ") from " << answersPath << " into "
                    << repository.path().string() << "\n";
    } catch (...) {
        if (!existed)
            for (const char* suffix : {"", "-wal", "-shm"})
                std::filesystem::remove(database.string() + suffix, error);
        throw;
    }
    return kExitOk;
}

int runExport(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--review", "-o", "--output"}, {}, {}});
    noPositionals(arguments);
    const auto review = parseReviewInput(arguments.required("--review"));
    const auto output = outputOf(arguments, "export");
    const auto repository = openDatabaseInput(arguments, false);
    const auto reviewId = findReviewInput(repository, review);
    const auto stored = repository.loadReview(reviewId);
    storage::exportAnswersFile(repository, reviewId, output);
    if (!stored.drafts.empty())
        streams.err << output << ": " << stored.drafts.size()
                    << " note(s) or evidence without a rating are not in the file (warning)\n";
    streams.out << "exported review #" << reviewId << " to " << output << "\n";
    return kExitOk;
}

int runBackup(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "-o", "--output"}, {"--force"}, {}});
    noPositionals(arguments);
    const auto output = outputOf(arguments, "backup");
    std::error_code error;
    if (std::filesystem::exists(output, error) && !arguments.flag("--force"))
        throw storage::StorageError(storage::StorageErrorKind::Conflict,
                                    output + " already exists; pass --force to replace it");
    const auto repository = openDatabaseInput(arguments, false);
    repository.backupTo(output);
    streams.out << "backed up " << repository.path().string() << " to " << output << "\n";
    return kExitOk;
}

namespace {

/// The organisations and reviews as one JSON object, for scripts and spreadsheets.
nlohmann::ordered_json listJson(const std::vector<storage::OrganisationRecord>& organisations,
                                const std::vector<storage::ReviewSummary>& reviews)
{
    auto json = nlohmann::ordered_json::object();
    json["organisations"] = nlohmann::ordered_json::array();
    for (const auto& record : organisations)
        json["organisations"].push_back({{"code", record.organisation.code},
                                         {"name", record.organisation.name},
                                         {"reviews", record.reviewCount}});
    json["reviews"] = nlohmann::ordered_json::array();
    for (const auto& review : reviews) {
        nlohmann::ordered_json row{{"id", review.id},
                                   {"organisation", review.organisation.code},
                                   {"review", review.info.id},
                                   {"title", review.info.title},
                                   {"date", review.info.date},
                                   {"status", storage::toString(review.status)},
                                   {"checklist", review.checklistId},
                                   {"checklist_version", review.checklistVersion},
                                   {"checklist_title", review.checklistTitle},
                                   {"overall", nullptr},
                                   {"rag", toString(figures(review).overallRag)},
                                   {"completeness", figures(review).completeness},
                                   {"previous", nullptr}};
        if (figures(review).overall)
            row["overall"] = *figures(review).overall;
        if (review.previousReviewId)
            row["previous"] = *review.previousReviewId;
        json["reviews"].push_back(std::move(row));
    }
    return json;
}

}  // namespace

int runList(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--organisation", "--format"}, {}, {}});
    noPositionals(arguments);
    const std::string format = arguments.value("--format").value_or("text");
    if (format != "json" && format != "text")
        throw UsageError("--format must be json or text");
    auto repository = openDatabaseInput(arguments, false);
    std::optional<storage::RowId> organisationId;
    if (const auto code = arguments.value("--organisation")) {
        const auto found = repository.findOrganisation(*code);
        if (!found)
            throw storage::StorageError(storage::StorageErrorKind::NotFound, "no organisation " + printable(*code));
        organisationId = found->id;
    }
    std::vector<storage::OrganisationRecord> organisations;
    for (auto& record : repository.listOrganisations())
        if (!organisationId || record.id == *organisationId)
            organisations.push_back(std::move(record));
    const auto reviews = session::listReviewsWithFigures(repository, organisationId);
    if (format == "json") {
        // Text from the database is UTF-8 already checked on the way in; replace anything else
        // rather than fail half-way through the output.
        streams.out << listJson(organisations, reviews).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                    << "\n";
        return kExitOk;
    }
    streams.out << "Organisations\n";
    for (const auto& record : organisations)
        streams.out << "  " << column(record.organisation.code, 8) << column(record.organisation.name, 40)
                        << record.reviewCount << " review(s)\n";
    streams.out << "\nReviews\n  " << column("ID", 6) << column("ORG", 8) << column("REVIEW", 14)
                << column("DATE", 11) << column("STATUS", 12) << column("SCORE", 8) << column("RAG", 7)
                << column("COMPLETE", 9) << column("TITLE", 32) << "CHECKLIST\n";
    for (const auto& review : reviews) {
        streams.out << "  " << column(std::to_string(review.id), 6) << column(review.organisation.code, 8)
                    << column(review.info.id, 14) << column(review.info.date, 11)
                    << column(storage::toString(review.status), 12)
                    << column(words::percent(figures(review).overall, "n/a"), 8)
                    << column(toString(figures(review).overallRag), 7)
                    << column(words::wholePercent(figures(review).completeness), 9) << column(review.info.title, 32)
                    << printable(review.checklistTitle + ", version " + review.checklistVersion)
                    << "\n";
    }
    return kExitOk;
}

}  // namespace ccg::cli
