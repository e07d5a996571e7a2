#pragma once

// Debian 12 ships Catch2 2.13. Tests are written against Catch2 v3's header names and
// macros; the headers in support/catch2/ map them onto v2, so moving to v3 later means
// deleting this folder. SKIP() is ours: it marks the running test skipped and returns;
// the test main then exits 77, which ctest reports as skipped.
#include <catch2/catch.hpp>

#include <string>

namespace Catch {
using Detail::Approx;
}

namespace ccg::test {

/// Records that the current test was skipped, with the reason printed to stderr.
void markSkipped(const std::string& reason);

}  // namespace ccg::test

#define SKIP(...)                                                  \
    do {                                                           \
        ::ccg::test::markSkipped(std::string("") + __VA_ARGS__);   \
        return;                                                    \
    } while (false)
