#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ccg::reports {

using Date = std::chrono::year_month_day;

/// A real calendar date written YYYY-MM-DD, or nothing.
std::optional<Date> parseIsoDate(std::string_view text);

/// "2014-03-14".
std::string isoDate(Date date);

/// "14 March 2014", as NHS board papers write dates.
std::string longDate(Date date);

/// Days from `from` to `to`: positive when `to` is later.
int daysBetween(Date from, Date to);

/// Today's date in the local time zone.
Date today();

}  // namespace ccg::reports
