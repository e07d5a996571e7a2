// Every face formats the one analysis: the command line's JSON, the board paper's model and the
// dashboard show the numbers ReviewAnalysis holds, for generated reviews.
#include "app/session/dashboard_model.hpp"
#include "checklists/review_analysis.hpp"
#include "checklists/score_json.hpp"
#include "reports/report_model.hpp"

#include "../checklists/random_review.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

using namespace ccg;
using Catch::Approx;
using Json = nlohmann::json;

namespace {

constexpr int kCases = 150;

void checkSame(const Json& value, const std::optional<double>& expected)
{
    REQUIRE(value.is_null() == !expected.has_value());
    if (expected)
        CHECK(value.get<double>() == Approx(*expected).margin(1e-9));
}

void addActions(Assessment& assessment, const Checklist& checklist, std::mt19937& rng)
{
    const auto& items = checklist.domains.front().items;
    const char* dues[] = {"", "2014-01-31", "2014-03-01", "2014-03-20", "2015-01-01"};
    const ActionStatus statuses[] = {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
                                     ActionStatus::Dropped};
    const int count = static_cast<int>(rng() % 5);
    for (int i = 0; i < count; ++i)
        assessment.actions.push_back({items[rng() % items.size()].id, "Owner", dues[rng() % 5], statuses[rng() % 4],
                                      "Action " + std::to_string(i)});
}

}  // namespace

TEST_CASE("The JSON, the board paper and the dashboard show the analysis' numbers", "[analysis][property]")
{
    std::mt19937 rng(20141);
    const Date asOf = *parseIsoDate("2014-03-01");
    for (int n = 0; n < kCases; ++n) {
        auto review = test::randomReview(rng);
        const auto earlier = test::randomReview(rng);
        addActions(review.assessment, review.checklist, rng);
        const bool withEarlier = rng() % 3 != 0;
        const EarlierReview previous{earlier.checklist, earlier.assessment};
        const ReviewAnalysis analysis =
            analyse(review.checklist, review.assessment, withEarlier ? &previous : nullptr, asOf);
        const ScoreResult& scores = analysis.current;
        INFO("case " << n);

        // The command line's JSON.
        const Json json = Json::parse(scoreJson(review.checklist, review.assessment, analysis));
        checkSame(json["overall"]["score"], scores.overall);
        CHECK(json["overall"]["rag"] == toString(scores.overallRag));
        CHECK(json["completeness"].get<double>() == Approx(scores.completeness));
        REQUIRE(json["domains"].size() == scores.domains.size());
        for (std::size_t d = 0; d < scores.domains.size(); ++d) {
            checkSame(json["domains"][d]["score"], scores.domains[d].score);
            CHECK(json["domains"][d]["rag"] == toString(scores.domains[d].rag));
        }
        REQUIRE(json["items"].size() == scores.itemScores.size());
        for (std::size_t i = 0; i < scores.itemScores.size(); ++i) {
            const ItemScore& item = scores.itemScores[i];
            CHECK(json["items"][i]["disagreement"] == item.disagreement);
            checkSame(json["items"][i]["priority"], item.priority);
        }
        CHECK(json["gaps"].size() == scores.gaps.size());

        // The board paper.
        const reports::ReportInput input{review.checklist, review.assessment, withEarlier ? &earlier.assessment : nullptr,
                                         asOf, withEarlier ? &earlier.checklist : nullptr};
        const reports::ReportModel model = reports::buildReportModel(input);
        CHECK(model.result.overall == scores.overall);
        CHECK(model.result.overallRag == scores.overallRag);
        REQUIRE(model.domains.size() == scores.domains.size());
        for (std::size_t d = 0; d < model.domains.size(); ++d) {
            CHECK(model.domains[d].score.score == scores.domains[d].score);
            CHECK(model.domains[d].targetScore == analysis.target.domains[d]);
            CHECK(model.domains[d].previousScore == analysis.domainTrends[d].before);
            CHECK(model.domains[d].change == analysis.domainTrends[d].change);
        }
        CHECK(model.trend.hasPrevious == analysis.earlier.has_value());
        if (analysis.earlier) {
            CHECK(model.trend.facts.scores.overall == analysis.earlier->scores.overall);
            CHECK(model.trend.facts.scores.overall == score(earlier.checklist, earlier.assessment).overall);
            CHECK(model.trend.facts.overall.itemsImproved == analysis.earlier->overall.itemsImproved);
            CHECK(model.trend.facts.overall.itemsDeclined == analysis.earlier->overall.itemsDeclined);
        }
        CHECK(model.gaps.size() == scores.gaps.size());
        CHECK(model.overdueActions == analysis.overdueActions);
        CHECK(model.liveActions == analysis.liveActions);
        REQUIRE(model.actions.size() == analysis.actions.size());
        for (std::size_t a = 0; a < model.actions.size(); ++a)
            CHECK(model.actions[a].state == analysis.actions[a]);

        // The dashboard.
        const session::Dashboard board = session::buildDashboard(review.checklist, review.assessment, analysis);
        CHECK(board.overall.score == scores.overall);
        CHECK(board.completeness == scores.completeness);
        REQUIRE(board.domains.size() == scores.domains.size());
        for (std::size_t d = 0; d < board.domains.size(); ++d)
            CHECK(board.domains[d].score == scores.domains[d].score);
        REQUIRE(board.radar.size() == (analysis.earlier ? 3u : 2u));
        CHECK(board.radar[1].values == analysis.target.domains);
        CHECK(board.overdue.size() == static_cast<std::size_t>(analysis.overdueActions));
        CHECK(board.radar == model.radar);
    }
}
