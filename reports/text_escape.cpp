#include "reports/text_escape.hpp"

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace ccg::reports {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are invalid.
std::size_t sequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned int min = 0;
    unsigned int codePoint = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        min = 0x80;
        codePoint = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        min = 0x800;
        codePoint = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        min = 0x10000;
        codePoint = lead & 0x07u;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u)
            return 0;
        codePoint = (codePoint << 6) | (byte(i + k) & 0x3Fu);
    }
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    const bool nonCharacter = codePoint == 0xFFFE || codePoint == 0xFFFF;
    if (codePoint < min || codePoint > 0x10FFFF || surrogate || nonCharacter)
        return 0;
    return length;
}

bool isDroppedControl(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

constexpr std::string_view kPdf = "\xE2\x80\xAC";  // U+202C POP DIRECTIONAL FORMATTING
constexpr std::string_view kFsi = "\xE2\x81\xA8";  // U+2068 FIRST STRONG ISOLATE
constexpr std::string_view kPdi = "\xE2\x81\xA9";  // U+2069 POP DIRECTIONAL ISOLATE

/// The code point of the valid UTF-8 sequence at `i`, and its length.
std::pair<char32_t, std::size_t> decodeAt(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[k])); };
    const char32_t lead = byte(i);
    if (lead < 0x80)
        return {lead, 1};
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t c = lead & (0x7Fu >> length);
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
        c = (c << 6) | (byte(i + k) & 0x3Fu);
    return {c, length};
}

/// What a character does to the explicit bidi state (UAX #9, 2.1–2.4).
enum class BidiControl { None, Embedding, PopEmbedding, Isolate, PopIsolate };

BidiControl bidiControlOf(char32_t c)
{
    if (c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E)  // LRE, RLE, LRO, RLO
        return BidiControl::Embedding;
    if (c == 0x202C)
        return BidiControl::PopEmbedding;
    if (c >= 0x2066 && c <= 0x2068)  // LRI, RLI, FSI
        return BidiControl::Isolate;
    if (c == 0x2069)
        return BidiControl::PopIsolate;
    return BidiControl::None;
}

/// Ends a paragraph for the bidi algorithm, which closes everything still open there.
bool endsParagraph(char32_t c)
{
    return c == '\n' || c == '\r' || c == 0x85 || c == 0x2029;
}

/// A right-to-left letter or a mark or control that changes direction: text holding one can
/// reorder the text around it unless it is isolated.
bool changesDirection(char32_t c)
{
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE) ||
           (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF) || c == 0x200E || c == 0x200F ||
           bidiControlOf(c) != BidiControl::None;
}

/// Valid UTF-8 with every explicit bidi embedding, override and isolate closed before the end of
/// its paragraph and every closer without an opener dropped, so that nothing a user typed can
/// reverse or reorder text beyond its own line (a name ending in U+202E had reversed the rest).
std::string balanceBidi(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 16);
    std::vector<bool> open;  // true: an isolate; false: an embedding or override
    const auto closeAll = [&] {
        for (auto it = open.rbegin(); it != open.rend(); ++it)
            out += *it ? kPdi : kPdf;
        open.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto [c, length] = decodeAt(text, i);
        const std::string_view character = text.substr(i, length);
        i += length;
        switch (bidiControlOf(c)) {
        case BidiControl::Embedding:
            open.push_back(false);
            break;
        case BidiControl::PopEmbedding:
            // Within an isolate, a PDF cannot close an embedding opened outside it: UAX #9 ignores it.
            if (open.empty() || open.back())
                continue;
            open.pop_back();
            break;
        case BidiControl::Isolate:
            open.push_back(true);
            break;
        case BidiControl::PopIsolate: {
            const auto isolate = std::find(open.rbegin(), open.rend(), true);
            if (isolate == open.rend())
                continue;
            // A PDI also closes the embeddings opened inside its isolate.
            open.erase(std::prev(isolate.base()), open.end());
            break;
        }
        case BidiControl::None:
            if (endsParagraph(c))
                closeAll();
            break;
        }
        out += character;
    }
    closeAll();
    return out;
}

/// True when `line` is one isolate already: an FSI at the start whose PDI is the last character.
bool isIsolated(std::string_view line)
{
    if (line.substr(0, kFsi.size()) != kFsi || line.size() < kFsi.size() + kPdi.size() ||
        line.substr(line.size() - kPdi.size()) != kPdi)
        return false;
    int depth = 0;
    for (std::size_t i = 0; i < line.size();) {
        const auto [c, length] = decodeAt(line, i);
        i += length;
        const BidiControl control = bidiControlOf(c);
        depth += control == BidiControl::Isolate ? 1 : control == BidiControl::PopIsolate ? -1 : 0;
        if (depth == 0)
            return i == line.size();
    }
    return false;
}

/// Each line that holds anything which changes direction, wrapped in FSI … PDI.
std::string isolateLines(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 6);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = start;
        bool directional = false;
        while (end < text.size()) {
            const auto [c, length] = decodeAt(text, end);
            if (endsParagraph(c))
                break;
            directional = directional || changesDirection(c);
            end += length;
        }
        const std::string_view line = text.substr(start, end - start);
        if (directional && !isIsolated(line))
            out.append(kFsi).append(line).append(kPdi);
        else
            out.append(line);
        if (end == text.size())
            break;
        const std::size_t separator = decodeAt(text, end).second;
        out.append(text.substr(end, separator));
        start = end + separator;
    }
    return out;
}

bool hasBidiControl(std::string_view text)
{
    // Every explicit control is E2 80 AA–AE or E2 81 A6–A9 in UTF-8.
    for (std::size_t i = text.find('\xE2'); i != std::string_view::npos && i + 2 < text.size();
         i = text.find('\xE2', i + 1)) {
        const auto second = static_cast<unsigned char>(text[i + 1]);
        const auto third = static_cast<unsigned char>(text[i + 2]);
        if ((second == 0x80 && third >= 0xAA && third <= 0xAE) || (second == 0x81 && third >= 0xA6 && third <= 0xA9))
            return true;
    }
    return false;
}

}  // namespace

std::string cleanText(std::string_view text)
{
    std::string clean;
    clean.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = sequenceLength(text, i);
        if (length == 0) {
            clean += kReplacement;
            ++i;
        } else if (length == 1 && isDroppedControl(static_cast<unsigned char>(text[i]))) {
            ++i;
        } else {
            clean.append(text.substr(i, length));
            i += length;
        }
    }
    return hasBidiControl(clean) ? balanceBidi(clean) : clean;
}

std::string boundedText(std::string_view text, std::size_t maxChars)
{
    std::string clean = cleanText(text);
    const std::size_t total = countChars(clean);
    if (total <= maxChars)
        return isolateLines(clean);
    std::size_t chars = 0;
    std::size_t cut = 0;
    for (; cut < clean.size(); ++cut) {
        if ((static_cast<unsigned char>(clean[cut]) & 0xC0u) != 0x80u) {
            if (chars == maxChars)
                break;
            ++chars;
        }
    }
    clean.resize(cut);
    // The cut may have taken the closer of an override: balance again before isolating.
    return isolateLines(cleanText(clean)) + "\xE2\x80\xA6 [" + std::to_string(total - maxChars) +
           " more characters not shown]";
}

std::string escapeMarkup(std::string_view text)
{
    const std::string clean = cleanText(text);
    std::string escaped;
    escaped.reserve(clean.size() + clean.size() / 8);
    for (const char c : clean) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        case '\'': escaped += "&#39;"; break;
        case '\r': escaped += "&#13;"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

std::string csvText(std::string_view text)
{
    std::string field = cleanText(text);
    if (!field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@' ||
                           field[0] == '\t' || field[0] == '\r'))
        field.insert(0, 1, '\'');
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

}  // namespace ccg::reports
