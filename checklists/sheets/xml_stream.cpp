#include "checklists/sheets/xml_stream.hpp"

#include "checklists/xml_document.hpp"

#include <expat.h>

#include <climits>
#include <new>

namespace ccg::sheets {

namespace {

/// Expat joins a namespace and a local name with this character; we keep the local name.
constexpr char kNamespaceSeparator = '\x1F';

std::string_view localName(const char* name)
{
    const std::string_view full(name);
    const auto split = full.rfind(kNamespaceSeparator);
    return split == std::string_view::npos ? full : full.substr(split + 1);
}

}  // namespace

const char* attribute(const char** attributes, std::string_view name)
{
    for (const char** each = attributes; *each; each += 2)
        if (localName(each[0]) == name)
            return each[1];
    return nullptr;
}

struct XmlStream::Callbacks {
    static XmlStream& of(void* data) { return *static_cast<XmlStream*>(data); }

    static void start(void* data, const XML_Char* name, const XML_Char** attributes)
    {
        auto& stream = of(data);
        if (++stream.m_depth > xml::kMaxDepth) {
            stream.stop("elements are nested deeper than " + std::to_string(xml::kMaxDepth) + " levels");
            return;
        }
        stream.m_handler.start(localName(name), attributes);
    }

    static void end(void* data, const XML_Char* name)
    {
        auto& stream = of(data);
        --stream.m_depth;
        stream.m_handler.end(localName(name));
    }

    static void text(void* data, const XML_Char* chunk, int length)
    {
        of(data).m_handler.text(std::string_view(chunk, static_cast<std::size_t>(length)));
    }

    static void doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int)
    {
        of(data).stop("it holds a DOCTYPE declaration, which could expand entities without bound");
    }

    static void entity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
                       const XML_Char*, const XML_Char*)
    {
        of(data).stop("it declares an entity");
    }
};

void XmlStream::ParserFree::operator()(XML_ParserStruct* parser) const
{
    XML_ParserFree(parser);
}

XmlStream::XmlStream(XmlHandler& handler)
    : m_parser(XML_ParserCreateNS(nullptr, kNamespaceSeparator)), m_handler(handler)
{
    if (!m_parser)
        throw std::bad_alloc();
    XML_Parser parser = m_parser.get();
    XML_SetUserData(parser, this);
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetElementHandler(parser, Callbacks::start, Callbacks::end);
    XML_SetCharacterDataHandler(parser, Callbacks::text);
    XML_SetStartDoctypeDeclHandler(parser, Callbacks::doctype);
    XML_SetEntityDeclHandler(parser, Callbacks::entity);
}

XmlStream::~XmlStream() = default;

void XmlStream::stop(std::string message)
{
    if (!m_problem)
        m_problem = "line " + std::to_string(XML_GetCurrentLineNumber(m_parser.get())) + ": " + std::move(message);
    XML_StopParser(m_parser.get(), XML_FALSE);
}

bool XmlStream::parse(const char* data, std::size_t size, bool last)
{
    if (m_problem)
        return false;
    // Chunks come from the zip reader's 64 KiB buffer, far below INT_MAX.
    const auto status = XML_Parse(m_parser.get(), data, static_cast<int>(std::min<std::size_t>(size, INT_MAX)),
                                  last ? XML_TRUE : XML_FALSE);
    if (m_problem)
        return false;
    if (status != XML_STATUS_OK) {
        m_problem = "line " + std::to_string(XML_GetCurrentLineNumber(m_parser.get())) +
                    ": malformed XML: " + XML_ErrorString(XML_GetErrorCode(m_parser.get()));
        return false;
    }
    return true;
}

bool XmlStream::feed(std::string_view chunk)
{
    return parse(chunk.data(), chunk.size(), false);
}

bool XmlStream::finish()
{
    return parse("", 0, true);
}

}  // namespace ccg::sheets
