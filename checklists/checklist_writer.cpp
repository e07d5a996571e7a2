#include "checklists/checklist_writer.hpp"

#include "checklists/atomic_file.hpp"
#include "checklists/schema_checker.hpp"
#include "checklists/xml_escape.hpp"

#include <array>
#include <charconv>

namespace ccg {

namespace {

using xml::attr;
using xml::escaped;

/// The shortest text that reads back as exactly `value` ("2", "0.5", "2.25").
std::string decimal(double value)
{
    std::array<char, 32> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return error == std::errc() ? std::string(buffer.data(), end) : std::to_string(value);
}

/// ` name="value"` when `value` is not empty.
std::string optionalAttr(std::string_view name, const std::string& value)
{
    return value.empty() ? std::string() : attr(name, value);
}

std::string optionalAttr(std::string_view name, const std::optional<int>& value)
{
    return value ? attr(name, std::to_string(*value)) : std::string();
}

/// Element text as the loader reads it: runs of white space are one space (so that writing is
/// a fixpoint whatever the model holds).
std::string content(const std::string& text)
{
    return escaped(normalizeSpace(text), false);
}

/// `<name>text</name>` on its own line, or nothing for empty text.
std::string leaf(std::string_view indent, std::string_view name, const std::string& text)
{
    if (normalizeSpace(text).empty())
        return {};
    return std::string(indent) + "<" + std::string(name) + ">" + content(text) + "</" + std::string(name) + ">\n";
}

void writeItem(std::string& out, const Item& item)
{
    out += "    <item" + attr("id", item.id);
    if (item.weight != 1.0)
        out += attr("weight", decimal(item.weight));
    if (item.critical)
        out += attr("critical", "true");
    out += attr("target", std::to_string(item.target));
    if (item.importance)
        out += attr("importance", toString(*item.importance));
    out += ">\n";
    out += leaf("      ", "question", item.question);
    out += leaf("      ", "rationale", item.rationale);
    out += leaf("      ", "guidance", item.guidance);
    for (const auto& evidence : item.evidence)
        out += "      <evidence>" + content(evidence) + "</evidence>\n";
    for (const auto& cite : item.citations)
        out += "      <cite" + optionalAttr("section", cite.section) + optionalAttr("page", cite.page) +
               optionalAttr("key-point", cite.keyPoint) + optionalAttr("locator", cite.locator) +
               optionalAttr("source", cite.source) + "/>\n";
    out += "    </item>\n";
}

}  // namespace

std::string writeChecklistXml(const Checklist& checklist)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<checklist" + attr("id", checklist.id) + attr("version", checklist.version) + attr("title", checklist.title) +
           optionalAttr("lang", checklist.lang);
    if (checklist.assessedBy != kDefaultAssessedBy)
        out += attr("assessed-by", checklist.assessedBy);
    if (!checklist.assurance)
        out += attr("assurance", "off");
    out += ">\n";
    for (const auto& source : checklist.sources)
        out += "  <source" + optionalAttr("title", source.title) + optionalAttr("publisher", source.publisher) +
               optionalAttr("year", source.year) + optionalAttr("edition", source.edition) +
               optionalAttr("url", source.url) + "/>\n";
    out += leaf("  ", "description", checklist.description);
    out += "  <scale>\n";
    for (const auto& level : checklist.scale) {
        out += "    <level" + attr("value", std::to_string(level.value)) + attr("label", level.label);
        out += normalizeSpace(level.descriptor).empty() ? "/>\n" : ">" + content(level.descriptor) + "</level>\n";
    }
    out += "  </scale>\n";
    out += "  <rag" + attr("red-below", decimal(checklist.rag.redBelow)) +
           attr("green-from", decimal(checklist.rag.greenFrom)) + "/>\n";
    for (const auto& domain : checklist.domains) {
        out += "  <domain" + attr("id", domain.id) + attr("title", domain.title);
        if (domain.weight != 1.0)
            out += attr("weight", decimal(domain.weight));
        out += ">\n";
        out += leaf("    ", "description", domain.description);
        for (const auto& item : domain.items)
            writeItem(out, item);
        out += "  </domain>\n";
    }
    out += "</checklist>\n";
    return out;
}

void saveChecklistFile(const Checklist& checklist, const std::filesystem::path& path)
{
    AtomicFile file(path);
    file.write(writeChecklistXml(checklist));
    file.commit();
}

}  // namespace ccg
