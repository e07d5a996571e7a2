#pragma once

#include "checklists/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>

// The W3C Canonical XML 1.0 form (with comments) of an answers file, through libxml2, and its
// SHA-256 (PRODUCT.md §12). libxml2's headers stay in the .cpp.
namespace ccg::xml {

/// The canonical form of `bytes` as `xmllint --c14n` writes it, with the `fingerprint`
/// attribute of the first `<sign-off>` element (in document order) set to the empty string
/// when `blankSignOff`. The bytes must have passed xml::parse (no DOCTYPE, UTF-8, bounded);
/// parsing fetches nothing and expands no entity. nullopt, with a diagnostic, if libxml2
/// cannot read or canonicalise them.
std::optional<std::string> canonicalForm(std::string_view bytes, const std::string& sourceName, bool blankSignOff,
                                         Diagnostics& errors);

/// `sha256:` and the lower-case hex SHA-256 of `bytes`.
std::string sha256Fingerprint(std::string_view bytes);

}  // namespace ccg::xml
