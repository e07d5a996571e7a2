#pragma once

// Tests that make another board's answers out of a demo file: the copy is no longer the file
// that was approved, so it must not claim the demo's sign-off (the loader would refuse it).
#include <string>

namespace ccg::test {

/// `answers` without its `<sign-off …/>` line, if it has one.
inline std::string withoutSignOff(std::string answers)
{
    const auto start = answers.find("  <sign-off ");
    if (start == std::string::npos)
        return answers;
    const auto end = answers.find("/>\n", start);
    return end == std::string::npos ? answers : answers.erase(start, end + 3 - start);
}

}  // namespace ccg::test
