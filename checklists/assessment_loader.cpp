#include "checklists/assessment_loader.hpp"

#include "checklists/item_index.hpp"
#include "checklists/schema_checker.hpp"
#include "checklists/sign_off_fingerprint.hpp"
#include "checklists/text_rules.hpp"
#include "checklists/xml_document.hpp"

#include <algorithm>
#include <string_view>
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
                           {"organisation", "review", "sign-off", "rater", "answer", "agreed", "evidence-strength",
                            "assurance-choice", "commitment", "target", "action"});
        m_check.checkNoText(root);
        for (const auto* once : {"organisation", "review", "sign-off", "assurance-choice"})
            m_check.checkAtMostOnce(root, once);
        bool sameChecklist = true;
        if (auto id = m_check.required(root, "checklist")) {
            assessment.checklistId = *id;
            sameChecklist = *id == m_checklist.id;
            if (!sameChecklist)
                m_check.error(root.line(), "answers are for checklist '" + *id + "' but the checklist is '" +
                                               m_checklist.id + "'; give the checklist the answers were made with");
        }
        assessment.checklistVersion = root.attribute("checklist-version").value_or("");
        // Versions of another checklist are beside the point: the id mismatch alone is reported.
        if (sameChecklist && !assessment.checklistVersion.empty() && assessment.checklistVersion != m_checklist.version)
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
            else if (name == "sign-off" && !assessment.signOff)
                readSignOff(child, assessment);
            else if (name == "evidence-strength")
                readEvidenceStrength(child, assessment);
            else if (name == "assurance-choice" && !assessment.assuranceChoice)
                assessment.assuranceChoice = readAssuranceChoice(child);
            else if (name == "commitment")
                readCommitment(child, assessment);
        }
        return assessment;
    }

    /// Where the file's <sign-off> is, 0 when it has none.
    [[nodiscard]] int signOffLine() const { return m_signOffLine; }

private:
    Organisation readOrganisation(const xml::Element& element)
    {
        m_check.checkShape(element, {"code", "name"}, {});
        m_check.checkNoText(element);
        return {element.attribute("code").value_or(""), element.attribute("name").value_or("")};
    }

    ReviewInfo readReview(const xml::Element& element)
    {
        m_check.checkShape(element, {"id", "title", "date", "follows"}, {});
        m_check.checkNoText(element);
        ReviewInfo review{element.attribute("id").value_or(""), element.attribute("title").value_or(""),
                          m_check.date(element, "date").value_or("")};
        if (const auto follows = element.attribute("follows")) {
            if (follows->empty())
                m_check.error(element.line(), "<review> attribute follows must name the review this one follows "
                                              "on from; leave it out when there is none");
            review.follows = *follows;
        }
        return review;
    }

    /// A required attribute that must hold something.
    std::optional<std::string> nonEmpty(const xml::Element& element, const std::string& attribute)
    {
        auto value = m_check.required(element, attribute);
        if (value && value->empty()) {
            m_check.error(element.line(), "<" + element.name() + "> attribute " + attribute + " must not be empty");
            return std::nullopt;
        }
        return value;
    }

    /// A required, non-empty attribute that is a real date.
    std::string requiredDate(const xml::Element& element, const std::string& attribute)
    {
        if (!nonEmpty(element, attribute))
            return {};
        return m_check.date(element, attribute).value_or("");
    }

    /// An attribute of at most kMaxRationaleChars characters, reported when longer.
    std::string boundedAttribute(const xml::Element& element, const std::string& attribute)
    {
        std::string text = element.attribute(attribute).value_or("");
        if (const std::size_t length = countChars(text); length > kMaxRationaleChars)
            m_check.error(element.line(), "<" + element.name() + "> " + attribute + " holds " +
                                              std::to_string(length) + " characters; at most " +
                                              std::to_string(kMaxRationaleChars) + " are allowed");
        return text;
    }

    void readSignOff(const xml::Element& element, Assessment& assessment)
    {
        m_check.checkShape(element, {"date", "meeting", "minute", "approver", "role", "fingerprint"}, {});
        m_check.checkNoText(element);
        m_signOffLine = element.line();
        SignOff signOff;
        signOff.date = requiredDate(element, "date");
        signOff.meeting = nonEmpty(element, "meeting").value_or("");
        signOff.minute = nonEmpty(element, "minute").value_or("");
        signOff.approver = nonEmpty(element, "approver").value_or("");
        signOff.role = nonEmpty(element, "role").value_or("");
        if (const auto fingerprint = nonEmpty(element, "fingerprint")) {
            if (!isFingerprintForm(*fingerprint))
                m_check.error(element.line(), "<sign-off> fingerprint=\"" + *fingerprint +
                                                  "\" must be sha256: followed by 64 lower-case hex digits");
            signOff.fingerprint = *fingerprint;
        }
        assessment.signOff = std::move(signOff);
    }

    static bool isFingerprintForm(const std::string& text)
    {
        constexpr std::string_view kPrefix = "sha256:";
        if (text.size() != kPrefix.size() + 64 || text.compare(0, kPrefix.size(), kPrefix) != 0)
            return false;
        return std::all_of(text.begin() + kPrefix.size(), text.end(),
                           [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    }

    void readEvidenceStrength(const xml::Element& element, Assessment& assessment)
    {
        m_check.checkShape(element, {"item", "value"}, {});
        m_check.checkNoText(element);
        const auto item = itemOf(element);
        std::optional<EvidenceStrength> strength;
        if (const auto value = m_check.required(element, "value")) {
            strength = parseEvidenceStrength(*value);
            if (!strength)
                m_check.error(element.line(), "<evidence-strength> value \"" + *value +
                                                  "\" must be none, asserted, documented or verified");
        }
        if (!item || !strength)
            return;
        if (!m_strengths.insert(*item).second) {
            m_check.error(element.line(), "item '" + *item + "' has more than one <evidence-strength>");
            return;
        }
        // "none" means the same as no element, so the model keeps only the others.
        if (*strength != EvidenceStrength::None)
            assessment.evidenceStrengths.push_back({*item, *strength});
    }

    AssuranceChoice readAssuranceChoice(const xml::Element& element)
    {
        m_check.checkShape(element, {"level", "by", "date"}, {});
        m_check.checkNoText(element);
        AssuranceChoice choice;
        if (const auto level = m_check.required(element, "level")) {
            const auto parsed = parseAssurance(*level);
            if (!parsed)
                m_check.error(element.line(), "<assurance-choice> level \"" + *level +
                                                  "\" must be substantial, reasonable, limited or none");
            choice.level = parsed.value_or(Assurance::None);
        }
        choice.by = nonEmpty(element, "by").value_or("");
        choice.date = requiredDate(element, "date");
        return choice;
    }

    void readCommitment(const xml::Element& element, Assessment& assessment)
    {
        m_check.checkShape(element, {"from-review", "item", "owner", "due", "outcome", "remark"}, {});
        Commitment commitment;
        commitment.fromReview = nonEmpty(element, "from-review").value_or("");
        if (const auto item = element.attribute("item")) {
            // The item of an earlier review: it need not be in this checklist, but it is an id.
            if (!isValidId(*item))
                m_check.error(element.line(), "<commitment> item=\"" + *item + "\" is not an item id");
            commitment.item = *item;
        }
        commitment.owner = element.attribute("owner").value_or("");
        commitment.due = m_check.date(element, "due").value_or("");
        if (const auto outcome = element.attribute("outcome")) {
            const auto parsed = parseCommitmentOutcome(*outcome);
            if (!parsed)
                m_check.error(element.line(), "<commitment> outcome \"" + *outcome +
                                                  "\" must be pending, done, partly, not-done or superseded");
            commitment.outcome = parsed.value_or(CommitmentOutcome::Pending);
        }
        commitment.remark = boundedAttribute(element, "remark");
        commitment.text = element.text();
        assessment.commitments.push_back(std::move(commitment));
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
        // A level written as its label ("Yes", "Embedded"): say which numbers the scale has.
        if (const auto text = element.attribute("level"); text && !parseInteger(*text)) {
            m_check.error(element.line(), "<" + element.name() + "> level=\"" + *text +
                                              "\" must be the number of a level: " + scaleValues());
            return std::nullopt;
        }
        const auto level = m_check.integer(element, "level");
        if (level && (*level < 0 || *level > m_checklist.maxLevel())) {
            m_check.error(element.line(), "level " + std::to_string(*level) + " is outside the scale 0.." +
                                              std::to_string(m_checklist.maxLevel()));
            return std::nullopt;
        }
        return level;
    }

    /// "0 Not in place, 1 Early progress, ... 4 Exemplar, or na=\"true\"" for a message.
    std::string scaleValues() const
    {
        std::string values;
        for (const auto& level : m_checklist.scale)
            values += (values.empty() ? "" : ", ") + std::to_string(level.value) + " " + level.label;
        return values + " (or na=\"true\" where the item does not apply)";
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
    std::unordered_set<std::string> m_strengths;
    int m_signOffLine = 0;
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
    AssessmentReader reader(checker, checklist);
    Assessment assessment = reader.read(parsed.document->root());
    result.signOffLine = reader.signOffLine();
    result.errors = checker.takeErrors();
    // A signed-off file is valid only while it is the one approved (PRODUCT.md §4, §12): its
    // fingerprint is checked against the canonical form of these very bytes.
    if (result.errors.empty() && assessment.signOff) {
        SignOffCheck check = checkSignOff(xmlText, sourceName);
        if (check.verdict != SignOffCheck::Verdict::kMatches)
            result.errors = std::move(check.errors);
    }
    if (result.errors.empty())
        result.assessment = std::move(assessment);
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
