#include "checklists/checklist_loader.hpp"

#include "checklists/schema_checker.hpp"
#include "checklists/text_rules.hpp"
#include "checklists/xml_document.hpp"

#include <algorithm>
#include <set>

namespace ccg {

namespace {

/// Reads one checklist document into the model while the checker collects every finding.
class ChecklistReader {
public:
    explicit ChecklistReader(SchemaChecker& checker) : m_check(checker) {}

    Checklist read(const xml::Element& root)
    {
        Checklist checklist;
        if (root.name() != "checklist") {
            m_check.error(root.line(), "the root element must be <checklist>, found <" + root.name() + ">");
            return checklist;
        }
        m_check.checkShape(root, {"id", "version", "title", "lang", "assessed-by", "assurance"},
                           {"source", "description", "scale", "rag", "domain"});
        m_check.checkNoText(root);
        for (const auto* once : {"description", "scale", "rag"})
            m_check.checkAtMostOnce(root, once);
        if (auto id = m_check.required(root, "id")) {
            checklist.id = *id;
            m_check.claimId(*id, root.line());
        }
        checklist.version = m_check.required(root, "version").value_or("");
        checklist.title = m_check.required(root, "title").value_or("");
        checklist.lang = root.attribute("lang").value_or("");
        readAssessedBy(root, checklist);
        if (const auto assurance = root.attribute("assurance")) {
            if (*assurance == "on" || *assurance == "off")
                checklist.assurance = *assurance == "on";
            else
                m_check.error(root.line(), "<checklist> attribute assurance=\"" + *assurance + "\" must be on or off");
        }

        // The scale comes first whatever the file order: item targets are checked against it.
        bool hasScale = false;
        for (const auto& child : root.children()) {
            if (child.name() == "scale" && !hasScale) {
                hasScale = true;
                checklist.scale = readScale(child);
            }
        }
        if (!hasScale)
            m_check.error(root.line(), "<checklist> has no <scale>");
        m_maxLevel = checklist.scale.empty() ? -1 : checklist.scale.back().value;

        for (const auto& child : root.children()) {
            if (child.name() == "source")
                checklist.sources.push_back(readSource(child));
            else if (child.name() == "description")
                checklist.description = normalizeSpace(m_check.leafText(child));
            else if (child.name() == "rag")
                checklist.rag = readRag(child);
            else if (child.name() == "domain")
                checklist.domains.push_back(readDomain(child));
        }
        if (checklist.domains.empty())
            m_check.error(root.line(), "<checklist> has no <domain>; at least one is required");
        checkCitedSources(checklist);
        return checklist;
    }

private:
    /// The assessing body, used inside sentences: 1 to kMaxAssessedByChars characters, not blank.
    void readAssessedBy(const xml::Element& root, Checklist& checklist)
    {
        const auto body = root.attribute("assessed-by");
        if (!body)
            return;
        if (normalizeSpace(*body).empty()) {
            m_check.error(root.line(), "<checklist> attribute assessed-by must name the body that assesses itself, "
                                       "e.g. board or committee; it is blank");
            return;
        }
        if (const std::size_t length = countChars(*body); length > kMaxAssessedByChars) {
            m_check.error(root.line(), "<checklist> attribute assessed-by holds " + std::to_string(length) +
                                           " characters; at most " + std::to_string(kMaxAssessedByChars) +
                                           " are allowed");
            return;
        }
        checklist.assessedBy = *body;
    }

    std::vector<ScaleLevel> readScale(const xml::Element& scale)
    {
        m_check.checkShape(scale, {}, {"level"});
        m_check.checkNoText(scale);
        std::vector<ScaleLevel> levels;
        std::set<int> seen;
        for (const auto& element : scale.children()) {
            if (element.name() != "level")
                continue;
            m_check.checkShape(element, {"value", "label"}, {});
            const bool hasValue = m_check.required(element, "value").has_value();
            const auto value = m_check.integer(element, "value");
            const auto label = m_check.required(element, "label");
            if (!hasValue || !value)
                continue;
            if (!seen.insert(*value).second) {
                m_check.error(element.line(), "scale level " + std::to_string(*value) + " is listed twice");
                continue;
            }
            levels.push_back({*value, label.value_or(""), normalizeSpace(element.text())});
        }
        std::sort(levels.begin(), levels.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
        if (levels.size() < 2)
            m_check.error(scale.line(), "<scale> needs at least two levels, 0 and a maximum of 1 or more");
        for (std::size_t i = 0; i < levels.size(); ++i) {
            if (levels[i].value != static_cast<int>(i)) {
                m_check.error(scale.line(), "scale levels must be the whole numbers 0, 1, 2, ... without gaps; level " +
                                                std::to_string(i) + " is missing");
                return {};
            }
        }
        return levels;
    }

    SourceReference readSource(const xml::Element& element)
    {
        m_check.checkShape(element, {"title", "publisher", "year", "url", "edition"}, {});
        m_check.checkNoText(element);
        SourceReference source;
        source.title = element.attribute("title").value_or("");
        source.publisher = element.attribute("publisher").value_or("");
        source.year = m_check.integer(element, "year");
        source.edition = element.attribute("edition").value_or("");
        if (const auto url = element.attribute("url")) {
            // A link the paper and the desktop may offer to open: never javascript:, file: or the like.
            if (!isWebAddress(*url))
                m_check.error(element.line(), "<source> url=\"" + *url +
                                                  "\" must be a web address starting with http:// or https://");
            source.url = *url;
        }
        return source;
    }

    RagThresholds readRag(const xml::Element& element)
    {
        m_check.checkShape(element, {"red-below", "green-from"}, {});
        m_check.checkNoText(element);
        RagThresholds rag;
        const auto red = m_check.decimal(element, "red-below");
        const auto green = m_check.decimal(element, "green-from");
        rag.redBelow = red.value_or(rag.redBelow);
        rag.greenFrom = green.value_or(rag.greenFrom);
        const bool parsed = (red || !element.attribute("red-below")) && (green || !element.attribute("green-from"));
        if (parsed && !(0.0 < rag.redBelow && rag.redBelow < rag.greenFrom && rag.greenFrom <= 100.0))
            m_check.error(element.line(), "<rag> thresholds must satisfy 0 < red-below < green-from <= 100");
        return rag;
    }

    Domain readDomain(const xml::Element& element)
    {
        m_check.checkShape(element, {"id", "title", "weight"}, {"description", "item"});
        m_check.checkNoText(element);
        m_check.checkAtMostOnce(element, "description");
        Domain domain;
        domain.line = element.line();
        if (auto id = m_check.required(element, "id")) {
            domain.id = *id;
            m_check.claimId(*id, element.line());
        }
        domain.title = m_check.required(element, "title").value_or("");
        domain.weight = m_check.positiveDecimal(element, "weight").value_or(1.0);
        for (const auto& child : element.children()) {
            if (child.name() == "description")
                domain.description = normalizeSpace(m_check.leafText(child));
            else if (child.name() == "item")
                domain.items.push_back(readItem(child));
        }
        if (domain.items.empty())
            m_check.error(element.line(), "domain '" + domain.id + "' has no <item>; at least one is required");
        return domain;
    }

    Item readItem(const xml::Element& element)
    {
        m_check.checkShape(element, {"id", "weight", "critical", "target", "importance"},
                           {"question", "rationale", "guidance", "evidence", "cite"});
        m_check.checkNoText(element);
        for (const auto* once : {"question", "rationale", "guidance"})
            m_check.checkAtMostOnce(element, once);
        Item item;
        item.line = element.line();
        if (auto id = m_check.required(element, "id")) {
            item.id = *id;
            m_check.claimId(*id, element.line());
        }
        item.weight = m_check.positiveDecimal(element, "weight").value_or(1.0);
        item.critical = m_check.boolean(element, "critical").value_or(false);
        item.target = std::max(m_maxLevel, 0);
        if (const auto target = m_check.integer(element, "target")) {
            if (m_maxLevel >= 0 && (*target < 0 || *target > m_maxLevel))
                m_check.error(element.line(), "item '" + item.id + "' target " + std::to_string(*target) +
                                                  " is outside the scale 0.." + std::to_string(m_maxLevel));
            item.target = *target;
        }
        if (const auto importance = element.attribute("importance")) {
            item.importance = parseImportance(*importance);
            if (!item.importance)
                m_check.error(element.line(), "item '" + item.id + "' importance=\"" + *importance +
                                                  "\" must be must, should or could");
        }
        bool hasQuestion = false;
        for (const auto& child : element.children()) {
            const auto& name = child.name();
            if (name == "cite") {
                item.citations.push_back(readCitation(child));
                continue;
            }
            const std::string text = normalizeSpace(m_check.leafText(child));
            if (name == "question") {
                hasQuestion = true;
                item.question = text;
                if (text.empty())
                    m_check.error(child.line(), "item '" + item.id + "' has an empty <question>");
            } else if (name == "rationale") {
                item.rationale = text;
            } else if (name == "guidance") {
                item.guidance = text;
            } else if (name == "evidence") {
                item.evidence.push_back(text);
            }
        }
        if (!hasQuestion)
            m_check.error(element.line(), "item '" + item.id + "' has no <question>");
        return item;
    }

    Citation readCitation(const xml::Element& element)
    {
        m_check.checkShape(element, {"section", "page", "key-point", "locator", "source"}, {});
        m_check.checkNoText(element);
        Citation citation;
        citation.section = element.attribute("section").value_or("");
        citation.page = m_check.integer(element, "page");
        citation.keyPoint = m_check.integer(element, "key-point");
        citation.source = m_check.integer(element, "source");
        if ((citation.page && *citation.page < 1) || (citation.keyPoint && *citation.keyPoint < 1))
            m_check.error(element.line(), "<cite> page and key-point must be 1 or more");
        if (const auto locator = element.attribute("locator")) {
            const std::size_t length = countChars(*locator);
            if (normalizeSpace(*locator).empty() || length > kMaxLocatorChars)
                m_check.error(element.line(), "<cite> locator must hold 1 to " + std::to_string(kMaxLocatorChars) +
                                                  " characters, e.g. \"Annex H, para 4.3\"; it holds " +
                                                  std::to_string(length));
            citation.locator = *locator;
        }
        if (citation.source && *citation.source < 1)
            m_check.error(element.line(), "<cite> source must be 1 or more: the number of a <source>, counted from 1");
        else if (citation.source)
            m_citedSources.emplace_back(*citation.source, element.line());
        return citation;
    }

    /// A citation's source="N" must name one of the checklist's sources (unchecked when it has none).
    void checkCitedSources(const Checklist& checklist)
    {
        if (checklist.sources.empty())
            return;
        for (const auto& [source, line] : m_citedSources)
            if (static_cast<std::size_t>(source) > checklist.sources.size())
                m_check.error(line, "<cite> source=\"" + std::to_string(source) + "\" names no source: the checklist has " +
                                        words(checklist.sources.size(), "<source>", "<source> elements"));
    }

    static std::string words(std::size_t count, const char* one, const char* many)
    {
        return std::to_string(count) + " " + (count == 1 ? one : many);
    }

    SchemaChecker& m_check;
    int m_maxLevel = -1;
    std::vector<std::pair<int, int>> m_citedSources;  ///< source number and line of each cite naming one
};

}  // namespace

ChecklistLoad parseChecklist(std::string_view xmlText, const std::string& sourceName)
{
    ChecklistLoad result;
    auto parsed = xml::parse(xmlText, sourceName);
    if (!parsed.document) {
        result.errors = std::move(parsed.errors);
        return result;
    }
    SchemaChecker checker(sourceName);
    result.answersFile = parsed.document->root().name() == "assessment";
    Checklist checklist = ChecklistReader(checker).read(parsed.document->root());
    if (checker.ok())
        result.checklist = std::move(checklist);
    result.errors = checker.takeErrors();
    return result;
}

ChecklistLoad loadChecklistFile(const std::filesystem::path& path)
{
    ChecklistLoad result;
    const auto bytes = xml::readBoundedFile(path, result.errors);
    if (!bytes)
        return result;
    return parseChecklist(*bytes, path.string());
}

Checklist loadChecklistOrThrow(const std::filesystem::path& path)
{
    auto loaded = loadChecklistFile(path);
    if (!loaded.checklist)
        throw InputError(std::move(loaded.errors));
    return std::move(*loaded.checklist);
}

}  // namespace ccg
