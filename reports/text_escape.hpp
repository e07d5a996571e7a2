#pragma once

#include "checklists/text_rules.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace ccg::reports {

/// Longest text, in characters, any one field of a report shows; longer text is cut with a notice.
inline constexpr std::size_t kMaxFieldChars = 20000;

/// Valid UTF-8 without characters XML forbids: bad bytes become U+FFFD, control characters
/// other than tab, line feed and carriage return are dropped, and bidi embeddings, overrides and
/// isolates left open are closed at the end of their line (closers without an opener dropped).
std::string cleanText(std::string_view text);

/// cleanText, then cut to `maxChars` characters with "… [N more characters not shown]"; each
/// line holding a right-to-left letter or a bidi control is isolated (U+2068 … U+2069), so it
/// cannot reorder the sentence or row it is set in.
std::string boundedText(std::string_view text, std::size_t maxChars = kMaxFieldChars);

/// Number of characters (code points) in valid UTF-8 (checklists/text_rules.hpp).
using ccg::countChars;

/// Text safe inside HTML/XML elements and quoted attributes (also valid Pango markup).
std::string escapeMarkup(std::string_view text);

/// One RFC 4180 field holding user text: a leading =, +, -, @, tab or CR is neutralised with
/// an apostrophe so spreadsheets never read it as a formula; quoted when needed.
std::string csvText(std::string_view text);

}  // namespace ccg::reports
