#include "checklists/sheets/xlsx_parts.hpp"

#include "checklists/text_rules.hpp"

#include <cctype>
#include <map>

namespace ccg::sheets::xlsx {

namespace {

/// "xl/" + "worksheets/sheet1.xml", with "../" and a leading "/" (the archive's root) resolved.
std::string resolve(const std::string& base, const std::string& target)
{
    std::string path = !target.empty() && target[0] == '/' ? target.substr(1) : base + target;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto slash = std::min(path.find('/', start), path.size());
        const std::string part = path.substr(start, slash - start);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = slash + 1;
    }
    std::string joined;
    for (const auto& part : parts)
        joined += (joined.empty() ? "" : "/") + part;
    return joined;
}

class RelationshipsHandler : public XmlHandler {
public:
    RelationshipsHandler(const std::string& base, std::vector<Relationship>& out) : m_base(base), m_out(out) {}
    void start(std::string_view name, const char** attributes) override
    {
        if (name != "Relationship")
            return;
        const char* id = attribute(attributes, "Id");
        const char* target = attribute(attributes, "Target");
        const char* type = attribute(attributes, "Type");
        const char* mode = attribute(attributes, "TargetMode");
        if (id && target && !(mode && std::string_view(mode) == "External"))
            m_out.push_back({id, type ? type : "", resolve(m_base, target)});
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}

private:
    const std::string& m_base;
    std::vector<Relationship>& m_out;
};

class SheetListHandler : public XmlHandler {
public:
    explicit SheetListHandler(std::vector<SheetEntry>& out) : m_out(out) {}
    void start(std::string_view name, const char** attributes) override
    {
        const char* sheetName = attribute(attributes, "name");
        const char* id = attribute(attributes, "id");
        if (name == "sheet" && sheetName && id)
            m_out.push_back({sheetName, id});
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}

private:
    std::vector<SheetEntry>& m_out;
};

/// `<si>` holds a `<t>`, or runs `<r><t>…</t></r>` to join; phonetic runs `<rPh>` are not the text.
class SharedStringsHandler : public XmlHandler {
public:
    explicit SharedStringsHandler(CellContext& context) : m_strings(context.sharedStrings) {}
    XmlStream* stream = nullptr;

    void start(std::string_view name, const char**) override
    {
        if (name == "si") {
            if (m_strings.size() >= kMaxSharedStrings) {
                stream->stop("the workbook holds more than " + std::to_string(kMaxSharedStrings) +
                             " shared strings; refused");
                return;
            }
            m_strings.emplace_back();
            m_inItem = true;
        } else if (name == "rPh") {
            m_inPhonetic = true;
        } else if (name == "t") {
            m_inText = m_inItem && !m_inPhonetic;
        }
    }
    void end(std::string_view name) override
    {
        if (name == "si")
            m_inItem = false;
        else if (name == "rPh")
            m_inPhonetic = false;
        else if (name == "t")
            m_inText = false;
    }
    void text(std::string_view chunk) override
    {
        if (m_inText)
            m_strings.back().append(chunk);
    }

private:
    std::vector<std::string>& m_strings;
    bool m_inItem = false;
    bool m_inPhonetic = false;
    bool m_inText = false;
};

class StylesHandler : public XmlHandler {
public:
    explicit StylesHandler(CellContext& context) : m_dates(context.dateStyles) {}
    XmlStream* stream = nullptr;

    void start(std::string_view name, const char** attributes) override
    {
        if (name == "numFmt") {
            const char* id = attribute(attributes, "numFmtId");
            const char* code = attribute(attributes, "formatCode");
            if (id && code && m_codes.size() < kMaxStyles)
                m_codes[parseInteger(id).value_or(-1)] = code;
        } else if (name == "cellXfs") {
            m_inCellStyles = true;
        } else if (name == "xf" && m_inCellStyles) {
            if (m_dates.size() >= kMaxStyles) {
                stream->stop("the workbook holds more than " + std::to_string(kMaxStyles) + " cell styles; refused");
                return;
            }
            const char* id = attribute(attributes, "numFmtId");
            const int format = id ? parseInteger(id).value_or(0) : 0;
            const auto custom = m_codes.find(format);
            m_dates.push_back(isDateFormat(format, custom == m_codes.end() ? std::string() : custom->second));
        }
    }
    void end(std::string_view name) override
    {
        if (name == "cellXfs")
            m_inCellStyles = false;
    }
    void text(std::string_view) override {}

private:
    std::vector<bool>& m_dates;
    std::map<int, std::string> m_codes;
    bool m_inCellStyles = false;
};

}  // namespace

std::optional<std::string> parsePart(ZipReader& zip, const std::string& member, XmlHandler& handler,
                                     XmlStream*& stream)
{
    XmlStream parser(handler);
    stream = &parser;
    const auto unreadable = zip.read(member, [&](std::string_view chunk) { return parser.feed(chunk); });
    stream = nullptr;
    if (unreadable)
        return unreadable;
    if (!parser.finish() || parser.problem())
        return "the workbook's part " + member + " is refused: " + parser.problem().value_or("unreadable");
    return std::nullopt;
}

std::optional<std::string> readRelationships(ZipReader& zip, const std::string& rels, const std::string& base,
                                             std::vector<Relationship>& out)
{
    RelationshipsHandler handler(base, out);
    XmlStream* stream = nullptr;
    return parsePart(zip, rels, handler, stream);
}

std::optional<std::string> readSheetList(ZipReader& zip, const std::string& workbook, std::vector<SheetEntry>& out)
{
    SheetListHandler handler(out);
    XmlStream* stream = nullptr;
    return parsePart(zip, workbook, handler, stream);
}

std::optional<std::string> readSharedStrings(ZipReader& zip, const std::string& member, CellContext& context)
{
    SharedStringsHandler handler(context);
    return parsePart(zip, member, handler, handler.stream);
}

std::optional<std::string> readStyles(ZipReader& zip, const std::string& member, CellContext& context)
{
    StylesHandler handler(context);
    return parsePart(zip, member, handler, handler.stream);
}

bool isDateFormat(int builtinId, const std::string& code)
{
    // Excel's built-in date and time formats (ECMA-376 part 1, 18.8.30), and the East Asian ones.
    if ((builtinId >= 14 && builtinId <= 22) || (builtinId >= 27 && builtinId <= 36) ||
        (builtinId >= 45 && builtinId <= 47) || (builtinId >= 50 && builtinId <= 58))
        return true;
    // A custom code shows a date when it has a date or time letter outside quoted text, escapes
    // and [bracketed] colours or conditions ("[Red]0.00" is a number, "d mmm yyyy" a date).
    bool quoted = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (c == '[') {
            const auto close = code.find(']', i);
            if (close == std::string::npos)
                return false;
            i = close;
        } else if (std::string_view("dmyhsDMYHS").find(c) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace ccg::sheets::xlsx
