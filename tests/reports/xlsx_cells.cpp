#include "xlsx_cells.hpp"

#include <string_view>
#include <vector>

namespace ccg::test {

namespace {

std::string decoded(std::string_view text)
{
    static const std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    std::string out;
    for (std::size_t at = 0; at < text.size();) {
        bool replaced = false;
        for (const auto& [entity, character] : kEntities) {
            if (text.substr(at, entity.size()) == entity) {
                out += character;
                at += entity.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += text[at++];
    }
    return out;
}

/// The text between `<tag ...>` and `</tag>` starting the search at `from`; npos when none.
std::string_view element(std::string_view xml, std::string_view tag, std::size_t& from)
{
    const std::string open = "<" + std::string(tag);
    for (std::size_t at = xml.find(open, from); at != std::string_view::npos; at = xml.find(open, at + 1)) {
        const char next = at + open.size() < xml.size() ? xml[at + open.size()] : '\0';
        if (next != '>' && next != ' ' && next != '/')
            continue;  // <t> must not match <tab>
        const auto startEnd = xml.find('>', at);
        if (startEnd == std::string_view::npos)
            break;
        if (xml[startEnd - 1] == '/') {  // <tag/>: empty
            from = startEnd + 1;
            return xml.substr(startEnd, 0);
        }
        const auto close = xml.find("</" + std::string(tag) + ">", startEnd);
        if (close == std::string_view::npos)
            break;
        from = close;
        return xml.substr(startEnd + 1, close - startEnd - 1);
    }
    from = std::string_view::npos;
    return {};
}

std::string attribute(std::string_view startTag, std::string_view name)
{
    const std::string key = " " + std::string(name) + "=\"";
    const auto at = startTag.find(key);
    if (at == std::string_view::npos)
        return {};
    const auto end = startTag.find('"', at + key.size());
    return std::string(startTag.substr(at + key.size(), end - at - key.size()));
}

std::vector<std::string> sharedStrings(const std::string& xml)
{
    std::vector<std::string> strings;
    std::size_t from = 0;
    for (std::string_view si = element(xml, "si", from); from != std::string_view::npos; si = element(xml, "si", from)) {
        std::string text;
        std::size_t inner = 0;
        for (std::string_view t = element(si, "t", inner); inner != std::string_view::npos; t = element(si, "t", inner))
            text += decoded(t);
        strings.push_back(std::move(text));
    }
    return strings;
}

}  // namespace

std::map<std::string, std::string> worksheetCells(const ZipArchive& workbook, int sheet)
{
    const std::vector<std::string> strings = sharedStrings(workbook.member("xl/sharedStrings.xml"));
    const std::string xml = workbook.member("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
    std::map<std::string, std::string> cells;
    for (std::size_t at = xml.find("<c "); at != std::string::npos; at = xml.find("<c ", at + 1)) {
        const auto startEnd = xml.find('>', at);
        if (startEnd == std::string::npos)
            break;
        const std::string_view startTag(xml.data() + at, startEnd - at);
        if (xml[startEnd - 1] == '/')
            continue;  // a blank cell
        const auto close = xml.find("</c>", startEnd);
        const std::string_view body(xml.data() + startEnd + 1, close - startEnd - 1);
        std::size_t from = 0;
        const std::string_view formula = element(body, "f", from);
        if (from != std::string_view::npos) {
            cells[attribute(startTag, "r")] = "=" + decoded(formula);
            continue;
        }
        from = 0;
        const std::string value = decoded(element(body, "v", from));
        if (attribute(startTag, "t") == "s") {
            const auto index = static_cast<std::size_t>(std::stoul(value));
            cells[attribute(startTag, "r")] = index < strings.size() ? strings[index] : "";
        } else {
            cells[attribute(startTag, "r")] = value;
        }
    }
    return cells;
}

}  // namespace ccg::test
