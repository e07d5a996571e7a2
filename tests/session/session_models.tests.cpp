// The plain data the panels show: dashboard, item marks, navigation and find, the demo data
// and where resources are found.
#include "session_support.hpp"

#include "app/session/dashboard_model.hpp"
#include "app/session/demo_loader.hpp"
#include "app/session/item_navigator.hpp"
#include "app/session/item_status.hpp"
#include "app/session/resource_paths.hpp"
#include "checklists/checklist_loader.hpp"
#include "checklists/words.hpp"
#include "process_runner.hpp"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <filesystem>

using namespace ccg;
using Catch::Approx;

TEST_CASE("The dashboard shows the scoring engine's scores, target and previous series", "[session][dashboard]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& session = fixture.session;
    session.rate("gov-01", Rating::at(2));  // below its target of 3, and critical
    session.rate("eng-01", Rating::notApplicable());
    const auto board = session.dashboard(*parseIsoDate("2014-07-01"));

    const ScoreResult& scores = session.scores();
    CHECK(board.overall.score == scores.overall);
    CHECK(board.overall.rag == scores.overallRag);
    REQUIRE(board.domains.size() == 2);
    CHECK(board.domains[0].title == "Governance");
    CHECK(board.domains[0].score == scores.domains[0].score);
    CHECK(board.domains[0].detail == "1 of 2 answered, 1 critical below target");
    CHECK(board.completeness == Approx(50.0));
    REQUIRE(board.radar.size() == 2);  // no previous review
    CHECK(board.radar[0].name == "This review");
    // At target: gov-01 3/4 (w2), gov-02 4/4 (w1) -> 100 * 2.5 / 3; engagement: eng-02 at 2/4 only.
    CHECK(*board.radar[1].values[0] == Approx(250.0 / 3.0));
    CHECK(*board.radar[1].values[1] == Approx(50.0));
    REQUIRE_FALSE(board.topGaps.empty());
    CHECK(board.topGaps.front().itemId == scores.gaps.front().itemId);
}

TEST_CASE("An action is overdue only while open or in progress and past its date", "[session][dashboard]")
{
    using Row = std::tuple<std::string, ActionStatus, std::string, bool>;
    const auto [due, status, today, overdue] = GENERATE(table<std::string, ActionStatus, std::string, bool>({
        Row{"2014-06-30", ActionStatus::Open, "2014-07-01", true},
        Row{"2014-06-30", ActionStatus::InProgress, "2014-07-01", true},
        Row{"2014-06-30", ActionStatus::Open, "2014-06-30", false},
        Row{"2014-06-30", ActionStatus::Done, "2015-01-01", false},
        Row{"2014-06-30", ActionStatus::Dropped, "2015-01-01", false},
        Row{"", ActionStatus::Open, "2015-01-01", false},
    }));
    CHECK(actionState(Action{"gov-01", "owner", due, status, "text"}, *parseIsoDate(today)).overdue() == overdue);
}

TEST_CASE("Overdue actions are listed oldest first on the dashboard", "[session][dashboard]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    fixture.session.addAction({"gov-02", "Chair", "2014-05-31", ActionStatus::Open, "Later"});
    fixture.session.addAction({"gov-01", "Secretary", "2014-04-30", ActionStatus::InProgress, "Earlier"});
    fixture.session.addAction({"eng-01", "Comms", "2014-03-31", ActionStatus::Done, "Finished"});
    const auto board = fixture.session.dashboard(*parseIsoDate("2014-06-01"));
    REQUIRE(board.overdue.size() == 2);
    CHECK(board.overdue[0].text == "Earlier");
    CHECK(board.overdue[1].text == "Later");
}

TEST_CASE("An item's mark shows the rater's level as RAG, N/A, or a disagreement", "[session]")
{
    const Checklist checklist = loadChecklistOrThrow(test::kMiniChecklist);
    using session::ItemMark;
    CHECK(session::itemMark(checklist, std::nullopt, nullptr) == ItemMark::Unanswered);
    CHECK(session::itemMark(checklist, Rating::notApplicable(), nullptr) == ItemMark::NotApplicable);
    CHECK(session::itemMark(checklist, Rating::at(1), nullptr) == ItemMark::Red);     // 25 %
    CHECK(session::itemMark(checklist, Rating::at(2), nullptr) == ItemMark::Amber);   // 50 % is amber
    CHECK(session::itemMark(checklist, Rating::at(3), nullptr) == ItemMark::Green);   // 75 % is green
    ItemScore disputed;
    disputed.disagreement = true;
    CHECK(session::itemMark(checklist, Rating::at(3), &disputed) == ItemMark::Disagreement);
    CHECK(session::itemMark(checklist, Rating::at(3), &disputed, true) == ItemMark::Green);  // settled by the board
    CHECK(words::ragWord(Rag::Amber) == "Amber");
    CHECK(words::ragWord(Rag::None) == "No score");
}

TEST_CASE("Arrow and page moves go item by item and domain by domain", "[session][navigation]")
{
    const Checklist checklist = loadChecklistOrThrow(test::kMiniChecklist);
    const session::ItemNavigator navigator(checklist);
    CHECK(navigator.first() == "gov-01");
    CHECK(navigator.next("gov-01") == "gov-02");
    CHECK(navigator.next("gov-02") == "eng-01");
    CHECK(navigator.next("eng-02") == "eng-02");
    CHECK(navigator.previous("gov-01") == "gov-01");
    CHECK(navigator.previous("eng-01") == "gov-02");
    CHECK(navigator.nextDomain("gov-01") == "eng-01");
    CHECK(navigator.nextDomain("eng-01") == "eng-02");
    CHECK(navigator.previousDomain("eng-02") == "eng-01");
    CHECK(navigator.previousDomain("eng-01") == "gov-01");
    CHECK(navigator.previousDomain("gov-02") == "gov-01");
}

TEST_CASE("Find matches ids and texts, ignoring case, and wraps round", "[session][navigation]")
{
    const Checklist checklist = loadChecklistOrThrow(test::kMiniChecklist);
    const session::ItemNavigator navigator(checklist);
    CHECK(navigator.find("PUBLIC", "") == "eng-01");
    CHECK(navigator.find("public", "eng-01") == "eng-01");  // the only match, found again after wrapping
    CHECK(navigator.find("eng-02", "") == "eng-02");
    CHECK(navigator.find("register", "") == "gov-01");        // in the guidance
    CHECK(navigator.find("clinical leadership", "") == "gov-01");  // in the citation
    CHECK_FALSE(navigator.find("no such words", ""));
    CHECK_FALSE(navigator.find("", ""));
}

TEST_CASE("The demo organisation imports once, with 2014 following 2013", "[session][demo]")
{
    auto repository = storage::Repository::openInMemory();
    const auto resources = session::sourceLayout(CCG_SOURCE_DIR);
    const auto first = session::importDemo(repository, resources.checklist, resources.demoDir);
    const auto again = session::importDemo(repository, resources.checklist, resources.demoDir);
    CHECK(first == again);
    const auto reviews = repository.listReviews();
    REQUIRE(reviews.size() == 2);
    const auto later = repository.loadReview(first);
    CHECK(later.summary.info.id == "2014-q1");
    REQUIRE(later.summary.previousReviewId);
    CHECK(repository.loadReview(*later.summary.previousReviewId).summary.info.id == "2013-q1");
}

TEST_CASE("Resources are found beside an installed binary, else in the source tree", "[session]")
{
    test::TempDir dir;
    const std::filesystem::path root(dir.path());
    const std::filesystem::path binary = root / "bin" / "ccg-selfassess";
    std::filesystem::create_directories(binary.parent_path());
    CHECK(session::locateResources(binary).checklist == session::sourceLayout(CCG_SOURCE_DIR).checklist);

    const auto share = root / "share" / "ccg-selfassess";
    std::filesystem::create_directories(share / "checklists");
    test::writeFile((share / "checklists" / "ccg-commissioning-2013.xml").string(), "<checklist/>");
    const auto found = session::locateResources(binary);
    CHECK(std::filesystem::equivalent(found.checklist, share / "checklists" / "ccg-commissioning-2013.xml"));
    CHECK(found.demoDir.filename() == "demo");
    CHECK(found.guide == found.checklist.parent_path().parent_path() / "guide" / "guide.html");
}

TEST_CASE("The user guide lies in the source tree where the build finds it", "[session]")
{
    const auto resources = session::sourceLayout(CCG_SOURCE_DIR);
    CHECK(std::filesystem::is_regular_file(resources.guide));
    CHECK(resources.guide == std::filesystem::path(CCG_SOURCE_DIR) / "resources" / "guide" / "guide.html");
    CHECK(session::installedLayout("/usr/share/ccg-selfassess").guide ==
          "/usr/share/ccg-selfassess/guide/guide.html");
}
