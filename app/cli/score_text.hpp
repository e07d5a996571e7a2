#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <optional>
#include <string>

namespace ccg::cli {

/// The text in capitals (ASCII letters only), e.g. a RAG word for a table.
std::string upperCase(std::string text);

/// The text followed by spaces up to `width`, or by one space when it is that long already.
std::string padRight(const std::string& text, std::size_t width);

/// "72.5" with one decimal, or `missing` for no value.
std::string oneDecimal(std::optional<double> value, const std::string& missing);

/// "72.5%" with one decimal, or "n/a" for a null score.
std::string formatPercent(std::optional<double> score);

/// The `score --format text` summary a person reads: overall, domains, top gaps.
std::string scoreText(const Checklist& checklist, const Assessment& assessment, const ScoreResult& result);

}  // namespace ccg::cli
