#pragma once

#include <string_view>

// The rating form's script and stylesheet, embedded at build time from resources/forms/ by
// cmake/EmbedText.cmake (so the installed application and the tests need no file at run time).
namespace ccg::reports {

/// resources/forms/rating_form.js, verbatim.
std::string_view ratingFormScript();
/// resources/forms/rating_form.css, verbatim.
std::string_view ratingFormStyle();

}  // namespace ccg::reports
