#include "checklists/calendar_date.hpp"

#include <array>
#include <cstdio>
#include <ctime>

namespace ccg {

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int fields[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (std::size_t k = 0; k < lengths[f]; ++k) {
            const char c = text[starts[f] + k];
            if (c < '0' || c > '9')
                return std::nullopt;
            fields[f] = fields[f] * 10 + (c - '0');
        }
    }
    if (fields[0] < 1)
        return std::nullopt;
    const Date date{std::chrono::year{fields[0]}, std::chrono::month{static_cast<unsigned>(fields[1])},
                    std::chrono::day{static_cast<unsigned>(fields[2])}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string isoDate(Date date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

std::string longDate(Date date)
{
    static const std::array<const char*, 12> kMonths{"January", "February", "March",     "April",
                                                     "May",     "June",     "July",      "August",
                                                     "September", "October", "November", "December"};
    const unsigned month = static_cast<unsigned>(date.month());
    return std::to_string(static_cast<unsigned>(date.day())) + " " + kMonths.at(month - 1) + " " +
           std::to_string(static_cast<int>(date.year()));
}

int daysBetween(Date from, Date to)
{
    return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

Date today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{std::chrono::year{local.tm_year + 1900}, std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

}  // namespace ccg
