#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct XML_ParserStruct;  // expat's parser, kept out of this header

namespace ccg::sheets {

/// What a part of a workbook says as expat reads it, names without their namespace prefix.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    /// `attributes` alternates names and values and ends with null, as expat gives them.
    virtual void start(std::string_view name, const char** attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view chunk) = 0;
};

/// An attribute's value by its name without prefix (`r:id` is "id"), or null.
const char* attribute(const char** attributes, std::string_view name);

/// Feeds one part of a workbook to expat chunk by chunk, with the limits of PRODUCT.md §3: no
/// DOCTYPE (so no entity can expand), no nesting deeper than 64. The part is never held whole.
class XmlStream {
public:
    explicit XmlStream(XmlHandler& handler);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    /// Parses the next chunk; false once the part is refused or malformed (see problem()).
    bool feed(std::string_view chunk);
    /// Ends the part; false when it is incomplete or was refused.
    bool finish();
    /// Stops parsing with `message` (for handlers that find a limit passed).
    void stop(std::string message);
    /// Why parsing stopped, with the part's line, or nothing.
    [[nodiscard]] const std::optional<std::string>& problem() const { return m_problem; }

    struct Callbacks;

private:
    bool parse(const char* data, std::size_t size, bool last);

    struct ParserFree {
        void operator()(XML_ParserStruct* parser) const;
    };
    std::unique_ptr<XML_ParserStruct, ParserFree> m_parser;
    XmlHandler& m_handler;
    int m_depth = 0;
    std::optional<std::string> m_problem;
};

}  // namespace ccg::sheets
