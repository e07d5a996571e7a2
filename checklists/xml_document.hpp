#pragma once

#include "checklists/diagnostic.hpp"

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

struct Document;

/// One element read from a file: its name, attributes, own text and start line, and its
/// children. A view into the Document that holds it, which must outlive it.
class Element {
public:
    Element(const Document& document, std::size_t index) : m_document(&document), m_index(index) {}

    [[nodiscard]] const std::string& name() const;
    [[nodiscard]] int line() const;
    /// Text directly inside the element (children's text excluded), as written.
    [[nodiscard]] const std::string& text() const;
    /// Line of the first non-blank text directly inside the element, or 0.
    [[nodiscard]] int textLine() const;
    [[nodiscard]] std::optional<std::string> attribute(const std::string& attributeName) const;
    [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& attributes() const;
    [[nodiscard]] std::vector<Element> children() const;

private:
    const Document* m_document;
    std::size_t m_index;
};

/// A parsed document: every element in one array, in document order, linked to its children.
/// (Boost.PropertyTree's tree took four times the memory and most of the time of a large load.)
struct Document {
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    struct Node {
        std::string name;
        std::vector<std::pair<std::string, std::string>> attributes;
        std::string text;
        int line = 0;
        int textLine = 0;
        std::size_t firstChild = kNone;
        std::size_t lastChild = kNone;
        std::size_t nextSibling = kNone;
    };

    std::vector<Node> nodes;  ///< nodes[0] is the root element

    [[nodiscard]] Element root() const { return Element(*this, 0); }
};

/// A document, or the one reason it is not well-formed, safe or readable.
struct ParseResult {
    std::optional<Document> document;
    Diagnostics errors;
};

/// Parses UTF-8 XML from memory; refuses DOCTYPE, other encodings, deep nesting, NUL bytes.
ParseResult parse(std::string_view bytes, const std::string& sourceName);

/// The file's bytes, or a diagnostic saying why it cannot be read.
std::optional<std::string> readBoundedFile(const std::filesystem::path& path, Diagnostics& errors);

}  // namespace ccg::xml
