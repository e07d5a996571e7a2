#include "app/session/rating_forms.hpp"

#include "checklists/atomic_file.hpp"
#include "reports/rating_form.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <system_error>

namespace ccg::session {

namespace {

std::string reviewName(const storage::StoredReview& stored)
{
    return stored.summary.organisation.code + "/" + stored.summary.info.id;
}

/// The raters named (each once, in the review's order), or every rater of the review.
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
                known += (known.empty() ? "" : ", ") + rater.id;
            throw storage::StorageError(storage::StorageErrorKind::NotFound, "review " + reviewName(stored) +
                                                                                 " has no rater '" + id +
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

void makeFolder(const std::filesystem::path& folder)
{
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (!std::filesystem::is_directory(folder))
        throw FileWriteError(folder.string() + ": cannot make a folder here" +
                             (error ? " (" + error.message() + ")" : ""));
}

}  // namespace

std::vector<WrittenForm> writeRatingForms(storage::Repository& repository, storage::RowId reviewId,
                                          const std::filesystem::path& folder,
                                          const std::vector<std::string>& raterIds)
{
    const auto stored = repository.loadReview(reviewId);
    const auto raters = chosenRaters(stored, raterIds);
    makeFolder(folder);
    std::vector<WrittenForm> written;
    std::set<std::string> taken;
    for (const auto& rater : raters) {
        const reports::RatingFormInput input{*stored.checklist, stored.summary.organisation, stored.summary.info, rater,
                                             stored.assessment.answers};
        const auto path =
            folder / unusedName(reports::ratingFormFileName(input.organisation, input.review, rater), taken);
        AtomicFile file(path);
        file.write(reports::ratingFormHtml(input));
        file.commit();
        // The returns view shows when each rater's form went out.
        repository.recordFormWritten(reviewId, rater.id);
        written.push_back({path, rater});
    }
    return written;
}

}  // namespace ccg::session
