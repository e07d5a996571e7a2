#include "checklists/xml_document.hpp"

#include "checklists/text_rules.hpp"

#include <expat.h>

#include <fstream>
#include <memory>
#include <system_error>

namespace ccg::xml {

namespace {

/// Builds the element tree from expat's callbacks and remembers why parsing stopped.
class TreeBuilder {
public:
    explicit TreeBuilder(XML_Parser parser) : m_parser(parser) {}

    void start(const XML_Char* name, const XML_Char** attributes)
    {
        const int line = currentLine();
        if (static_cast<int>(m_stack.size()) >= kMaxDepth) {
            stop(line, "elements are nested deeper than " + std::to_string(kMaxDepth) + " levels");
            return;
        }
        if (++m_elementCount > kMaxElements) {
            stop(line, "the file holds more than " + std::to_string(kMaxElements) + " elements; refused");
            return;
        }
        auto& nodes = m_document.nodes;
        const std::size_t index = nodes.size();
        Document::Node& node = nodes.emplace_back();
        node.name = name;
        node.line = line;
        for (const XML_Char** attribute = attributes; *attribute; attribute += 2)
            node.attributes.emplace_back(attribute[0], attribute[1]);
        if (!m_stack.empty()) {
            Document::Node& parent = nodes[m_stack.back()];
            if (parent.lastChild == Document::kNone)
                parent.firstChild = index;
            else
                nodes[parent.lastChild].nextSibling = index;
            parent.lastChild = index;
        }
        m_stack.push_back(index);
    }

    void end() { m_stack.pop_back(); }

    void text(const XML_Char* data, int length)
    {
        if (m_stack.empty())
            return;
        Document::Node& node = m_document.nodes[m_stack.back()];
        const std::string_view chunk(data, static_cast<std::size_t>(length));
        if (node.textLine == 0 && chunk.find_first_not_of(" \t\r\n") != std::string_view::npos)
            node.textLine = currentLine();
        node.text.append(chunk);
    }

    void refuse(const std::string& message) { stop(currentLine(), message); }

    void declaration(const XML_Char* encoding)
    {
        if (!encoding)
            return;
        std::string lower(encoding);
        for (auto& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower != "utf-8" && lower != "utf8")
            stop(currentLine(), "the file declares encoding '" + std::string(encoding) + "'; only UTF-8 is supported");
    }

    /// The innermost element still open, and the line it opened on.
    [[nodiscard]] std::optional<std::pair<std::string, int>> innermostOpen() const
    {
        if (m_stack.empty())
            return std::nullopt;
        const Document::Node& node = m_document.nodes[m_stack.back()];
        return std::make_pair(node.name, node.line);
    }

    [[nodiscard]] bool stopped() const { return m_stopReason.has_value(); }
    [[nodiscard]] const std::pair<int, std::string>& stopReason() const { return *m_stopReason; }
    Document takeDocument() { return std::move(m_document); }

private:
    int currentLine() const { return static_cast<int>(XML_GetCurrentLineNumber(m_parser)); }

    void stop(int line, std::string message)
    {
        if (!m_stopReason)
            m_stopReason.emplace(line, std::move(message));
        XML_StopParser(m_parser, XML_FALSE);
    }

    XML_Parser m_parser;
    Document m_document;
    std::vector<std::size_t> m_stack;  ///< indices of the open elements
    std::size_t m_elementCount = 0;
    std::optional<std::pair<int, std::string>> m_stopReason;
};

TreeBuilder& builderOf(void* userData)
{
    return *static_cast<TreeBuilder*>(userData);
}

struct ParserDeleter {
    void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};

/// The name of the closing tag at `at` ("</rationle>"; expat points at "</" or just after it), or empty.
std::string closingTagAt(std::string_view bytes, std::size_t at)
{
    if (at >= 2 && bytes.substr(at - 2, 2) == "</")
        at -= 2;
    if (bytes.substr(at, 2) != "</")
        return {};
    const std::size_t end = bytes.find_first_of("> \t\r\n", at + 2);
    if (end == std::string_view::npos || end - at > 200)
        return {};
    return std::string(bytes.substr(at + 2, end - at - 2));
}

/// What a person writing XML by hand can do about expat's error at byte `at` (PRODUCT.md §14):
/// the three mistakes people make most, said in their terms; empty when none applies.
std::string hintFor(XML_Error code, std::string_view bytes, std::size_t at, const TreeBuilder& builder)
{
    if (code == XML_ERROR_TAG_MISMATCH) {
        const std::string closing = closingTagAt(bytes, at);
        const auto open = builder.innermostOpen();
        if (!closing.empty() && open)
            return "</" + closing + "> does not close <" + open->first + ">, opened on line " +
                   std::to_string(open->second) + "; the closing tag must name the element it closes";
        return {};
    }
    if (code == XML_ERROR_UNDEFINED_ENTITY)
        return "only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#160; are known; write &amp; "
               "for an ampersand";
    const std::string_view here = at < bytes.size() ? bytes.substr(at) : std::string_view();
    // Expat points at the ampersand or just after it.
    const bool ampersand = here.substr(0, 1) == "&" || (at >= 1 && at <= bytes.size() && bytes[at - 1] == '&');
    if (ampersand && code == XML_ERROR_INVALID_TOKEN)
        return "a bare & starts a character reference; write &amp; for an ampersand";
    // “ ” ‘ ’ (U+201C, U+201D, U+2018, U+2019), which word processors put in place of straight quotes.
    for (const std::string_view curly : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"})
        if (here.substr(0, curly.size()) == curly)
            return "an attribute value must be in straight quotes (\" or '), not curly quotes such as \xE2\x80\x9C "
                   "\xE2\x80\x9D, which a word processor puts in";
    return {};
}

/// Checks raw bytes before expat sees them, so the user hears about encodings, not XML syntax.
std::optional<Diagnostic> checkBytes(std::string_view bytes, const std::string& sourceName)
{
    auto at = [&](int line, std::string message) { return Diagnostic{sourceName, line, std::move(message)}; };
    if (bytes.size() > kMaxFileBytes)
        return at(1, "file is larger than 16 MiB; refused");
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
        return at(1, "file is encoded as UTF-16; save it as UTF-8");
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return at(1, "file is empty; expected an XML document");
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
        return at(lineAtOffset(bytes, nul), "file contains NUL bytes: binary data or a UTF-16/UTF-32 file, not UTF-8 XML");
    if (const auto bad = findInvalidUtf8(bytes))
        return at(lineAtOffset(bytes, *bad), "invalid UTF-8 byte sequence; the file must be saved as UTF-8");
    return std::nullopt;
}

}  // namespace

const std::string& Element::name() const
{
    return m_document->nodes[m_index].name;
}

int Element::line() const
{
    return m_document->nodes[m_index].line;
}

const std::string& Element::text() const
{
    return m_document->nodes[m_index].text;
}

int Element::textLine() const
{
    return m_document->nodes[m_index].textLine;
}

std::optional<std::string> Element::attribute(const std::string& attributeName) const
{
    // An element has a handful of attributes: a scan is quicker than any index.
    for (const auto& [key, value] : attributes())
        if (key == attributeName)
            return value;
    return std::nullopt;
}

const std::vector<std::pair<std::string, std::string>>& Element::attributes() const
{
    return m_document->nodes[m_index].attributes;
}

std::vector<Element> Element::children() const
{
    std::vector<Element> all;
    for (std::size_t child = m_document->nodes[m_index].firstChild; child != Document::kNone;
         child = m_document->nodes[child].nextSibling)
        all.emplace_back(*m_document, child);
    return all;
}

ParseResult parse(std::string_view bytes, const std::string& sourceName)
{
    ParseResult result;
    if (auto problem = checkBytes(bytes, sourceName)) {
        result.errors.push_back(std::move(*problem));
        return result;
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);

    std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(XML_ParserCreate("UTF-8"));
    if (!parser)
        throw std::bad_alloc();
    TreeBuilder builder(parser.get());
    XML_SetUserData(parser.get(), &builder);
    XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetElementHandler(
        parser.get(),
        [](void* data, const XML_Char* name, const XML_Char** attributes) { builderOf(data).start(name, attributes); },
        [](void* data, const XML_Char*) { builderOf(data).end(); });
    XML_SetCharacterDataHandler(parser.get(),
                                [](void* data, const XML_Char* text, int length) { builderOf(data).text(text, length); });
    // A DOCTYPE could declare entities that expand without bound ("billion laughs"): refuse any.
    XML_SetStartDoctypeDeclHandler(parser.get(), [](void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        builderOf(data).refuse("DOCTYPE declarations are not allowed");
    });
    XML_SetEntityDeclHandler(parser.get(), [](void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                              const XML_Char*, const XML_Char*, const XML_Char*) {
        builderOf(data).refuse("entity declarations are not allowed");
    });
    XML_SetXmlDeclHandler(parser.get(), [](void* data, const XML_Char*, const XML_Char* encoding, int) {
        builderOf(data).declaration(encoding);
    });

    const auto status = XML_Parse(parser.get(), bytes.data(), static_cast<int>(bytes.size()), XML_TRUE);
    if (builder.stopped()) {
        const auto& [line, message] = builder.stopReason();
        result.errors.push_back({sourceName, line, message});
        return result;
    }
    if (status != XML_STATUS_OK) {
        const int line = static_cast<int>(XML_GetCurrentLineNumber(parser.get()));
        const XML_Error code = XML_GetErrorCode(parser.get());
        std::string message = XML_ErrorString(code);
        if (code == XML_ERROR_NO_ELEMENTS)
            message += " (the file is truncated or has no root element)";
        const auto at = XML_GetCurrentByteIndex(parser.get());
        if (const std::string hint = hintFor(code, bytes, at < 0 ? bytes.size() : static_cast<std::size_t>(at), builder);
            !hint.empty())
            message += ": " + hint;
        result.errors.push_back({sourceName, line, "malformed XML: " + message});
        return result;
    }
    result.document = builder.takeDocument();
    return result;
}

std::optional<std::string> readBoundedFile(const std::filesystem::path& path, Diagnostics& errors)
{
    const std::string name = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        errors.push_back({name, 1, "is a directory, not a file"});
        return std::nullopt;
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        errors.push_back({name, 1, "cannot read file: " + ec.message()});
        return std::nullopt;
    }
    if (size > kMaxFileBytes) {
        errors.push_back({name, 1, "file is larger than 16 MiB; refused"});
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back({name, 1, "cannot open file for reading"});
        return std::nullopt;
    }
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    // A file that grew since we measured it (a pipe, a device) must still respect the bound.
    if (in.peek() != std::ifstream::traits_type::eof()) {
        errors.push_back({name, 1, "file changed size while being read, or is not a regular file"});
        return std::nullopt;
    }
    return bytes;
}

}  // namespace ccg::xml
