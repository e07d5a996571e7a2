#include "checklists/schema_checker.hpp"

#include "checklists/calendar_date.hpp"
#include "checklists/text_rules.hpp"

#include <algorithm>

namespace ccg {

namespace {

bool contains(std::initializer_list<std::string_view> names, std::string_view name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string tag(const xml::Element& element)
{
    return "<" + element.name() + ">";
}

Diagnostics sortedByLine(Diagnostics diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    return diagnostics;
}

}  // namespace

void SchemaChecker::error(int line, std::string message)
{
    if (m_errors.size() >= kMaxReportedErrors) {
        ++m_unreported;
        return;
    }
    m_errors.push_back({m_sourceName, line, std::move(message)});
}

void SchemaChecker::warning(int line, std::string message)
{
    m_warnings.push_back({m_sourceName, line, std::move(message)});
}

void SchemaChecker::checkShape(const xml::Element& element, std::initializer_list<std::string_view> attributes,
                               std::initializer_list<std::string_view> children)
{
    for (const auto& [name, value] : element.attributes())
        if (!contains(attributes, name))
            error(element.line(), tag(element) + " has unknown attribute '" + name + "'");
    for (const auto& child : element.children())
        if (!contains(children, child.name()))
            error(child.line(), "unknown element " + tag(child) + " inside " + tag(element));
}

void SchemaChecker::checkNoText(const xml::Element& element)
{
    if (element.textLine() != 0)
        error(element.textLine(), "unexpected text inside " + tag(element));
}

void SchemaChecker::checkAtMostOnce(const xml::Element& parent, std::string_view childName)
{
    bool seen = false;
    for (const auto& child : parent.children()) {
        if (child.name() != childName)
            continue;
        if (seen)
            error(child.line(), tag(parent) + " may hold only one " + tag(child));
        seen = true;
    }
}

std::optional<std::string> SchemaChecker::required(const xml::Element& element, const std::string& attribute)
{
    auto value = element.attribute(attribute);
    if (!value)
        error(element.line(), tag(element) + " is missing required attribute '" + attribute + "'");
    return value;
}

std::optional<double> SchemaChecker::decimal(const xml::Element& element, const std::string& attribute)
{
    const auto text = element.attribute(attribute);
    if (!text)
        return std::nullopt;
    auto value = parseDecimal(*text);
    if (!value)
        error(element.line(), tag(element) + " attribute " + attribute + "=\"" + *text +
                                  "\" is not a decimal number (e.g. 2 or 0.5)");
    return value;
}

std::optional<double> SchemaChecker::positiveDecimal(const xml::Element& element, const std::string& attribute)
{
    auto value = decimal(element, attribute);
    if (value && !(*value > 0.0)) {
        error(element.line(), tag(element) + " attribute " + attribute + " must be greater than 0");
        return std::nullopt;
    }
    return value;
}

std::optional<int> SchemaChecker::integer(const xml::Element& element, const std::string& attribute)
{
    const auto text = element.attribute(attribute);
    if (!text)
        return std::nullopt;
    auto value = parseInteger(*text);
    if (!value)
        error(element.line(), tag(element) + " attribute " + attribute + "=\"" + *text + "\" is not a whole number");
    return value;
}

std::optional<bool> SchemaChecker::boolean(const xml::Element& element, const std::string& attribute)
{
    const auto text = element.attribute(attribute);
    if (!text)
        return std::nullopt;
    auto value = parseBoolean(*text);
    if (!value)
        error(element.line(), tag(element) + " attribute " + attribute + "=\"" + *text + "\" must be true or false");
    return value;
}

std::optional<std::string> SchemaChecker::date(const xml::Element& element, const std::string& attribute)
{
    auto text = element.attribute(attribute);
    if (text && !parseIsoDate(*text)) {
        error(element.line(), tag(element) + " attribute " + attribute + "=\"" + *text +
                                  "\" is not a real date written YYYY-MM-DD");
        return std::nullopt;
    }
    return text;
}

std::string SchemaChecker::leafText(const xml::Element& element)
{
    checkShape(element, {}, {});
    return element.text();
}

void SchemaChecker::claimId(const std::string& id, int line)
{
    if (!isValidId(id)) {
        error(line, "id '" + id + "' must match [a-z0-9][a-z0-9.-]* (lower case letters, digits, hyphens and dots, "
                    "starting with a letter or digit)");
        return;
    }
    const auto [existing, inserted] = m_idLines.emplace(id, line);
    if (!inserted)
        error(line, "duplicate id '" + id + "' (first used at line " + std::to_string(existing->second) + ")");
}

Diagnostics SchemaChecker::takeErrors()
{
    auto errors = sortedByLine(std::move(m_errors));
    if (m_unreported > 0)
        errors.push_back({m_sourceName, errors.back().line,
                          std::to_string(m_unreported) + " more errors not shown; fix the ones above first"});
    return errors;
}

Diagnostics SchemaChecker::takeWarnings()
{
    return sortedByLine(std::move(m_warnings));
}

std::string normalizeSpace(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

}  // namespace ccg
