#pragma once

#include <string>
#include <string_view>

namespace ccg::storage {

/// SHA-256 of `data` as 64 lowercase hex digits (FIPS 180-4), to identify stored checklists.
std::string sha256Hex(std::string_view data);

}  // namespace ccg::storage
