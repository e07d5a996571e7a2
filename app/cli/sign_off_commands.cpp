// sign-off and reopen: recording a review's approval, and reopening it with a reason (PRODUCT.md §12).
#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/storage_inputs.hpp"

#include <ostream>

namespace ccg::cli {

namespace {

void refusePositional(const Arguments& arguments)
{
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + printable(arguments.positional().front()) + "'");
}

std::string reviewName(const storage::ReviewSummary& summary)
{
    return "review #" + std::to_string(summary.id) + " (" + printable(summary.organisation.code) + "/" +
           printable(summary.info.id) + ")";
}

}  // namespace

int runSignOff(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments =
        Arguments::parse(args, {{"--db", "--review", "--date", "--meeting", "--minute", "--approver", "--role"}, {}, {}});
    refusePositional(arguments);
    const auto input = parseReviewInput(arguments.required("--review"));
    const SignOff approval{arguments.required("--date"),     arguments.required("--meeting"),
                           arguments.required("--minute"),   arguments.required("--approver"),
                           arguments.required("--role"),     ""};
    auto repository = openDatabaseInput(arguments, false);
    const storage::RowId reviewId = findReviewInput(repository, input);
    const storage::ApprovalRecord record = repository.signOff(reviewId, approval);
    streams.out << "signed off " << reviewName(repository.reviewSummary(reviewId)) << ": approved on "
                << printable(record.signOff.date) << " at " << printable(record.signOff.meeting) << " (minute "
                << printable(record.signOff.minute) << "); fingerprint " << record.signOff.fingerprint
                << "\nthe review is locked until it is reopened (reopen --review ID --reason TEXT)\n";
    return kExitOk;
}

int runReopen(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--db", "--review", "--reason"}, {}, {}});
    refusePositional(arguments);
    const auto input = parseReviewInput(arguments.required("--review"));
    const std::string reason = arguments.required("--reason");
    auto repository = openDatabaseInput(arguments, false);
    const storage::RowId reviewId = findReviewInput(repository, input);
    repository.reopen(reviewId, reason);
    streams.out << "reopened " << reviewName(repository.reviewSummary(reviewId))
                << " for change; its approval and the file as approved are kept\n";
    return kExitOk;
}

}  // namespace ccg::cli
