// Listing reviews with their figures: kept ones when current, else from analysing the review.
#include "app/session/review_list.hpp"
#include "session_support.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;

TEST_CASE("Reviews list with their score and completeness, kept current after edits", "[session][list]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    auto& repo = fixture.repository;
    auto listed = session::listReviewsWithFigures(repo);
    REQUIRE(listed.size() == 1);
    REQUIRE(listed[0].figures);
    CHECK(listed[0].figures->completeness == 0.0);
    CHECK(listed[0].figures->overall == 0.0);
    CHECK(listed[0].info == ReviewInfo{"2014-q1", "Board self-review", "2014-03-01"});
    CHECK(repo.listReviews()[0].figures == listed[0].figures);  // kept for the next list

    for (const char* item : {"gov-01", "gov-02", "eng-01", "eng-02"})
        repo.setRating(fixture.reviewId, "", item, Rating::at(4));
    listed = session::listReviewsWithFigures(repo, fixture.organisationId);
    REQUIRE(listed[0].figures);
    CHECK(listed[0].figures->completeness == 100.0);
    CHECK(listed[0].figures->overall == 100.0);
    CHECK(listed[0].figures->overallRag == Rag::Green);
    const auto stored = repo.loadReview(fixture.reviewId);
    CHECK(listed[0].figures->overall == score(*stored.checklist, stored.assessment).overall);
}

TEST_CASE("The open review is listed with the session's own figures, without reading it again", "[session][list]")
{
    test::SessionWithReview fixture(storage::Repository::openInMemory());
    fixture.session.rate("gov-01", Rating::at(4));
    const auto listed = fixture.session.listReviews();
    REQUIRE(listed.size() == 1);
    REQUIRE(listed[0].figures);
    CHECK(listed[0].figures->overall == fixture.session.scores().overall);
    CHECK(listed[0].figures->completeness == fixture.session.scores().completeness);
}
