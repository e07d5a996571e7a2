#pragma once

#include "checklists/diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// The sign-off fingerprint of an answers file (PRODUCT.md §12): `sha256:` and the hex SHA-256 of
// the file's Canonical XML 1.0 form with comments, its `<sign-off>`'s fingerprint set to "".
//
// Anyone can check it with
//   sed 's/fingerprint="sha256:[0-9a-f]*"/fingerprint=""/' FILE | xmllint --c14n - | sha256sum
// which works on text. So a file matches only if that line would agree: the fingerprint written
// `fingerprint="sha256:…"` (double quotes, no space around `=`, no character references), and no
// other text of that form anywhere in the file (sed would blank it too). withSignOffFingerprint
// always writes it so; our writer escapes `"` in text, so no note can hold such text.
namespace ccg {

/// What a `<sign-off>` element says, as decoded from the file.
struct SignOffRecord {
    int line = 0;  ///< of the `<sign-off>` start tag
    std::string date;
    std::string meeting;
    std::string minute;
    std::string approver;
    std::string role;
    std::optional<std::string> fingerprint;  ///< nullopt when the attribute is missing
};

/// Whether `text` is `sha256:` and 64 lower-case hex digits.
bool isFingerprintText(std::string_view text);

/// What checking an answers file against its own fingerprint found.
struct SignOffCheck {
    enum class Verdict {
        kMatches,       ///< signed off and unchanged since
        kChanged,       ///< signed off, and the file is not the one approved
        kNotSignedOff,  ///< no `<sign-off>` element
        kUnreadable,    ///< not well-formed, two sign-offs, a malformed fingerprint...
    };
    Verdict verdict = Verdict::kUnreadable;
    std::optional<SignOffRecord> signOff;
    std::string fingerprint;  ///< the file's own, computed; empty when unreadable
    Diagnostics errors;       ///< why it does not match, as `FILE:LINE: message`; empty when it matches
};

/// The fingerprint of answers-file text; with no `<sign-off>`, of the text as it is.
struct FingerprintResult {
    std::optional<std::string> fingerprint;
    Diagnostics errors;
};
FingerprintResult answersFingerprint(std::string_view xml, const std::string& sourceName);

/// Checks answers-file text against the fingerprint its `<sign-off>` records.
SignOffCheck checkSignOff(std::string_view xml, const std::string& sourceName);

/// Reads a file (bounded as every loader does) and checks it.
SignOffCheck checkSignOffFile(const std::filesystem::path& path);

/// `xml` with its one `<sign-off>`'s fingerprint set to the file's fingerprint (the attribute
/// added if missing, rewritten in double quotes); throws InputError when the text has no or
/// several `<sign-off>`, is not well-formed, or would not pass checkSignOff once filled.
std::string withSignOffFingerprint(std::string_view xml, const std::string& sourceName);

}  // namespace ccg
