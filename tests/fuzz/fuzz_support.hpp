#pragma once

// Shared by the fuzz targets: the input as text, the shipped checklist, and a failure that
// libFuzzer reports as a crash with the reason.
#include "checklists/checklist.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ccg::fuzz {

/// The fuzzer's bytes as the text a loader reads.
inline std::string_view textOf(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

/// checklists/ccg-commissioning-2013.xml, loaded once.
const Checklist& shippedChecklist();

/// Prints `what` and aborts, so libFuzzer keeps the input as a crash.
[[noreturn]] void fail(const char* what);

}  // namespace ccg::fuzz
