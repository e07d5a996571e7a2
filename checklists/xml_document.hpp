#pragma once

#include "checklists/diagnostic.hpp"

#include <boost/property_tree/ptree.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ccg::xml {

/// Largest file we parse: 16 MiB, refused before parsing.
inline constexpr std::size_t kMaxFileBytes = std::size_t{16} << 20;
/// Deepest element nesting we accept.
inline constexpr int kMaxDepth = 64;
/// Most elements one file may hold: a large review has a few thousand; this bounds memory.
inline constexpr std::size_t kMaxElements = 100000;

/// One element read from a file: a Boost property tree whose data is the element's own text,
/// with attributes under "<xmlattr>" (the layout of Boost's read_xml) and the element's start
/// line kept beside them, which Boost's reader cannot give.
class Element {
public:
    Element(const std::string& name, const boost::property_tree::ptree& node);

    [[nodiscard]] const std::string& name() const { return *m_name; }
    [[nodiscard]] int line() const;
    /// Text directly inside the element (children's text excluded), as written.
    [[nodiscard]] const std::string& text() const { return m_node->data(); }
    /// Line of the first non-blank text directly inside the element, or 0.
    [[nodiscard]] int textLine() const;
    [[nodiscard]] std::optional<std::string> attribute(const std::string& attributeName) const;
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> attributes() const;
    [[nodiscard]] std::vector<Element> children() const;

private:
    const std::string* m_name;  ///< the key in the owning tree
    const boost::property_tree::ptree* m_node;
};

/// A parsed document; the tree owns the nodes every Element refers to.
struct Document {
    boost::property_tree::ptree tree;

    [[nodiscard]] Element root() const;
};

/// A document, or the one reason it is not well-formed, safe or readable.
struct ParseResult {
    std::optional<Document> document;
    Diagnostics errors;
};

/// Parses UTF-8 XML from memory; refuses DOCTYPE, other encodings, deep nesting, NUL bytes.
ParseResult parse(std::string_view bytes, const std::string& sourceName);

/// Reads and parses a file, refusing files over kMaxFileBytes before reading them.
ParseResult parseFile(const std::filesystem::path& path);

/// The file's bytes, or a diagnostic saying why it cannot be read.
std::optional<std::string> readBoundedFile(const std::filesystem::path& path, Diagnostics& errors);

}  // namespace ccg::xml
