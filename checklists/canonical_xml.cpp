#include "checklists/canonical_xml.hpp"

#include <glib.h>
#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <memory>
#include <mutex>

namespace ccg::xml {

namespace {

struct DocumentDeleter {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
struct ParserContextDeleter {
    void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

/// Catches libxml2's messages for one call (they would go to stderr) and keeps the first;
/// libxml2 keeps the handler per thread, so this is safe beside other threads.
class ErrorCapture {
public:
    ErrorCapture() : m_savedHandler(xmlStructuredError), m_savedContext(xmlStructuredErrorContext)
    {
        xmlSetStructuredErrorFunc(this, [](void* self, xmlError* error) {
            auto& capture = *static_cast<ErrorCapture*>(self);
            if (capture.m_message.empty() && error && error->message) {
                capture.m_message = error->message;
                while (!capture.m_message.empty() && capture.m_message.back() == '\n')
                    capture.m_message.pop_back();
                capture.m_line = error->line;
            }
        });
    }
    ~ErrorCapture() { xmlSetStructuredErrorFunc(m_savedContext, m_savedHandler); }
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;

    [[nodiscard]] std::string message(const char* fallback) const { return m_message.empty() ? fallback : m_message; }
    [[nodiscard]] int line() const { return m_line > 0 ? m_line : 1; }

private:
    xmlStructuredErrorFunc m_savedHandler;
    void* m_savedContext;
    std::string m_message;
    int m_line = 0;
};

bool isSignOff(const xmlNode* node)
{
    // Named as the expat reader names it: `sign-off` without a prefix.
    return node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, BAD_CAST "sign-off") &&
           (node->ns == nullptr || node->ns->prefix == nullptr);
}

/// The first `<sign-off>` in document order, or null.
xmlNode* findSignOff(xmlNode* node)
{
    for (; node; node = node->next) {
        if (isSignOff(node))
            return node;
        if (node->type == XML_ELEMENT_NODE)
            if (xmlNode* inside = findSignOff(node->children))  // depth is bounded by xml::parse
                return inside;
    }
    return nullptr;
}

}  // namespace

std::optional<std::string> canonicalForm(std::string_view bytes, const std::string& sourceName, bool blankSignOff,
                                         Diagnostics& errors)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        errors.push_back({sourceName, 1, "file is too large to put in canonical form"});
        return std::nullopt;
    }
    ErrorCapture capture;
    const std::unique_ptr<xmlParserCtxt, ParserContextDeleter> context(xmlNewParserCtxt());
    if (!context)
        throw std::bad_alloc();
    // What xmllint --c14n does, less its DTD options (NOENT, DTDLOAD, DTDATTR): they matter only
    // for a DOCTYPE, which xml::parse has refused. NONET as well, so that nothing is fetched.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    const std::unique_ptr<xmlDoc, DocumentDeleter> document(
        xmlCtxtReadMemory(context.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, options));
    if (!document || !context->wellFormed) {
        errors.push_back({sourceName, capture.line(), "malformed XML: " + capture.message("libxml2 cannot read it")});
        return std::nullopt;
    }
    if (document->intSubset || document->extSubset) {
        errors.push_back({sourceName, 1, "DOCTYPE declarations are not allowed"});
        return std::nullopt;
    }
    if (blankSignOff)
        if (xmlNode* signOff = findSignOff(xmlDocGetRootElement(document.get())))
            xmlSetProp(signOff, BAD_CAST "fingerprint", BAD_CAST "");

    xmlChar* canonical = nullptr;
    const int size = xmlC14NDocDumpMemory(document.get(), nullptr, XML_C14N_1_0, nullptr, 1, &canonical);
    const std::unique_ptr<xmlChar, decltype(xmlFree)> owned(canonical, xmlFree);
    if (size < 0 || !canonical) {
        errors.push_back({sourceName, 1, "the file cannot be put in canonical XML form: " +
                                             capture.message("libxml2 refused it")});
        return std::nullopt;
    }
    return std::string(reinterpret_cast<const char*>(canonical), static_cast<std::size_t>(size));
}

std::string sha256Fingerprint(std::string_view bytes)
{
    // GLib's checksums are well kept, and GLib is in every process of ours already.
    const std::unique_ptr<GChecksum, decltype(&g_checksum_free)> checksum(g_checksum_new(G_CHECKSUM_SHA256),
                                                                          &g_checksum_free);
    // g_checksum_update takes a signed length: feed very large inputs in pieces.
    constexpr std::size_t kPiece = std::size_t{1} << 30;
    for (std::size_t offset = 0; offset < bytes.size(); offset += kPiece) {
        const std::string_view piece = bytes.substr(offset, kPiece);
        g_checksum_update(checksum.get(), reinterpret_cast<const guchar*>(piece.data()),
                          static_cast<gssize>(piece.size()));
    }
    return std::string("sha256:") + g_checksum_get_string(checksum.get());
}

}  // namespace ccg::xml
