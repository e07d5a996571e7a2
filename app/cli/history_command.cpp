// history: the record of a stored review, or of one of its items (PRODUCT.md §12).
#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/storage_inputs.hpp"
#include "app/cli/terminal_text.hpp"
#include "app/session/recorded_change.hpp"
#include "reports/csv_document.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

namespace ccg::cli {

namespace {

/// How many characters of a value or of "what" a line of text shows.
constexpr std::size_t kShownValueChars = 60;
constexpr std::size_t kWhoColumns = 24;
constexpr std::size_t kWhatColumns = 56;

/// The text on one line, at most `limit` characters (UTF-8 aware), "…" where it was cut.
std::string oneLine(const std::string& text, std::size_t limit)
{
    std::string line;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const bool starts = (c & 0xC0) != 0x80;
        if (starts && characters == limit)
            return line + "\xE2\x80\xA6";
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue;
        if (c == '\n' || c == '\r')
            line += " \xE2\x86\xB5 ";  // ↵ where a line ended
        else if (c == '\t')
            line += ' ';
        else
            line += static_cast<char>(c);
        characters += starts;
    }
    return printable(line);
}

std::string historyText(const std::string& heading, const std::vector<session::RecordedChange>& record)
{
    std::string text = heading + ": " + std::to_string(record.size()) +
                       (record.size() == 1 ? " change" : " changes") + (record.empty() ? "\n" : ", newest first\n\n");
    if (record.empty())
        return text;
    std::size_t who = 4, what = 5;
    for (const auto& change : record) {
        who = std::max(who, std::min(columnsOf(change.who), kWhoColumns));
        what = std::max(what, std::min(columnsOf(change.what), kWhatColumns));
    }
    text += padRight("WHEN (UTC)", 21) + padRight("WHO", who + 2) + padRight("WHAT", what + 2) + "OLD \xE2\x86\x92 NEW\n";
    for (const auto& change : record)
        text += padRight(change.when, 21) + padRight(oneLine(change.who, kWhoColumns), who + 2) +
                padRight(oneLine(change.what, kWhatColumns), what + 2) +
                oneLine(session::shown(change.before), kShownValueChars) + " \xE2\x86\x92 " +
                oneLine(session::shown(change.after), kShownValueChars) + "\n";
    return text;
}

nlohmann::ordered_json orNull(const std::string& text)
{
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

nlohmann::ordered_json orNull(const std::optional<std::string>& text)
{
    return text ? nlohmann::ordered_json(*text) : nlohmann::ordered_json(nullptr);
}

std::string historyJson(const std::vector<session::RecordedChange>& record)
{
    auto json = nlohmann::ordered_json::array();
    for (const auto& change : record)
        json.push_back({{"at", change.at},
                        {"user", change.who},
                        {"kind", change.kind},
                        {"what", change.what},
                        {"item", orNull(change.item)},
                        {"rater", orNull(change.rater)},
                        {"old", orNull(change.before)},
                        {"new", orNull(change.after)}});
    // Text from the database is UTF-8 already checked on the way in; replace anything else
    // rather than fail half-way through the output.
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string historyCsv(const std::vector<session::RecordedChange>& record)
{
    reports::CsvDocument csv;
    csv.raw("at").raw("user").raw("kind").raw("what").raw("item").raw("rater").raw("old").raw("new");
    csv.endRecord();
    for (const auto& change : record) {
        csv.raw(change.at).text(change.who).raw(change.kind).text(change.what).text(change.item).text(change.rater);
        csv.text(change.before.value_or("")).text(change.after.value_or(""));
        csv.endRecord();
    }
    return csv.take();
}

}  // namespace

int runHistory(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--review", "--item", "--format"}, {}, {}});
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + printable(arguments.positional().front()) + "'");
    const std::string format = arguments.value("--format").value_or("text");
    if (format != "text" && format != "json" && format != "csv")
        throw UsageError("--format must be text, json or csv");
    const auto item = arguments.value("--item");
    if (item && item->empty())
        throw UsageError("--item needs an item id, e.g. gov-01");
    const auto review = parseReviewInput(arguments.required("--review"));
    const auto repository = openDatabaseInput(arguments, false);
    const auto reviewId = findReviewInput(repository, review);
    const auto record = session::reviewRecord(repository, reviewId, item);
    if (format == "json") {
        streams.out << historyJson(record);
    } else if (format == "csv") {
        streams.out << historyCsv(record);
    } else {
        const auto summary = repository.reviewSummary(reviewId);
        std::string heading = "History of review #" + std::to_string(reviewId) + " (" +
                              printable(summary.organisation.code + "/" + summary.info.id) + ")";
        if (item)
            heading += ", item " + printable(*item);
        streams.out << historyText(heading, record);
    }
    return kExitOk;
}

}  // namespace ccg::cli
