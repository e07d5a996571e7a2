#pragma once

#include <string>
#include <string_view>

namespace ccg::reports {

/// SHA-256 of `bytes` in base64, as a Content-Security-Policy 'sha256-…' source names it.
std::string sha256Base64(std::string_view bytes);

}  // namespace ccg::reports
