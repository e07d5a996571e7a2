#pragma once

#include <string>
#include <string_view>

// Escaping for the XML files the product writes (answers files, checklists).
namespace ccg::xml {

/// `text` escaped for an attribute value (`attribute`) or element content; line breaks are kept
/// in attributes as character references; other control characters, which XML 1.0 cannot carry,
/// become U+FFFD.
std::string escaped(std::string_view text, bool attribute);

/// ` name="value"`, the value escaped.
std::string attr(std::string_view name, std::string_view value);

}  // namespace ccg::xml
