#include "checklists/assessment_loader.hpp"

#include "checklists/item_index.hpp"
#include "checklists/schema_checker.hpp"
#include "checklists/text_rules.hpp"
#include "checklists/xml_document.hpp"

#include <unordered_set>
#include <utility>

namespace ccg {

namespace {

/// Reads one answers document against its checklist while the checker collects every finding.
class AssessmentReader {
public:
    AssessmentReader(SchemaChecker& checker, const Checklist& checklist)
        : m_check(checker), m_checklist(checklist), m_items(checklist)
    {
    }

    Assessment read(const xml::Element& root)
    {
        Assessment assessment;
        if (root.name() != "assessment") {
            m_check.error(root.line(), "the root element must be <assessment>, found <" + root.name() + ">");
            return assessment;
        }
        m_check.checkShape(root, {"checklist", "checklist-version"},
                           {"organisation", "review", "rater", "answer", "agreed", "target", "action"});
        m_check.checkNoText(root);
        m_check.checkAtMostOnce(root, "organisation");
        m_check.checkAtMostOnce(root, "review");
        if (auto id = m_check.required(root, "checklist")) {
            assessment.checklistId = *id;
            if (*id != m_checklist.id)
                m_check.error(root.line(), "answers are for checklist '" + *id + "' but the checklist is '" +
                                               m_checklist.id + "'");
        }
        assessment.checklistVersion = root.attribute("checklist-version").value_or("");
        if (!assessment.checklistVersion.empty() && assessment.checklistVersion != m_checklist.version)
            m_check.warning(root.line(), "answers were written for checklist version " + assessment.checklistVersion +
                                             "; the checklist is version " + m_checklist.version);

        // Raters first, whatever the file order, so answers can name a rater declared below them.
        for (const auto& child : root.children())
            if (child.name() == "rater")
                readRater(child, assessment);
        for (const auto& child : root.children()) {
            const auto& name = child.name();
            if (name == "organisation")
                assessment.organisation = readOrganisation(child);
            else if (name == "review")
                assessment.review = readReview(child);
            else if (name == "answer")
                readAnswer(child, assessment);
            else if (name == "agreed")
                readAgreed(child, assessment);
            else if (name == "target")
                readTarget(child, assessment);
            else if (name == "action")
                readAction(child, assessment);
        }
        return assessment;
    }

private:
    Organisation readOrganisation(const xml::Element& element)
    {
        m_check.checkShape(element, {"code", "name"}, {});
        m_check.checkNoText(element);
        return {element.attribute("code").value_or(""), element.attribute("name").value_or("")};
    }

    ReviewInfo readReview(const xml::Element& element)
    {
        m_check.checkShape(element, {"id", "title", "date"}, {});
        m_check.checkNoText(element);
        return {element.attribute("id").value_or(""), element.attribute("title").value_or(""),
                m_check.date(element, "date").value_or("")};
    }

    void readRater(const xml::Element& element, Assessment& assessment)
    {
        m_check.checkShape(element, {"id", "name", "role"}, {});
        m_check.checkNoText(element);
        const auto id = m_check.required(element, "id");
        if (!id)
            return;
        if (id->empty()) {
            m_check.error(element.line(), "<rater> id must not be empty");
            return;
        }
        if (!m_raters.insert(*id).second) {
            m_check.error(element.line(), "rater '" + *id + "' is declared twice");
            return;
        }
        assessment.raters.push_back({*id, element.attribute("name").value_or(""), element.attribute("role").value_or("")});
    }

    /// The item an element names, reporting a missing or unknown one.
    std::optional<std::string> itemOf(const xml::Element& element)
    {
        auto item = m_check.required(element, "item");
        if (item && !m_items.find(*item)) {
            m_check.error(element.line(), "<" + element.name() + "> names item '" + *item +
                                              "', which the checklist does not have");
            return std::nullopt;
        }
        return item;
    }

    /// A level within the scale, reporting anything else.
    std::optional<int> levelOf(const xml::Element& element)
    {
        const auto level = m_check.integer(element, "level");
        if (level && (*level < 0 || *level > m_checklist.maxLevel())) {
            m_check.error(element.line(), "level " + std::to_string(*level) + " is outside the scale 0.." +
                                              std::to_string(m_checklist.maxLevel()));
            return std::nullopt;
        }
        return level;
    }

    /// Either level="N" or na="true", exactly one of them.
    std::optional<Rating> ratingOf(const xml::Element& element)
    {
        const bool hasLevel = element.attribute("level").has_value();
        const auto na = element.attribute("na");
        const std::string tag = "<" + element.name() + ">";
        if (hasLevel && na) {
            m_check.error(element.line(), tag + " has both level and na; give one of them");
            return std::nullopt;
        }
        if (!hasLevel && !na) {
            m_check.error(element.line(), tag + " needs a level or na=\"true\"");
            return std::nullopt;
        }
        if (na) {
            if (*na != "true") {
                m_check.error(element.line(), tag + " na=\"" + *na + "\" must be na=\"true\" (or use a level)");
                return std::nullopt;
            }
            return Rating::notApplicable();
        }
        const auto level = levelOf(element);
        if (!level)
            return std::nullopt;
        return Rating::at(*level);
    }

    void readAnswer(const xml::Element& element, Assessment& assessment)
    {
        m_check.checkShape(element, {"item", "rater", "level", "na"}, {"note", "evidence"});
        m_check.checkNoText(element);
        m_check.checkAtMostOnce(element, "note");
        m_check.checkAtMostOnce(element, "evidence");
        Answer answer;
        answer.rater = element.attribute("rater").value_or("");
        const auto item = itemOf(element);
        const auto rating = ratingOf(element);
        bool knownRater = true;
        if (element.attribute("rater") && !m_raters.count(answer.rater)) {
            m_check.error(element.line(), "<answer> names rater '" + answer.rater + "', who is not declared by a <rater>");
            knownRater = false;
        }
        for (const auto& child : element.children()) {
            if (child.name() == "note")
                answer.note = m_check.leafText(child);
            else if (child.name() == "evidence")
                answer.evidence = m_check.leafText(child);
        }
        if (!item || !rating || !knownRater)
            return;
        answer.item = *item;
        answer.rating = *rating;
        // Item ids cannot hold a space, so "item rater" names one answer unambiguously.
        if (!m_answered.insert(answer.item + ' ' + answer.rater).second) {
            const std::string who = answer.rater.empty() ? "the anonymous rater" : "rater '" + answer.rater + "'";
            m_check.error(element.line(), who + " answers item '" + answer.item + "' more than once");
            return;
        }
        assessment.answers.push_back(std::move(answer));
    }

    void readAgreed(const xml::Element& element, Assessment& assessment)
    {
        m_check.checkShape(element, {"item", "level", "na"}, {"rationale", "dissent"});
        m_check.checkNoText(element);
        m_check.checkAtMostOnce(element, "rationale");
        const auto item = itemOf(element);
        const auto rating = ratingOf(element);
        AgreedRating agreed;
        std::unordered_set<std::string> dissenters;
        for (const auto& child : element.children()) {
            if (child.name() == "rationale") {
                m_check.checkShape(child, {}, {});
                agreed.rationale = boundedText(child);
            } else if (child.name() == "dissent") {
                if (auto dissent = readDissent(child, dissenters))
                    agreed.dissent.push_back(std::move(*dissent));
            }
        }
        if (!item || !rating)
            return;
        if (!m_agreed.insert(*item).second) {
            m_check.error(element.line(), "item '" + *item + "' has more than one <agreed> rating");
            return;
        }
        agreed.item = *item;
        agreed.rating = *rating;
        assessment.agreed.push_back(std::move(agreed));
    }

    /// A member's dissent: a declared rater, once per agreed item, with at most kMaxRationaleChars.
    std::optional<Dissent> readDissent(const xml::Element& element, std::unordered_set<std::string>& dissenters)
    {
        m_check.checkShape(element, {"rater"}, {});
        const auto rater = m_check.required(element, "rater");
        std::string text = boundedText(element);
        if (!rater)
            return std::nullopt;
        if (rater->empty()) {
            m_check.error(element.line(), "<dissent> needs the id of a declared rater; the anonymous rater cannot dissent");
            return std::nullopt;
        }
        if (!m_raters.count(*rater)) {
            m_check.error(element.line(), "<dissent> names rater '" + *rater + "', who is not declared by a <rater>");
            return std::nullopt;
        }
        if (!dissenters.insert(*rater).second) {
            m_check.error(element.line(), "rater '" + *rater + "' dissents more than once on this item");
            return std::nullopt;
        }
        return Dissent{*rater, std::move(text)};
    }

    /// A leaf element's text, reported when longer than kMaxRationaleChars characters.
    std::string boundedText(const xml::Element& element)
    {
        std::string text = element.text();
        if (const std::size_t length = countChars(text); length > kMaxRationaleChars)
            m_check.error(element.textLine() ? element.textLine() : element.line(),
                          "<" + element.name() + "> holds " + std::to_string(length) + " characters; at most " +
                              std::to_string(kMaxRationaleChars) + " are allowed");
        return text;
    }

    void readTarget(const xml::Element& element, Assessment& assessment)
    {
        m_check.checkShape(element, {"item", "level"}, {});
        m_check.checkNoText(element);
        const auto item = itemOf(element);
        const bool hasLevel = m_check.required(element, "level").has_value();
        const auto level = hasLevel ? levelOf(element) : std::nullopt;
        if (!item || !level)
            return;
        if (!m_targets.insert(*item).second) {
            m_check.error(element.line(), "item '" + *item + "' has more than one <target>");
            return;
        }
        assessment.targets.push_back({*item, *level});
    }

    void readAction(const xml::Element& element, Assessment& assessment)
    {
        m_check.checkShape(element, {"item", "owner", "due", "status"}, {});
        Action action;
        const auto item = itemOf(element);
        action.owner = element.attribute("owner").value_or("");
        action.due = m_check.date(element, "due").value_or("");
        if (const auto status = element.attribute("status")) {
            const auto parsed = parseActionStatus(*status);
            if (!parsed)
                m_check.error(element.line(), "<action> status \"" + *status +
                                                  "\" must be open, in-progress, done or dropped");
            action.status = parsed.value_or(ActionStatus::Open);
        }
        action.text = element.text();
        if (!item)
            return;
        action.item = *item;
        assessment.actions.push_back(std::move(action));
    }

    SchemaChecker& m_check;
    const Checklist& m_checklist;
    const ItemIndex m_items;
    // What the file has declared or answered so far, so that each repeat is found in constant time.
    std::unordered_set<std::string> m_raters;
    std::unordered_set<std::string> m_answered;
    std::unordered_set<std::string> m_agreed;
    std::unordered_set<std::string> m_targets;
};

}  // namespace

AssessmentLoad parseAssessment(std::string_view xmlText, const std::string& sourceName, const Checklist& checklist)
{
    AssessmentLoad result;
    auto parsed = xml::parse(xmlText, sourceName);
    if (!parsed.document) {
        result.errors = std::move(parsed.errors);
        return result;
    }
    SchemaChecker checker(sourceName);
    Assessment assessment = AssessmentReader(checker, checklist).read(parsed.document->root());
    if (checker.ok())
        result.assessment = std::move(assessment);
    result.errors = checker.takeErrors();
    result.warnings = checker.takeWarnings();
    return result;
}

AssessmentLoad loadAssessmentFile(const std::filesystem::path& path, const Checklist& checklist)
{
    AssessmentLoad result;
    const auto bytes = xml::readBoundedFile(path, result.errors);
    if (!bytes)
        return result;
    return parseAssessment(*bytes, path.string(), checklist);
}

Assessment loadAssessmentOrThrow(const std::filesystem::path& path, const Checklist& checklist)
{
    auto loaded = loadAssessmentFile(path, checklist);
    if (!loaded.assessment)
        throw InputError(std::move(loaded.errors));
    return std::move(*loaded.assessment);
}

}  // namespace ccg
