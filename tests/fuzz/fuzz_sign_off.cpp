// Fuzz target: any bytes as a signed-off answers file (PRODUCT.md §12). Every file that does not
// match says why; a file whose fingerprint is filled in then matches, and filling in again
// changes nothing.
#include "fuzz_support.hpp"

#include "checklists/sign_off_fingerprint.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = ccg::fuzz::textOf(data, size);
    const auto check = ccg::checkSignOff(text, "fuzz.xml");
    if ((check.verdict == ccg::SignOffCheck::Verdict::kMatches) != check.errors.empty())
        ccg::fuzz::fail("a file that does not match gave no reason, or one that matches gave one");
    std::string filled;
    try {
        filled = ccg::withSignOffFingerprint(text, "fuzz.xml");
    } catch (const ccg::InputError& error) {
        if (error.diagnostics().empty())
            ccg::fuzz::fail("filling in a fingerprint was refused without a reason");
        return 0;
    }
    if (ccg::checkSignOff(filled, "filled.xml").verdict != ccg::SignOffCheck::Verdict::kMatches)
        ccg::fuzz::fail("a file whose fingerprint was filled in does not match it");
    if (ccg::withSignOffFingerprint(filled, "filled.xml") != filled)
        ccg::fuzz::fail("filling in the fingerprint of a matching file changed it");
    return 0;
}
