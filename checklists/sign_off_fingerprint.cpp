#include "checklists/sign_off_fingerprint.hpp"

#include "checklists/canonical_xml.hpp"
#include "checklists/text_rules.hpp"
#include "checklists/xml_document.hpp"

#include <expat.h>

#include <memory>
#include <vector>

namespace ccg {

namespace {

constexpr std::string_view kShellPattern = "fingerprint=\"sha256:";
const std::string kShellCheck = "sed, xmllint --c14n and sha256sum";

/// Where a `<sign-off>` start tag lies in the text, and its `fingerprint` attribute in it.
struct SignOffTag {
    std::size_t begin = 0;  ///< offset of '<'
    std::size_t end = 0;    ///< offset just past '>'
    std::optional<std::size_t> attributeBegin;  ///< offset of `fingerprint`
    std::size_t attributeEnd = 0;                ///< offset just past its closing quote
};

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Finds the `fingerprint` attribute in a start tag expat has accepted (so it is well-formed).
void findFingerprintAttribute(std::string_view bytes, SignOffTag& tag)
{
    const std::string_view text = bytes.substr(tag.begin, tag.end - tag.begin);
    std::size_t at = 1;
    while (at < text.size() && !isXmlSpace(text[at]) && text[at] != '/' && text[at] != '>')
        ++at;  // the element name
    while (at < text.size()) {
        while (at < text.size() && isXmlSpace(text[at]))
            ++at;
        if (at >= text.size() || text[at] == '/' || text[at] == '>')
            return;
        const std::size_t nameBegin = at;
        while (at < text.size() && !isXmlSpace(text[at]) && text[at] != '=')
            ++at;
        const std::string_view name = text.substr(nameBegin, at - nameBegin);
        while (at < text.size() && (isXmlSpace(text[at]) || text[at] == '='))
            ++at;
        if (at >= text.size())
            return;
        const char quote = text[at];
        const std::size_t close = text.find(quote, at + 1);
        if (close == std::string_view::npos)
            return;
        at = close + 1;
        if (name == "fingerprint") {
            tag.attributeBegin = tag.begin + nameBegin;
            tag.attributeEnd = tag.begin + at;
            return;
        }
    }
}

/// The `<sign-off>` start tags of text that xml::parse has accepted, in document order.
std::vector<SignOffTag> locateSignOffTags(std::string_view bytes)
{
    struct Finder {
        XML_Parser parser;
        std::size_t base;
        std::vector<SignOffTag> tags;
    };
    struct ParserDeleter {
        void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
    };
    std::size_t base = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        base = 3;  // xml::parse strips the byte order mark too
    const std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(XML_ParserCreate("UTF-8"));
    if (!parser)
        throw std::bad_alloc();
    Finder finder{parser.get(), base, {}};
    XML_SetUserData(parser.get(), &finder);
    XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetStartElementHandler(parser.get(), [](void* data, const XML_Char* name, const XML_Char**) {
        auto& self = *static_cast<Finder*>(data);
        if (std::string_view(name) != "sign-off")
            return;
        const auto index = XML_GetCurrentByteIndex(self.parser);
        const int count = XML_GetCurrentByteCount(self.parser);
        if (index < 0 || count <= 0)
            return;
        SignOffTag tag;
        tag.begin = self.base + static_cast<std::size_t>(index);
        tag.end = tag.begin + static_cast<std::size_t>(count);
        self.tags.push_back(tag);
    });
    const std::string_view body = bytes.substr(base);
    XML_Parse(parser.get(), body.data(), static_cast<int>(body.size()), XML_TRUE);
    for (auto& tag : finder.tags)
        if (tag.end <= bytes.size())
            findFingerprintAttribute(bytes, tag);
    return finder.tags;
}

/// Offsets where `sed 's/fingerprint="sha256:[0-9a-f]*"/fingerprint=""/'` replaces: the first
/// match on each line. (Assumes [0-9a-f] means those ASCII characters, as in the C locale.)
std::vector<std::size_t> shellReplacements(std::string_view bytes)
{
    std::vector<std::size_t> offsets;
    std::size_t lineBegin = 0;
    while (lineBegin < bytes.size()) {
        std::size_t lineEnd = bytes.find('\n', lineBegin);
        if (lineEnd == std::string_view::npos)
            lineEnd = bytes.size();
        for (std::size_t at = bytes.find(kShellPattern, lineBegin); at != std::string_view::npos && at < lineEnd;
             at = bytes.find(kShellPattern, at + 1)) {
            std::size_t digit = at + kShellPattern.size();
            while (digit < lineEnd && ((bytes[digit] >= '0' && bytes[digit] <= '9') ||
                                       (bytes[digit] >= 'a' && bytes[digit] <= 'f')))
                ++digit;
            if (digit < lineEnd && bytes[digit] == '"') {
                offsets.push_back(at);
                break;
            }
        }
        lineBegin = lineEnd + 1;
    }
    return offsets;
}

std::string quotedForMessage(const std::string& value)
{
    constexpr std::size_t kShown = 80;
    if (value.size() <= kShown)
        return "'" + value + "'";
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80)
        --cut;  // never split a UTF-8 character
    return "'" + value.substr(0, cut) + "…'";
}

/// The text's `<sign-off>` elements, read through xml::parse (which bounds and vets the text).
struct SignOffs {
    std::vector<SignOffRecord> records;
    int rootLine = 1;
};

std::optional<SignOffs> readSignOffs(std::string_view xml, const std::string& sourceName, Diagnostics& errors)
{
    auto parsed = xml::parse(xml, sourceName);
    if (!parsed.document) {
        errors = std::move(parsed.errors);
        return std::nullopt;
    }
    SignOffs found;
    found.rootLine = parsed.document->nodes.front().line;
    for (const auto& node : parsed.document->nodes) {
        if (node.name != "sign-off")
            continue;
        SignOffRecord record;
        record.line = node.line;
        for (const auto& [name, value] : node.attributes) {
            if (name == "date") record.date = value;
            else if (name == "meeting") record.meeting = value;
            else if (name == "minute") record.minute = value;
            else if (name == "approver") record.approver = value;
            else if (name == "role") record.role = value;
            else if (name == "fingerprint") record.fingerprint = value;
        }
        found.records.push_back(std::move(record));
    }
    if (found.records.size() > 1) {
        errors.push_back({sourceName, found.records[1].line,
                          "a second <sign-off> (the first is on line " + std::to_string(found.records[0].line) +
                              "); a file records at most one approval"});
        return std::nullopt;
    }
    return found;
}

/// Why the standard shell line would not confirm a fingerprint that matches; nullopt if it would.
std::optional<Diagnostic> shellCheckProblem(std::string_view xml, const std::string& sourceName,
                                            const SignOffRecord& record)
{
    const auto tags = locateSignOffTags(xml);
    const auto replaced = shellReplacements(xml);
    const std::size_t expected = tags.empty() ? std::string_view::npos
                                              : tags.front().attributeBegin.value_or(std::string_view::npos);
    for (const std::size_t offset : replaced)
        if (offset != expected)
            return Diagnostic{sourceName, lineAtOffset(xml, offset),
                              "text of the form fingerprint=\"sha256:...\" outside the <sign-off>: the standard "
                              "check (" + kShellCheck + ") would blank it too, and could not confirm the approval"};
    if (replaced.empty())
        return Diagnostic{sourceName, record.line,
                          "the <sign-off> fingerprint is not written fingerprint=\"sha256:...\" (double quotes, no "
                          "space around '='), so the standard check (" + kShellCheck + ") cannot confirm it"};
    return std::nullopt;
}

SignOffCheck unreadable(Diagnostics errors)
{
    SignOffCheck check;
    check.verdict = SignOffCheck::Verdict::kUnreadable;
    check.errors = std::move(errors);
    return check;
}

}  // namespace

bool isFingerprintText(std::string_view text)
{
    constexpr std::string_view kPrefix = "sha256:";
    if (text.size() != kPrefix.size() + 64 || text.substr(0, kPrefix.size()) != kPrefix)
        return false;
    for (const char c : text.substr(kPrefix.size()))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

FingerprintResult answersFingerprint(std::string_view xml, const std::string& sourceName)
{
    FingerprintResult result;
    if (!readSignOffs(xml, sourceName, result.errors))
        return result;
    if (const auto canonical = xml::canonicalForm(xml, sourceName, true, result.errors))
        result.fingerprint = xml::sha256Fingerprint(*canonical);
    return result;
}

SignOffCheck checkSignOff(std::string_view xml, const std::string& sourceName)
{
    Diagnostics errors;
    const auto signOffs = readSignOffs(xml, sourceName, errors);
    if (!signOffs)
        return unreadable(std::move(errors));
    const auto canonical = xml::canonicalForm(xml, sourceName, true, errors);
    if (!canonical)
        return unreadable(std::move(errors));

    SignOffCheck check;
    check.fingerprint = xml::sha256Fingerprint(*canonical);
    if (signOffs->records.empty()) {
        check.verdict = SignOffCheck::Verdict::kNotSignedOff;
        check.errors.push_back({sourceName, signOffs->rootLine,
                                "the file has no <sign-off>: it records no approval to check"});
        return check;
    }
    const SignOffRecord& record = signOffs->records.front();
    check.signOff = record;
    if (!record.fingerprint) {
        check.errors.push_back({sourceName, record.line, "<sign-off> is missing required attribute 'fingerprint'"});
        return check;  // kUnreadable
    }
    if (!isFingerprintText(*record.fingerprint)) {
        check.errors.push_back({sourceName, record.line,
                                "<sign-off> fingerprint " + quotedForMessage(*record.fingerprint) +
                                    " is not \"sha256:\" and 64 lower-case hex digits"});
        return check;
    }
    if (*record.fingerprint != check.fingerprint) {
        check.verdict = SignOffCheck::Verdict::kChanged;
        check.errors.push_back({sourceName, record.line, "the file was changed after it was approved"});
        return check;
    }
    if (auto problem = shellCheckProblem(xml, sourceName, record)) {
        check.errors.push_back(std::move(*problem));
        return check;
    }
    check.verdict = SignOffCheck::Verdict::kMatches;
    return check;
}

SignOffCheck checkSignOffFile(const std::filesystem::path& path)
{
    Diagnostics errors;
    const auto bytes = xml::readBoundedFile(path, errors);
    if (!bytes)
        return unreadable(std::move(errors));
    return checkSignOff(*bytes, path.string());
}

std::string withSignOffFingerprint(std::string_view xml, const std::string& sourceName)
{
    Diagnostics errors;
    const auto signOffs = readSignOffs(xml, sourceName, errors);
    if (!signOffs)
        throw InputError(std::move(errors));
    if (signOffs->records.empty())
        throw InputError({{sourceName, signOffs->rootLine, "the file has no <sign-off> to put a fingerprint in"}});
    const auto canonical = xml::canonicalForm(xml, sourceName, true, errors);
    if (!canonical)
        throw InputError(std::move(errors));
    const std::string attribute = "fingerprint=\"" + xml::sha256Fingerprint(*canonical) + "\"";

    const auto tags = locateSignOffTags(xml);
    if (tags.empty())
        throw InputError({{sourceName, signOffs->records.front().line, "cannot find the <sign-off> tag in the text"}});
    const SignOffTag& tag = tags.front();
    std::string filled(xml);
    if (tag.attributeBegin) {
        filled.replace(*tag.attributeBegin, tag.attributeEnd - *tag.attributeBegin, attribute);
    } else {
        std::size_t insertAt = tag.end - 1;  // at '>', or at the '/' of '/>'
        if (insertAt > tag.begin && filled[insertAt - 1] == '/')
            --insertAt;
        filled.insert(insertAt, " " + attribute);
    }
    // The blanked canonical form is unchanged by this edit; make sure the shell check agrees too.
    auto check = checkSignOff(filled, sourceName);
    if (check.verdict != SignOffCheck::Verdict::kMatches)
        throw InputError(std::move(check.errors));
    return filled;
}

}  // namespace ccg
