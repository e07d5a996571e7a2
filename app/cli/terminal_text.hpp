#pragma once

#include <cstddef>
#include <string>

// Small helpers for the tables the commands print on a terminal.
namespace ccg::cli {

/// The text in capitals (ASCII letters only), e.g. a RAG word for a table.
std::string upperCase(std::string text);

/// How many columns the UTF-8 text takes on a terminal (its characters; wide scripts aside).
std::size_t columnsOf(const std::string& text);

/// The text followed by spaces up to `width` characters, or by one space when it is that long already.
std::string padRight(const std::string& text, std::size_t width);

/// Text safe to print on a terminal: control characters shown as '?'.
std::string printable(const std::string& text);

}  // namespace ccg::cli
