#include "reports/text_escape.hpp"

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
    return clean;
}

std::string boundedText(std::string_view text, std::size_t maxChars)
{
    std::string clean = cleanText(text);
    const std::size_t total = countChars(clean);
    if (total <= maxChars)
        return clean;
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
    clean += "\xE2\x80\xA6 [" + std::to_string(total - maxChars) + " more characters not shown]";
    return clean;
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
