// The user guide's HTML (resources/guide/guide.html) read as a file, no display needed: its links
// land, it names the shipped scale's levels, and its worked example says what the real scoring
// computes from the example's own tables.
#include "ccg_catch.hpp"
#include "process_runner.hpp"

#include "app/session/resource_paths.hpp"
#include "checklists/checklist_loader.hpp"
#include "checklists/review_analysis.hpp"
#include "checklists/scoring.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

using namespace ccg;

namespace {

std::string guideHtml()
{
    return test::readFile(session::sourceLayout(CCG_SOURCE_DIR).guide.string());
}

/// Every capture of `pattern`'s first group in `text`, in order.
std::vector<std::string> captures(const std::string& text, const std::string& pattern)
{
    std::vector<std::string> found;
    const std::regex re(pattern);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
        found.push_back((*it)[1].str());
    return found;
}

/// The text of every element marked class="example-KEY", by KEY.
std::map<std::string, std::string> exampleFigures(const std::string& html)
{
    std::map<std::string, std::string> figures;
    const std::regex re(R"re(class="example-([A-Za-z0-9-]+)"[^>]*>([^<]*)<)re");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
        figures[(*it)[1].str()] = (*it)[2].str();
    return figures;
}

/// Reads the example's figures and checks each against the scoring, noting what differs.
class ExampleCheck {
public:
    explicit ExampleCheck(std::map<std::string, std::string> figures) : m_figures(std::move(figures)) {}

    [[nodiscard]] bool has(const std::string& key) const { return m_figures.count(key) > 0; }

    /// The stated text of `key`; a missing key is a problem.
    std::string text(const std::string& key)
    {
        m_used.insert(key);
        const auto found = m_figures.find(key);
        if (found == m_figures.end()) {
            m_problems.push_back(key + ": not in the guide");
            return {};
        }
        return found->second;
    }

    /// The stated number matches `value` to the decimals it is written with.
    void number(const std::string& key, std::optional<double> value)
    {
        const std::string stated = text(key);
        if (!value) {
            m_problems.push_back(key + ": the scoring gives no value, the guide says " + stated);
            return;
        }
        const auto point = stated.find('.');
        const int decimals = point == std::string::npos ? 0 : static_cast<int>(stated.size() - point - 1);
        char* end = nullptr;
        const double parsed = std::strtod(stated.c_str(), &end);
        if (stated.empty() || *end != '\0' || std::fabs(parsed - *value) > 0.5 * std::pow(10.0, -decimals) + 1e-9)
            m_problems.push_back(key + ": the guide says " + stated + ", the scoring gives " + std::to_string(*value));
    }

    void words(const std::string& key, const std::string& expected)
    {
        const std::string stated = text(key);
        if (stated != expected)
            m_problems.push_back(key + ": the guide says " + stated + ", the scoring gives " + expected);
    }

    /// Every marked figure of the guide was checked: nothing stated goes unverified.
    std::vector<std::string> problems()
    {
        for (const auto& [key, value] : m_figures)
            if (!m_used.count(key))
                m_problems.push_back(key + ": stated but not checked");
        return m_problems;
    }

private:
    std::map<std::string, std::string> m_figures;
    std::set<std::string> m_used;
    std::vector<std::string> m_problems;
};

const std::vector<std::string> kRaters = {"A", "B", "C", "D"};

struct ExampleItem {
    std::string id;
    std::string domain;
};

const std::vector<ExampleItem> kItems = {{"G1", "governance"}, {"G2", "governance"}, {"G3", "governance"},
                                         {"G4", "governance"}, {"P1", "partnership"}, {"P2", "partnership"}};

/// The example's checklist: two domains of weight 1, the 0-4 scale, thresholds 50 and 75, and
/// each item's weight, criticality and target as the guide's table gives them.
Checklist exampleChecklist(ExampleCheck& check)
{
    Checklist checklist;
    checklist.id = "example";
    for (int level = 0; level <= 4; ++level)
        checklist.scale.push_back({level, "level " + std::to_string(level), {}});
    checklist.domains = {Domain{"governance", "Governance", {}, 1.0, {}, 0},
                         Domain{"partnership", "Partnership", {}, 1.0, {}, 0}};
    for (const auto& [id, domain] : kItems) {
        Item item;
        item.id = id;
        item.weight = std::stod("0" + check.text("weight-" + id));
        item.critical = check.text("critical-" + id) == "yes";
        item.target = std::stoi("0" + check.text("target-" + id));
        (domain == "governance" ? checklist.domains[0] : checklist.domains[1]).items.push_back(item);
    }
    return checklist;
}

Assessment exampleRatings(ExampleCheck& check)
{
    Assessment assessment;
    for (const auto& rater : kRaters)
        assessment.raters.push_back({rater, rater, {}});
    for (const auto& item : kItems)
        for (const auto& rater : kRaters) {
            const std::string stated = check.text("rating-" + item.id + "-" + rater);
            if (stated == "N/A")
                assessment.answers.push_back({item.id, rater, Rating::notApplicable(), {}, {}});
            else if (stated != "-")
                assessment.answers.push_back({item.id, rater, Rating::at(std::stoi(stated)), {}, {}});
        }
    return assessment;
}

std::string ragWord(Rag rag)
{
    std::string word = toString(rag);
    word[0] = static_cast<char>(std::toupper(word[0]));
    return word;
}

std::string levelWords(const ItemScore& item)
{
    switch (item.status) {
    case ItemStatus::Answered: return std::to_string(*item.level);
    case ItemStatus::NotApplicable: return "N/A";
    case ItemStatus::Unanswered: return "unanswered";
    }
    return {};
}

/// What in the guide's worked example differs from the scoring of its own tables.
std::vector<std::string> exampleProblems(const std::string& html)
{
    ExampleCheck check(exampleFigures(html));
    const Checklist checklist = exampleChecklist(check);
    Assessment assessment = exampleRatings(check);

    // Before the board meets: the raters' ratings alone.
    const ScoreResult raters = score(checklist, assessment);
    for (const auto& item : raters.itemScores) {
        check.words("level-" + item.itemId, levelWords(item));
        check.words("spread-" + item.itemId, item.spread ? std::to_string(*item.spread) : "-");
        if (item.priority && *item.priority > 0)
            check.number("priority-" + item.itemId, item.priority);
    }
    const ProvisionalScores answeredOnly = answeredOnlyScores(checklist, raters);
    const TargetScores target = targetScores(checklist, raters);
    for (std::size_t d = 0; d < raters.domains.size(); ++d) {
        const auto& domain = raters.domains[d];
        check.number("score-" + domain.domainId, domain.score);
        check.words("rag-" + domain.domainId, ragWord(domain.rag));
        check.number("target-score-" + domain.domainId, target.domains[d]);
        if (domain.unanswered > 0)
            check.number("answered-" + domain.domainId, answeredOnly.domains[d]);
    }
    check.number("score-overall", raters.overall);
    check.words("rag-overall", ragWord(raters.overallRag));
    check.number("answered-overall", answeredOnly.overall);
    check.number("target-score-overall", target.overall);
    check.number("completeness", raters.completeness);
    std::string order;
    for (const auto& gap : raters.gaps)
        order += (order.empty() ? "" : ", ") + gap.itemId;
    check.words("gap-order", order);

    // After it: the agreed levels count.
    for (const auto& item : kItems)
        if (check.has("agreed-" + item.id))
            assessment.agreed.push_back({item.id, Rating::at(std::stoi(check.text("agreed-" + item.id))), {}, {}});
    const ScoreResult agreed = score(checklist, assessment);
    for (const auto& domain : agreed.domains) {
        check.number("agreed-score-" + domain.domainId, domain.score);
        check.words("agreed-rag-" + domain.domainId, ragWord(domain.rag));
    }
    check.number("agreed-score-overall", agreed.overall);
    check.words("agreed-rag-overall", ragWord(agreed.overallRag));
    if (answeredOnlyScores(checklist, agreed).provisional)
        return {"the guide says nothing is provisional after the board agrees, but the scoring disagrees"};
    return check.problems();
}

}  // namespace

TEST_CASE("Every link of the guide lands on an anchor of the guide, and none leaves it", "[guide]")
{
    const std::string html = guideHtml();
    REQUIRE_FALSE(html.empty());
    const auto hrefs = captures(html, R"re(href="([^"]*)")re");
    const auto names = captures(html, R"re(<a name="([^"]+)")re");
    const std::set<std::string> anchors(names.begin(), names.end());
    CHECK(anchors.size() == names.size());  // no anchor twice
    CHECK(hrefs.size() >= 15);
    for (const auto& href : hrefs) {
        INFO(href);
        REQUIRE(href.size() > 1);
        CHECK(href[0] == '#');  // nothing outside the file: the guide works with no network
        CHECK(anchors.count(href.substr(1)) == 1);
    }
    // Every section is in the contents.
    for (const auto& name : names)
        if (name != "contents")
            CHECK(std::count(hrefs.begin(), hrefs.end(), "#" + name) >= 1);
}

TEST_CASE("The guide has a title and needs nothing from outside its file", "[guide]")
{
    const std::string html = guideHtml();
    CHECK(captures(html, R"re(<title>([^<]*)</title>)re") ==
          std::vector<std::string>{"CCG Self-Assessment: user guide"});
    // wxHtmlWindow knows no style sheets or scripts; a picture or frame would need another file.
    for (const char* tag : {"<img", "<script", "<style", "<link", "<iframe", "http:", "https:"})
        CHECK(html.find(tag) == std::string::npos);
}

TEST_CASE("The guide names the shipped checklist's levels in order", "[guide]")
{
    const Checklist checklist = loadChecklistOrThrow(session::sourceLayout(CCG_SOURCE_DIR).checklist);
    std::vector<std::string> labels;
    for (const auto& level : checklist.scale)
        labels.push_back(level.label);
    CHECK(captures(guideHtml(), R"re(class="level-name">([^<]*)<)re") == labels);
    CHECK(checklist.rag.redBelow == 50.0);  // the thresholds the guide states
    CHECK(checklist.rag.greenFrom == 75.0);
}

TEST_CASE("The guide's worked example states what the scoring computes from its tables", "[guide]")
{
    const std::string html = guideHtml();
    const auto problems = exampleProblems(html);
    for (const auto& problem : problems)
        UNSCOPED_INFO(problem);
    CHECK(problems.empty());
    CHECK(exampleFigures(html).size() > 60);
}

TEST_CASE("A figure of the worked example that the scoring does not give is caught", "[guide]")
{
    using Edit = std::pair<std::string, std::string>;
    const std::string html = guideHtml();
    for (const auto& [from, to] : {
             Edit{"example-score-governance\">43.75", "example-score-governance\">43.85"},  // a wrong figure
             Edit{"example-rag-partnership\">Amber", "example-rag-partnership\">Green"},  // the critical rule
             Edit{"example-rating-G1-D\">1", "example-rating-G1-D\">3"},                  // an input changed
             Edit{"example-gap-order\">G1, G4", "example-gap-order\">G4, G1"},            // tie order
             Edit{"class=\"example-answered-overall\"", "class=\"example-answered-everything\""},
         }) {
        INFO(from);
        std::string edited = html;
        const auto at = edited.find(from);
        REQUIRE(at != std::string::npos);
        edited.replace(at, from.size(), to);
        CHECK_FALSE(exampleProblems(edited).empty());
    }
}
