// The record of a review (PRODUCT.md §12): Repository::reviewHistory.
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace ccg;
using namespace ccg::storage;
using namespace ccg::test;

namespace {

/// "table field key" of each entry, newest first, to compare with a list.
std::vector<std::string> shape(const std::vector<AuditEntry>& entries)
{
    std::vector<std::string> shown;
    for (const auto& entry : entries)
        shown.push_back(entry.table + " " + entry.field + " " + entry.key);
    return shown;
}

}  // namespace

TEST_CASE("A review's history lists its changes newest first, each with its item", "[storage][history]")
{
    OpenOptions options;
    options.user = "governance-lead";
    MiniDatabase db(Repository::openInMemory(options));
    auto& repo = db.repository;
    const RowId other = repo.createReview(newReview(db.organisationId, db.checklistRow, {"2015", "Next", "2015-03-01"}));
    repo.setRating(other, "", "gov-01", Rating::at(1));  // another review's change is not in this one's record
    repo.setRating(db.reviewId, "chair", "gov-01", Rating::at(2));
    repo.setNote(db.reviewId, "chair", "gov-01", "Minutes of March");
    repo.setTarget(db.reviewId, "gov-02", 4);
    repo.setAgreed(db.reviewId, "gov-01", Rating::notApplicable());
    const RowId action = repo.addAction(db.reviewId, {"eng-01", "", "", ActionStatus::Open, "Hold a public meeting"});
    repo.updateAction(action, {"eng-01", "Chair", "", ActionStatus::InProgress, "Hold a public meeting"});

    const auto entries = repo.reviewHistory(db.reviewId);
    const std::string id = std::to_string(action);
    CHECK(shape(entries) == std::vector<std::string>{
                                "actions status " + id, "actions owner " + id, "actions row " + id,
                                "agreed_ratings rating gov-01", "target_overrides level gov-02",
                                "answers note gov-01", "answers rating gov-01", "raters row ao", "raters row chair",
                                "reviews row 2014-q1"});
    CHECK(entries[0].item == "eng-01");
    CHECK(entries[0].oldValue == "open");
    CHECK(entries[0].newValue == "in-progress");
    CHECK(entries[3].item == "gov-01");
    CHECK(entries[3].newValue == "n/a");
    CHECK(entries[6].rater == "chair");
    CHECK(entries[6].user == "governance-lead");
    CHECK(entries[6].oldValue == std::nullopt);
    CHECK(entries[6].newValue == "2");
    CHECK(entries[7].item.empty());
    CHECK(entries[9].item.empty());
    for (std::size_t i = 1; i < entries.size(); ++i)
        CHECK(entries[i - 1].at >= entries[i].at);
}

TEST_CASE("An item's history holds only that item's changes, its actions' included", "[storage][history]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    repo.setRating(db.reviewId, "chair", "gov-01", Rating::at(2));
    repo.setRating(db.reviewId, "ao", "gov-02", Rating::at(3));
    repo.setAgreed(db.reviewId, "gov-01", Rating::at(2));
    repo.setRationale(db.reviewId, "gov-01", "As minuted");
    repo.setDissent(db.reviewId, "gov-01", "ao", std::string("Too generous"));
    const RowId kept = repo.addAction(db.reviewId, {"gov-01", "", "", ActionStatus::Open, "Refresh the register"});
    const RowId moved = repo.addAction(db.reviewId, {"gov-01", "", "", ActionStatus::Open, "Train the board"});
    repo.updateAction(moved, {"gov-02", "", "", ActionStatus::Open, "Train the board"});
    const RowId gone = repo.addAction(db.reviewId, {"eng-01", "", "", ActionStatus::Open, "Survey"});
    repo.updateAction(gone, {"gov-01", "", "", ActionStatus::Open, "Survey"});
    repo.deleteAction(gone);

    const auto entries = repo.reviewHistory(db.reviewId, std::string("gov-01"));
    const std::string k = std::to_string(kept), m = std::to_string(moved), g = std::to_string(gone);
    CHECK(shape(entries) == std::vector<std::string>{
                                "actions row " + g, "actions item " + g, "actions row " + g,
                                "actions item " + m, "actions row " + k, "dissents text gov-01",
                                "agreed_ratings rationale gov-01", "agreed_ratings rating gov-01",
                                "answers rating gov-01"});
    for (const auto& entry : entries)
        if (entry.field != "item" || entry.key != m)
            CHECK(entry.item == "gov-01");
    CHECK(entries[3].item == "gov-02");
    CHECK(entries[3].oldValue == "gov-01");
    CHECK(entries[5].rater == "ao");
    CHECK(entries[5].newValue == "Too generous");

    CHECK(shape(repo.reviewHistory(db.reviewId, std::string("eng-02"))).empty());
}

TEST_CASE("History of a review or item that does not exist is refused", "[storage][history]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    CHECK(kindOf([&] { (void)repo.reviewHistory(db.reviewId + 100); }) == StorageErrorKind::NotFound);
    CHECK(kindOf([&] { (void)repo.reviewHistory(db.reviewId, std::string("gov-99")); }) == StorageErrorKind::Invalid);
    CHECK(kindOf([&] { (void)repo.reviewHistory(db.reviewId, std::string("")); }) == StorageErrorKind::Invalid);
    try {
        (void)repo.reviewHistory(db.reviewId + 100);
    } catch (const StorageError& error) {
        CHECK(std::string(error.what()) == "no review #" + std::to_string(db.reviewId + 100));
    }
}

TEST_CASE("Hostile text in the record comes back byte for byte", "[storage][history]")
{
    MiniDatabase db(Repository::openInMemory());
    auto& repo = db.repository;
    const std::string hostile = "=cmd|' /C calc'!A0, \"quoted\"\n<script>alert(1)</script>'; DROP TABLE audit_log; --";
    repo.setNote(db.reviewId, "chair", "gov-01", hostile);
    const auto entries = repo.reviewHistory(db.reviewId, std::string("gov-01"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].newValue == hostile);
    CHECK(repo.reviewHistory(db.reviewId).size() == 4);
}
