#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

// Every date rule of the product: what a date is, how it is written, and how far apart two are.
namespace ccg {

using Date = std::chrono::year_month_day;

/// A real calendar date written YYYY-MM-DD (year 0001 or later), or nothing.
std::optional<Date> parseIsoDate(std::string_view text);

/// "2014-03-14".
std::string isoDate(Date date);

/// "14 March 2014", as NHS board papers write dates.
std::string longDate(Date date);

/// Days from `from` to `to`: positive when `to` is later.
int daysBetween(Date from, Date to);

/// Today's date in the local time zone.
Date today();

}  // namespace ccg
