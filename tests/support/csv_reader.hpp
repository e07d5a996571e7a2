#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ccg::test {

/// Reads RFC 4180 CSV (after an optional UTF-8 BOM); nothing when it is not well-formed.
std::optional<std::vector<std::vector<std::string>>> parseCsv(std::string_view text);

}  // namespace ccg::test
