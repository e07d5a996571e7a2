#pragma once

// Counts the characters HarfBuzz shapes for Pango in this test process, so a test can show that
// laying out text costs work proportional to the text, without timing anything.
#include <cstddef>

namespace ccg::test {

/// Characters shaped since the process started (hb_shape is interposed by shaping_counter.cpp).
std::size_t shapedCharacters();

}  // namespace ccg::test
