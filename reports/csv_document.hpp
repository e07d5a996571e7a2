#pragma once

#include "reports/text_escape.hpp"

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ccg::reports {

/// Builds one RFC 4180 document as spreadsheets open it best: UTF-8 with a byte order mark,
/// fields joined by commas, records ended by CRLF.
class CsvDocument {
public:
    CsvDocument() { m_text += "\xEF\xBB\xBF"; }
    /// A field of user or checklist text, neutralised and quoted as needed.
    CsvDocument& text(std::string_view value) { return raw(csvText(value)); }
    /// A field this program formats (numbers, fixed words); never starts with a formula sign.
    CsvDocument& raw(std::string_view value)
    {
        if (!m_atLineStart)
            m_text += ',';
        m_text += value;
        m_atLineStart = false;
        return *this;
    }
    CsvDocument& number(double value)
    {
        char buffer[32];
        const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
        return raw(error == std::errc{} ? std::string_view(buffer, static_cast<std::size_t>(end - buffer)) : "");
    }
    CsvDocument& optional(std::optional<int> value) { return raw(value ? std::to_string(*value) : ""); }
    CsvDocument& flag(bool value) { return raw(value ? "yes" : "no"); }
    void endRecord()
    {
        m_text += "\r\n";
        m_atLineStart = true;
    }
    [[nodiscard]] std::string take() { return std::move(m_text); }

private:
    std::string m_text;
    bool m_atLineStart = true;
};

}  // namespace ccg::reports
