#include "app/cli/storage_inputs.hpp"

#include <charconv>

namespace ccg::cli {

std::filesystem::path databasePathInput(const Arguments& arguments)
{
    const auto given = arguments.value("--db");
    if (given && given->empty())
        throw UsageError("--db needs a path");
    return given ? std::filesystem::path(*given) : storage::defaultDatabasePath();
}

storage::Repository openDatabaseInput(const Arguments& arguments, bool create)
{
    storage::OpenOptions options;
    options.createIfMissing = create;
    // A command that only reads can read an archive on a share it cannot write.
    if (!create)
        options.access = storage::Access::ReadOnlyIfUnwritable;
    return storage::Repository::open(databasePathInput(arguments), options);
}

ReviewInput parseReviewInput(const std::string& text)
{
    if (const auto slash = text.find('/'); slash != std::string::npos) {
        ReviewInput input{0, text.substr(0, slash), text.substr(slash + 1)};
        if (input.organisation.empty() || input.review.empty())
            throw UsageError("a review is named by its number or as ORGANISATION/REVIEW, not '" + printable(text) + "'");
        return input;
    }
    storage::RowId id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0)
        throw UsageError("a review is named by its number or as ORGANISATION/REVIEW, not '" + printable(text) + "'");
    return {id, "", ""};
}

storage::RowId findReviewInput(const storage::Repository& repository, const ReviewInput& input)
{
    if (input.id > 0)
        return input.id;
    const auto found = repository.findReview(input.organisation, input.review);
    if (!found)
        throw storage::StorageError(storage::StorageErrorKind::NotFound,
                                    "no review " + printable(input.organisation + "/" + input.review));
    return *found;
}

}  // namespace ccg::cli
