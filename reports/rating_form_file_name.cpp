// Names of the files a rating round passes around: they travel by e-mail and USB stick between
// Windows, macOS and Linux, so only characters every file system and mail client keeps are used.
#include "reports/rating_form.hpp"

#include <string_view>

namespace ccg::reports {

namespace {

/// Each part of a name is cut to this many characters, so the whole stays far below 255.
constexpr std::size_t kMaxPartChars = 40;

bool isPortable(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// `text` with every run of other characters (dots and slashes, spaces, non-ASCII) made one '-',
/// no '-' at either end, at most kMaxPartChars long; empty when nothing portable is left.
std::string portablePart(std::string_view text)
{
    std::string part;
    for (const char c : text) {
        if (part.size() == kMaxPartChars)
            break;
        if (isPortable(c))
            part += c;
        else if (!part.empty() && part.back() != '-')
            part += '-';
    }
    while (!part.empty() && part.back() == '-')
        part.pop_back();
    return part;
}

std::string partOr(std::string_view text, std::string_view fallback)
{
    const std::string part = portablePart(text);
    return part.empty() ? std::string(fallback) : part;
}

std::string fileName(const Organisation& organisation, const ReviewInfo& review, const Rater& rater,
                     std::string_view what, std::string_view extension)
{
    std::string who = portablePart(rater.id);
    if (who.empty())
        who = partOr(rater.name, "rater");
    return partOr(organisation.code, "organisation") + "-" + partOr(review.id, "review") + "-" + std::string(what) +
           "-" + who + std::string(extension);
}

}  // namespace

std::string ratingFormFileName(const Organisation& organisation, const ReviewInfo& review, const Rater& rater)
{
    return fileName(organisation, review, rater, "rating-form", ".html");
}

std::string ratingAnswersFileName(const Organisation& organisation, const ReviewInfo& review, const Rater& rater)
{
    return fileName(organisation, review, rater, "answers", ".xml");
}

}  // namespace ccg::reports
