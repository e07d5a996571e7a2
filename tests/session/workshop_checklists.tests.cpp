// The checklists a blank workshop pack can be made of, with or without a review.
#include "app/session/workshop_checklists.hpp"
#include "process_runner.hpp"
#include "session_support.hpp"

#include "checklists/checklist_loader.hpp"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>

using namespace ccg;

namespace {

const std::string kShipped = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";

}  // namespace

TEST_CASE("An empty database offers the shipped checklist for a workshop pack", "[session][workshop]")
{
    auto repository = storage::Repository::openInMemory();
    const auto choices = session::workshopChecklists(repository, kShipped);
    REQUIRE(choices.size() == 1);
    CHECK(choices[0].checklistId == "ccg-commissioning-2013");
    CHECK(choices[0].version == "1.0");
    CHECK(choices[0].shipped);
    CHECK_FALSE(choices[0].stored);
    CHECK(session::preferredWorkshopChecklist(choices, nullptr) == 0);

    test::TempDir dir;
    session::saveWorkshopPack(repository, kShipped, choices[0], dir.file("pack.pdf"));
    CHECK(test::readFile(dir.file("pack.pdf")).rfind("%PDF-", 0) == 0);
}

TEST_CASE("Stored checklists are offered, the shipped one once, the open review's first", "[session][workshop]")
{
    auto repository = storage::Repository::openInMemory();
    repository.storeChecklist(test::readFile(test::kMiniChecklist), "mini-checklist.xml");
    auto choices = session::workshopChecklists(repository, kShipped);
    REQUIRE(choices.size() == 2);
    CHECK(choices[0].checklistId == "mini");
    CHECK(choices[0].stored);
    CHECK(choices[0].label() == "Mini checklist (mini, version 1.0)");
    CHECK(choices[1].shipped);
    // Without a review the shipped checklist comes first; with one, the review's own.
    CHECK(session::preferredWorkshopChecklist(choices, nullptr) == 1);
    const Checklist mini = loadChecklistOrThrow(test::kMiniChecklist);
    CHECK(session::preferredWorkshopChecklist(choices, &mini) == 0);

    repository.storeChecklist(test::readFile(kShipped), "ccg-commissioning-2013.xml");
    choices = session::workshopChecklists(repository, kShipped);
    REQUIRE(choices.size() == 2);  // stored once, not offered twice
    CHECK(choices[1].stored);
    CHECK(choices[1].shipped);
    CHECK(session::preferredWorkshopChecklist(choices, nullptr) == 1);

    test::TempDir dir;
    session::saveWorkshopPack(repository, kShipped, choices[0], dir.file("mini.pdf"));
    CHECK(test::readFile(dir.file("mini.pdf")).rfind("%PDF-", 0) == 0);
}

TEST_CASE("A missing shipped checklist still leaves the stored ones, and none is no crash", "[session][workshop]")
{
    auto repository = storage::Repository::openInMemory();
    const std::string missing = CCG_SOURCE_DIR "/no-such-checklist.xml";
    CHECK(session::workshopChecklists(repository, missing).empty());
    repository.storeChecklist(test::readFile(test::kMiniChecklist), "mini-checklist.xml");
    const auto choices = session::workshopChecklists(repository, missing);
    REQUIRE(choices.size() == 1);
    CHECK(choices[0].checklistId == "mini");
    CHECK(session::preferredWorkshopChecklist(choices, nullptr) == 0);
    // The shipped file gone between listing and saving is an error to show, not a crash.
    const session::WorkshopChecklist shipped{"ccg-commissioning-2013", "1.0", "Gone", std::nullopt, true};
    test::TempDir dir;
    CHECK_THROWS(session::saveWorkshopPack(repository, missing, shipped, dir.file("pack.pdf")));
    CHECK_FALSE(std::filesystem::exists(dir.file("pack.pdf")));
}
