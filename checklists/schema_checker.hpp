#pragma once

#include "checklists/diagnostic.hpp"
#include "checklists/xml_document.hpp"

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ccg {

/// Errors listed per file; the rest are counted, so a hostile file cannot flood memory or the terminal.
inline constexpr std::size_t kMaxReportedErrors = 100;

/// Collects the findings of one file against the strict rules the loaders share:
/// no unknown elements or attributes, no stray text, typed attributes.
class SchemaChecker {
public:
    explicit SchemaChecker(std::string sourceName) : m_sourceName(std::move(sourceName)) {}

    void error(int line, std::string message);
    void warning(int line, std::string message);

    /// Reports attributes and child elements outside the allowed sets.
    void checkShape(const xml::Element& element, std::initializer_list<std::string_view> attributes,
                    std::initializer_list<std::string_view> children);
    /// Reports non-blank text directly inside a structural element.
    void checkNoText(const xml::Element& element);
    /// Reports a child element that occurs more than once.
    void checkAtMostOnce(const xml::Element& parent, std::string_view childName);

    std::optional<std::string> required(const xml::Element& element, const std::string& attribute);
    std::optional<double> positiveDecimal(const xml::Element& element, const std::string& attribute);
    std::optional<double> decimal(const xml::Element& element, const std::string& attribute);
    std::optional<int> integer(const xml::Element& element, const std::string& attribute);
    std::optional<bool> boolean(const xml::Element& element, const std::string& attribute);
    std::optional<std::string> date(const xml::Element& element, const std::string& attribute);
    /// Text content of a leaf element (no attributes, no children), verbatim.
    std::string leafText(const xml::Element& element);

    /// Registers an id in the file's shared namespace, reporting bad syntax and duplicates.
    void claimId(const std::string& id, int line);

    [[nodiscard]] bool ok() const { return m_errors.empty(); }
    [[nodiscard]] const std::string& sourceName() const { return m_sourceName; }
    Diagnostics takeErrors();
    Diagnostics takeWarnings();

private:
    std::string m_sourceName;
    Diagnostics m_errors;
    std::size_t m_unreported = 0;  ///< errors past kMaxReportedErrors
    Diagnostics m_warnings;
    std::map<std::string, int> m_idLines;
};

/// Collapses runs of whitespace to one space and trims: for prose written across lines.
std::string normalizeSpace(std::string_view text);

}  // namespace ccg
