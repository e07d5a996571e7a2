#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// The lexical rules of checklist and answers files (PRODUCT.md §3-§4).
namespace ccg {

/// Matches `[a-z0-9][a-z0-9.-]*` (dots since format 1.1, so that "s1.1" keeps a framework's numbering).
bool isValidId(std::string_view text);

/// A decimal number such as `2`, `0.5` or `1e0`; nullopt for hex, spaces, NaN, infinities.
std::optional<double> parseDecimal(std::string_view text);

/// A base-10 integer such as `3` or `-1`, without spaces or a plus sign.
std::optional<int> parseInteger(std::string_view text);

/// `true` or `false`.
std::optional<bool> parseBoolean(std::string_view text);

/// Offset of the first byte that is not well-formed UTF-8, or nullopt.
std::optional<std::size_t> findInvalidUtf8(std::string_view bytes);

/// Number of characters (code points) in valid UTF-8.
std::size_t countChars(std::string_view utf8);

/// `text` with ASCII letters in lower case, for finding words whatever their case: the
/// checklists are English, and UTF-8 bytes of other letters pass unchanged.
std::string asciiLowered(std::string text);

/// An http:// or https:// address with a host and no white space or control character: the only
/// links a checklist may carry.
bool isWebAddress(std::string_view text);

/// 1-based line number of a byte offset.
int lineAtOffset(std::string_view bytes, std::size_t offset);

}  // namespace ccg
