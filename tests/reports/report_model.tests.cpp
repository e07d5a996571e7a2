// The report model: lists, actions, trend, cover sheet and summary computed once for every renderer.
#include "report_fixtures.hpp"

#include "reports/html_renderer.hpp"
#include "reports/report_model.hpp"
#include "reports/text_escape.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>

using namespace ccg;
using namespace ccg::reports;
using ccg::test::ReportFixture;

namespace {

std::vector<std::string> ids(const ReportModel& model, const std::vector<std::size_t>& indices)
{
    std::vector<std::string> result;
    for (const std::size_t index : indices)
        result.push_back(model.items[index].id);
    return result;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("The gap list keeps the scoring order and numbers each item", "[reports][model]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    CHECK(ids(model, model.gaps) == std::vector<std::string>{"lg-02", "gov-01", "lg-01", "eng-02", "gov-02"});
    for (std::size_t rank = 0; rank < model.gaps.size(); ++rank)
        CHECK(model.items[model.gaps[rank]].gapRank == rank + 1);
    CHECK_FALSE(model.items[2].gapRank.has_value());  // gov-03 meets its target
}

TEST_CASE("Critical items below target come highest priority first, unanswered ones included", "[reports][model]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    CHECK(ids(model, model.criticalBelowTarget) == std::vector<std::string>{"lg-02", "gov-01"});
    CHECK(model.items[model.criticalBelowTarget[0]].answer == "Unanswered");
    CHECK(model.items[model.criticalBelowTarget[1]].answer == "2 Partly in place");
}

TEST_CASE("Disagreements show each rater's level and the spread", "[reports][model]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    REQUIRE(model.disagreements.size() == 2);
    const DisagreementRow& first = model.disagreements[0];
    CHECK(model.items[first.item].id == "gov-01");
    CHECK(first.spread == 3);
    REQUIRE(first.ratings.size() == 3);
    CHECK(first.ratings[0].rater == "Dr A. O'Chair");
    CHECK(first.ratings[0].rating == "4 Exemplar");
    CHECK(first.ratings[1].rater == "B. Officer");
    CHECK(first.ratings[1].rating == "1 Early progress");
    CHECK(model.items[model.disagreements[1].item].id == "lg-01");
}

TEST_CASE("Answers keep rater order, notes and evidence, an unnamed rater is the anonymous rater", "[reports][model]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    const ItemRow& gov01 = model.items[0];
    REQUIRE(gov01.answers.size() == 3);
    CHECK(gov01.answers[0].note == "O'Brien & co said \"yes\" <script>alert(1)</script>");
    CHECK(gov01.answers[0].evidence == "Register, May 2014");
    CHECK(gov01.citations == std::vector<std::string>{"Supporting clinical leadership (p. 16, key point 20)"});
    const ItemRow& eng02 = model.items[4];
    REQUIRE(eng02.answers.size() == 1);
    CHECK(eng02.answers[0].rater == "Anonymous rater");
    CHECK(model.raters.back().name == "Anonymous rater");
    CHECK(model.items[1].agreed == "2 Partly in place");
    CHECK(model.items[4].target == "3 Embedded");  // the review's target override
}

TEST_CASE("Actions are numbered and coloured BRAG as at the reference date", "[reports][model][brag]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    REQUIRE(model.actions.size() == 5);
    const std::vector<Brag> expected{Brag::Red, Brag::Amber, Brag::Green, Brag::Blue, Brag::Dropped};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(model.actions[i].reference == "A" + std::to_string(i + 1));
        CHECK(model.actions[i].state.brag == expected[i]);
    }
    CHECK(model.actions[0].due == "28 February 2014");
    CHECK(model.actions[0].bragWords == "Overdue by 14 days");
    CHECK(model.actions[1].statusWords == "In progress");
    CHECK(model.overdueActions == 1);
    CHECK(model.actionsDueSoon == 1);
    CHECK(model.liveActions == 3);
}

TEST_CASE("A later reference date makes more actions overdue", "[reports][model][brag]")
{
    const ReportFixture fixture;
    auto input = fixture.input();
    input.asOf = *parseIsoDate("2014-12-01");
    const ReportModel model = buildReportModel(input);
    CHECK(model.overdueActions == 3);
    CHECK(model.cover.asOf == "1 December 2014");
}

TEST_CASE("The trend compares domains and items with the previous review", "[reports][model][trend]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    REQUIRE(model.trend.hasPrevious);
    CHECK(model.trend.previousLabel == "Board self-review 2013 (15 March 2013)");
    const DomainRow& governance = model.domains[0];
    CHECK(*governance.previousScore == Catch::Approx(43.75));
    CHECK(*governance.score.score == Catch::Approx(50.0));
    CHECK(*governance.change == Catch::Approx(6.25));
    CHECK(governance.itemsImproved == 1);  // gov-01: 1 -> 2
    CHECK(governance.itemsDeclined == 1);  // gov-03: 3 -> 2
    CHECK(model.trend.facts.overall.itemsImproved == 1);
    CHECK(model.trend.facts.overall.itemsDeclined == 1);
    CHECK(model.items[3].change == 0);  // eng-01 is N/A now: not comparable
    const ReportModel alone = fixture.model(false);
    CHECK_FALSE(alone.trend.hasPrevious);
    CHECK_FALSE(alone.domains[0].previousScore.has_value());
}

TEST_CASE("The domain target score is what the domain would score with every item at target", "[reports][model]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    // gov-01 w2 target 3, gov-02 w1 target 3, gov-03 w1 target 2, of 4 levels.
    CHECK(*model.domains[0].targetScore == Catch::Approx(100.0 * (2 * 0.75 + 0.75 + 0.5) / 4));
}

TEST_CASE("Until a level is chosen the cover box gives the level of assurance PRODUCT.md 5's rule suggests, "
          "and says it is a suggestion",
          "[reports][model][cover][assurance]")
{
    const ReportFixture fixture;
    Assessment review = fixture.review;
    review.actions.clear();
    review.agreed.clear();
    review.targets.clear();
    // Every item at one level with one evidence strength; red below 50, green from 75, of 4 levels.
    auto [level, strength, purpose, assurance] =
        GENERATE(table<int, EvidenceStrength, PaperPurpose, std::string>({
            {4, EvidenceStrength::Documented, PaperPurpose::Assurance, "Suggested: Substantial"},
            {3, EvidenceStrength::Verified, PaperPurpose::Discussion, "Suggested: Substantial"},  // 75% meets it
            {3, EvidenceStrength::Asserted, PaperPurpose::Discussion, "Suggested: Limited"},  // none assured, score 75
            {2, EvidenceStrength::Verified, PaperPurpose::Discussion, "Suggested: Limited"},  // score 50 = red-below
            {1, EvidenceStrength::Documented, PaperPurpose::Discussion, "Suggested: No assurance"},
            {-1, EvidenceStrength::Documented, PaperPurpose::Information, "Suggested: No assurance"},
        }));
    review.answers.clear();
    review.evidenceStrengths.clear();
    for (const auto& domain : fixture.checklist.domains)
        for (const auto& item : domain.items) {
            if (level >= 0)
                review.answers.push_back({item.id, "", Rating::at(level), "", ""});
            review.evidenceStrengths.push_back({item.id, strength});
        }
    const ReportModel model = buildReportModel({fixture.checklist, review, nullptr, test::reviewDate()});
    CHECK(model.cover.purpose == purpose);
    CHECK(model.cover.showsAssurance);
    CHECK(model.cover.assuranceSuggested);
    CHECK(model.cover.assurance == assurance);
    CHECK(contains(model.cover.assuranceReason, "the board has not chosen a level yet"));
    CHECK_FALSE(model.cover.recommendation.empty());
}

TEST_CASE("The fixture review asks for approval of its open actions, and its cover shows the suggested and then the "
          "chosen level of assurance",
          "[reports][model][cover][assurance]")
{
    const ReportFixture fixture;
    const CoverSheet cover = fixture.model().cover;
    CHECK(cover.purpose == PaperPurpose::Approval);
    CHECK(contains(cover.recommendation, "agree the level of assurance below, and approve the action plan (3 actions "
                                         "still open, 1 of them overdue)."));
    // No evidence strength is recorded, so nothing is assured; the overall score 31.2% is red.
    CHECK(cover.assurance == "Suggested: No assurance");
    CHECK(cover.assuranceReason ==
          "The rule in Appendix B suggests it; the board has not chosen a level yet. 0% of the weight of applicable "
          "items meets the standard on documented or verified evidence, and 3 critical items are not assured.");
    CHECK(cover.organisation == "NHS Example & District CCG (00Q)");
    CHECK(cover.reviewDate == "14 March 2014");
    CHECK(cover.source == "Ambition, challenge, transition (NHS Confederation, 2013)");

    Assessment chosen = fixture.review;
    chosen.assuranceChoice = AssuranceChoice{Assurance::Limited, "Dr Jo O'Lead", "2014-03-20"};
    const auto coverFor = [&](Audience audience) {
        return buildReportModel({fixture.checklist, chosen, nullptr, test::reviewDate(), nullptr, audience}).cover;
    };
    const CoverSheet board = coverFor(Audience::Board);
    CHECK_FALSE(board.assuranceSuggested);
    CHECK(board.assurance == "Limited");
    CHECK(board.assuranceReason == "Chosen by Dr Jo O'Lead on 20 March 2014. The rule in Appendix B suggests no "
                                   "assurance: 0% of the weight of applicable items meets the standard on documented "
                                   "or verified evidence, and 3 critical items are not assured.");
    // The public version names nobody.
    CHECK(coverFor(Audience::Public).assuranceReason.rfind("Chosen on 20 March 2014. The rule", 0) == 0);
}

TEST_CASE("The executive summary speaks of the strongest and weakest domains, critical items and change",
          "[reports][model][summary]")
{
    const ReportFixture fixture;
    const ReportModel model = fixture.model();
    std::string summary;
    for (const auto& paragraph : model.summary)
        summary += paragraph + "\n";
    CHECK(contains(summary, "The overall score is 31.2%, rated Red."));
    CHECK(contains(summary, "The strongest domain is Governance (50.0%, Amber); the weakest is Partnership with local "
                            "government (0.0%, Red)."));
    CHECK(contains(summary, "2 critical items are below target (lg-02 and gov-01)"));
    CHECK(contains(summary, "5 items fall short of target. The highest priorities are lg-02, gov-01 and lg-01."));
    CHECK(contains(summary, "Raters differed by two levels or more on 2 items (gov-01 and lg-01)"));
    CHECK(contains(summary, "1 overdue and 1 due within 30 days of 14 March 2014"));
    CHECK(contains(summary, "Since Board self-review 2013 (15 March 2013), the overall score has"));
    const ReportModel alone = fixture.model(false);
    for (const auto& paragraph : alone.summary)
        CHECK_FALSE(contains(paragraph, "Since"));
}

TEST_CASE("Texts longer than the limit are shortened in the model with a notice", "[reports][model]")
{
    const ReportFixture fixture;
    Assessment review = fixture.review;
    review.answers[0].note = std::string(kMaxFieldChars + 500, 'x');
    const ReportModel model = buildReportModel({fixture.checklist, review, nullptr, test::reviewDate()});
    const std::string& note = model.items[0].answers[0].note;
    CHECK(note.rfind(std::string(kMaxFieldChars, 'x'), 0) == 0);
    CHECK(contains(note, "500 more characters not shown"));
}

TEST_CASE("A report is as at its review's date, or today when the review is undated", "[reports][dates]")
{
    Assessment review;
    CHECK(defaultAsOf(review) == today());
    review.review = ReviewInfo{"r", "Review", "2014-03-14"};
    CHECK(defaultAsOf(review) == *parseIsoDate("2014-03-14"));
    review.review->date = "";
    CHECK(defaultAsOf(review) == today());
}

TEST_CASE("The trend scores the previous review with its own checklist version and says what changed",
          "[reports][model][trend]")
{
    const ReportFixture fixture;
    // The governance lead edited the framework since 2013: gov-03 dropped, gov-04 added, gov-02
    // weighs more, and green now starts at 80.
    Checklist edited = fixture.checklist;
    edited.version = "2.2";
    edited.rag.greenFrom = 80.0;
    auto& governance = edited.domains[0].items;
    governance.erase(governance.begin() + 2);
    governance[1].weight = 3.0;
    Item added = governance[1];
    added.id = "gov-04";
    added.question = "Is a new question answered?";
    governance.push_back(added);
    Assessment review = fixture.review;
    std::erase_if(review.answers, [](const Answer& answer) { return answer.item == "gov-03"; });
    std::erase_if(review.agreed, [](const AgreedRating& agreed) { return agreed.item == "gov-03"; });
    std::erase_if(review.targets, [](const TargetOverride& target) { return target.item == "gov-03"; });
    std::erase_if(review.actions, [](const Action& action) { return action.item == "gov-03"; });

    auto input = fixture.input();
    const ReportInput withVersions{edited, review, &fixture.previous, input.asOf, &fixture.checklist};
    const ReportModel model = buildReportModel(withVersions);

    // Last year's figures are last year's paper's figures.
    const ReportModel lastYear = buildReportModel({fixture.checklist, fixture.previous, nullptr, input.asOf});
    REQUIRE(model.trend.hasPrevious);
    CHECK(model.trend.facts.scores.overall == lastYear.result.overall);
    CHECK(model.trend.facts.scores.overallRag == lastYear.result.overallRag);
    CHECK(model.domains[0].previousScore == lastYear.domains[0].score.score);
    CHECK(model.domains[0].previousRag == lastYear.domains[0].score.rag);
    CHECK(model.trend.facts.checklist.added == std::vector<std::string>{"gov-04"});
    CHECK(model.trend.facts.checklist.removed == std::vector<std::string>{"gov-03"});
    CHECK(model.trend.facts.checklist.changed == std::vector<std::string>{"gov-02"});
    CHECK(model.trend.checklistNote.find("version 2.1") != std::string::npos);
    CHECK(model.trend.checklistNote.find("version 2.2") != std::string::npos);
    CHECK(model.trend.checklistNote.find("1 item added: gov-04") != std::string::npos);
    CHECK(model.trend.checklistNote.find("1 item removed: gov-03") != std::string::npos);
    CHECK(model.trend.checklistNote.find("RAG thresholds changed") != std::string::npos);
    REQUIRE(model.items[2].id == "gov-04");
    CHECK_FALSE(model.items[2].hasPrevious);  // new in this version
    // The same checklist on both sides says nothing of versions.
    CHECK(fixture.model().trend.checklistNote.empty());
}

TEST_CASE("The paper shows why a level was agreed and each member's dissent beside the disagreement",
          "[reports][model][agreement]")
{
    ReportFixture fixture;
    // gov-01 is the fixture's disagreement (4, 1 and 2): the board agrees 2, with its reasons.
    fixture.review.agreed.push_back({"gov-01", Rating::at(2), "Reviews happen, but <not> yearly & not in public.",
                                     {{"lay", "I saw no review at all."}, {"ao", ""}}});
    const ReportModel model = fixture.model();
    const auto item = std::find_if(model.items.begin(), model.items.end(), [](const ItemRow& row) { return row.id == "gov-01"; });
    REQUIRE(item != model.items.end());
    CHECK(item->rationale == "Reviews happen, but <not> yearly & not in public.");
    REQUIRE(item->dissent.size() == 2);
    CHECK(item->dissent[0].rater == "C. Lay");
    CHECK(item->dissent[0].text == "I saw no review at all.");
    CHECK(item->dissent[1].rater == "B. Officer");

    const std::string html = renderHtml(model);
    CHECK(html.find("<span class=\"who\">Why:</span> <bdi>Reviews happen, but &lt;not&gt; yearly &amp; not in public.") !=
          std::string::npos);
    CHECK(html.find("C. Lay</bdi> dissents:</span> <bdi>I saw no review at all.") != std::string::npos);
    CHECK(html.find("B. Officer</bdi> dissents.</span>") != std::string::npos);
}
