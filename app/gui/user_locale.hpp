#pragma once

namespace ccg::gui {

/// Takes the user's locale from the environment (LANG, LC_TIME, LC_ALL) so that date pickers
/// show dates their way (01/12/2026 in the UK), but keeps numbers in the "C" format, with a
/// '.' decimal point, that every file, report and score is written in. Dates in files are
/// always YYYY-MM-DD, written by our own code, whatever the locale. Called once at start-up
/// (and by tests, to switch locale). A locale that is not installed leaves the "C" one.
void useUserLocale();

}  // namespace ccg::gui
