#include "checklists/text_rules.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ccg {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), isDigit);
}

/// Checks the decimal grammar -?(digits[.digits?]|.digits)([eE][+-]?digits)? by hand, because
/// from_chars alone would accept "inf" and "nan".
bool isDecimalSyntax(std::string_view text)
{
    std::size_t i = 0;
    if (i < text.size() && text[i] == '-')
        ++i;
    const std::size_t intStart = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    bool digits = i > intStart;
    if (i < text.size() && text[i] == '.') {
        ++i;
        const std::size_t fracStart = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        digits = digits || i > fracStart;
    }
    if (!digits)
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!allDigits(text.substr(i)))
            return false;
        i = text.size();
    }
    return i == text.size();
}

}  // namespace

bool isValidId(std::string_view text)
{
    if (text.empty())
        return false;
    const auto lowerOrDigit = [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c); };
    if (!lowerOrDigit(text.front()))
        return false;
    return std::all_of(text.begin(), text.end(), [&](char c) { return lowerOrDigit(c) || c == '-' || c == '.'; });
}

bool isWebAddress(std::string_view text)
{
    std::string_view rest;
    for (const std::string_view scheme : {"http://", "https://"})
        if (asciiLowered(std::string(text.substr(0, scheme.size()))) == scheme)
            rest = text.substr(scheme.size());
    if (rest.empty() || rest.front() == '/' || rest.size() > 2000)
        return false;
    return std::none_of(rest.begin(), rest.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte <= 0x20 || byte == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\';
    });
}

std::optional<double> parseDecimal(std::string_view text)
{
    if (!isDecimalSyntax(text))
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> parseInteger(std::string_view text)
{
    const std::string_view digits = (!text.empty() && text[0] == '-') ? text.substr(1) : text;
    if (!allDigits(digits))
        return std::nullopt;
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<bool> parseBoolean(std::string_view text)
{
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    return std::nullopt;
}

std::optional<std::size_t> findInvalidUtf8(std::string_view bytes)
{
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        std::size_t length = 0;
        unsigned int codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1Fu;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0Fu;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07u;
        } else {
            return i;
        }
        if (i + length > bytes.size())
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0u) != 0x80u)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3Fu);
        }
        const bool overlong = (length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000);
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (overlong || surrogate || codePoint > 0x10FFFF)
            return i;
        i += length;
    }
    return std::nullopt;
}

std::size_t countChars(std::string_view utf8)
{
    std::size_t count = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u)
            ++count;
    return count;
}

int lineAtOffset(std::string_view bytes, std::size_t offset)
{
    offset = std::min(offset, bytes.size());
    return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string asciiLowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return text;
}

}  // namespace ccg
