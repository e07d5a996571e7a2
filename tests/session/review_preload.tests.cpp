// The review the application opens at start is read on another thread while the window is
// built: it must be exactly what the usual read gives, and any failure must leave the usual
// path to run (and report it).
#include "session_support.hpp"

#include "app/session/demo_loader.hpp"
#include "app/session/resource_paths.hpp"
#include "app/session/review_preload.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;

namespace {

storage::ReviewSummary summary(storage::RowId id)
{
    storage::ReviewSummary review;
    review.id = id;
    return review;
}

storage::Repository demoRepository(const std::string& file)
{
    auto repository = storage::Repository::open(file);
    const auto resources = session::sourceLayout(CCG_SOURCE_DIR);
    session::importDemo(repository, resources.checklist, resources.demoDir);
    return repository;
}

}  // namespace

TEST_CASE("The review to open is the one last opened while it exists, else the first listed", "[session][preload]")
{
    const std::vector<storage::ReviewSummary> reviews{summary(7), summary(3), summary(5)};
    CHECK(session::reviewToOpen(reviews, std::nullopt) == 7);
    CHECK(session::reviewToOpen(reviews, 5) == 5);
    CHECK(session::reviewToOpen(reviews, 4) == 7);  // deleted since
    CHECK_FALSE(session::reviewToOpen({}, 5));
}

TEST_CASE("The preloaded review is what reading it on the main connection gives", "[session][preload]")
{
    test::TempDir dir;
    auto repository = demoRepository(dir.file("demo.sqlite"));
    const auto listed = repository.listReviews();
    REQUIRE(listed.size() == 2);
    const storage::RowId older = listed.back().id;

    session::ReviewPreload preload(repository, older);
    auto result = preload.take();
    REQUIRE(result);
    CHECK(result->reviews.size() == 2);
    REQUIRE(result->review);
    const storage::StoredReview direct = repository.loadReview(older);
    CHECK(result->review->summary.id == older);
    CHECK(result->review->summary.info.id == direct.summary.info.id);
    CHECK(result->review->assessment.answers.size() == direct.assessment.answers.size());
    CHECK(result->review->actions.size() == direct.actions.size());
    CHECK(result->review->checklist->itemCount() == direct.checklist->itemCount());
    CHECK_FALSE(preload.take());  // handed over once
}

TEST_CASE("A database without reviews preloads to nothing to open", "[session][preload]")
{
    test::TempDir dir;
    auto repository = storage::Repository::open(dir.file("empty.sqlite"));
    session::ReviewPreload preload(repository, std::nullopt);
    auto result = preload.take();
    REQUIRE(result);
    CHECK(result->reviews.empty());
    CHECK_FALSE(result->review);
}

TEST_CASE("Without a second connection the preload gives nothing and the usual path runs", "[session][preload]")
{
    auto repository = storage::Repository::openInMemory();
    session::ReviewPreload preload(repository, std::nullopt);
    CHECK_FALSE(preload.take());
}

TEST_CASE("A review opened from the preload takes edits, its checklist not read again", "[session][preload]")
{
    test::TempDir dir;
    demoRepository(dir.file("demo.sqlite"));
    auto repository = storage::Repository::open(dir.file("demo.sqlite"));  // as at start: nothing read yet
    session::ReviewPreload preload(repository, std::nullopt);
    auto result = preload.take();
    REQUIRE(result);
    REQUIRE(result->review);
    const auto checklist = result->review->checklist;
    const storage::RowId checklistRow = result->review->summary.checklistRowId;

    session::ReviewSession session(repository, session::sourceLayout(CCG_SOURCE_DIR).checklist);
    session.openReview(std::move(*result->review));
    // The main connection took the parsed checklist rather than parsing it again.
    CHECK(repository.loadChecklist(checklistRow) == checklist);
    const std::string item = session.checklist().domains.front().items.front().id;
    session.rate(item, Rating::at(1));
    CHECK(session.currentRating(item)->level == 1);
    CHECK(repository.loadReview(session.review().id).assessment.findAnswer(item, session.currentRater()));
}

TEST_CASE("A preloaded copy of the open review is read again, so it shows the latest edits", "[session][preload]")
{
    test::TempDir dir;
    auto repository = demoRepository(dir.file("demo.sqlite"));
    session::ReviewPreload preload(repository, std::nullopt);
    auto result = preload.take();
    REQUIRE(result);
    REQUIRE(result->review);
    session::ReviewSession session(repository, session::sourceLayout(CCG_SOURCE_DIR).checklist);
    session.openReview(result->review->summary.id);
    const std::string item = session.checklist().domains.front().items.front().id;
    session.rate(item, Rating::notApplicable());

    session.openReview(std::move(*result->review));  // read before the rating
    REQUIRE(session.currentRating(item));
    CHECK(session.currentRating(item)->isNotApplicable());
}
