// Nothing acknowledged is lost: killed writers, a full disk, a second instance, backups.
#include "app/storage/database.hpp"
#include "app/storage/statement.hpp"
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include <csignal>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <thread>

using namespace ccg;
using namespace ccg::storage;

namespace {

const std::vector<std::string> kItems{"gov-01", "gov-02", "eng-01", "eng-02"};

/// Runs in the forked child: writes from `first` on, acknowledging each committed write.
[[noreturn]] void writeForever(const std::string& path, RowId reviewId, int first, int ackFd)
{
    try {
        auto repository = Repository::open(path);
        for (int n = first;; ++n) {
            if (n % 2 == 0)
                repository.setAnswer(reviewId, {kItems[static_cast<std::size_t>(n / 2) % kItems.size()], "chair",
                                                Rating::at(n % 5), "write " + std::to_string(n), ""});
            else
                repository.addAction(reviewId, {"gov-01", "", "", ActionStatus::Open, "write " + std::to_string(n)});
            if (write(ackFd, &n, sizeof n) != sizeof n)
                _exit(3);
        }
    } catch (...) {
        _exit(2);
    }
}

int numberIn(const std::string& text)
{
    return std::stoi(text.substr(text.find(' ') + 1));
}

std::string integrityOf(const std::string& path)
{
    sql::Database db(path, sql::OpenMode::ReadOnly);
    sql::Statement check(db, "PRAGMA integrity_check");
    return check.step() ? check.getText(0) : "no answer";
}

}  // namespace

TEST_CASE("Killing a writer at random moments loses no acknowledged write", "[storage][durability]")
{
    test::TempDir dir;
    const std::string path = dir.file("crash.sqlite");
    RowId reviewId = 0;
    {
        test::MiniDatabase db(Repository::open(path));
        reviewId = db.reviewId;
    }
    std::mt19937 random(20140301);
    std::uniform_int_distribution<int> delayMicros(500, 30000);
    int next = 0;
    std::map<std::string, int> lastAnswer;  // item -> last acknowledged answer write
    std::vector<int> actions;               // every acknowledged action write
    int acknowledged = 0;
    constexpr int kRounds = 40;
    for (int round = 0; round < kRounds; ++round) {
        int pipeFds[2];
        REQUIRE(pipe(pipeFds) == 0);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            close(pipeFds[0]);
            writeForever(path, reviewId, next, pipeFds[1]);
        }
        close(pipeFds[1]);
        const auto acknowledge = [&](int n) {
            ++acknowledged;
            if (n % 2 == 0)
                lastAnswer[kItems[static_cast<std::size_t>(n / 2) % kItems.size()]] = n;
            else
                actions.push_back(n);
            next = n + 1;
        };
        int n = 0;
        // Every other round kills only once writing is under way, however slow the machine;
        // the rest at any moment, opening included.
        if (round % 2 == 0 && read(pipeFds[0], &n, sizeof n) == sizeof n)
            acknowledge(n);
        std::this_thread::sleep_for(std::chrono::microseconds(delayMicros(random)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status));
        while (read(pipeFds[0], &n, sizeof n) == sizeof n)
            acknowledge(n);
        close(pipeFds[0]);
        // The write in flight may or may not have landed: skip past it.
        next += 2;

        REQUIRE(integrityOf(path) == "ok");
        const auto repository = Repository::open(path);
        const auto stored = repository.loadReview(reviewId);
        for (const auto& [item, written] : lastAnswer) {
            const Answer* answer = stored.assessment.findAnswer(item, "chair");
            REQUIRE(answer);
            const int found = numberIn(answer->note);
            CHECK(found >= written);
            CHECK(answer->rating == Rating::at(found % 5));
        }
        std::vector<int> stored_actions;
        for (const auto& action : stored.assessment.actions)
            stored_actions.push_back(numberIn(action.text));
        for (const int written : actions)
            CHECK(std::find(stored_actions.begin(), stored_actions.end(), written) != stored_actions.end());
    }
    CHECK(acknowledged >= kRounds / 2);
}

TEST_CASE("A full disk gives a clear error, writes nothing and the database still opens", "[storage][durability]")
{
    test::TempDir dir;
    const std::string path = dir.file("full.sqlite");
    RowId reviewId = 0;
    {
        test::MiniDatabase db(Repository::open(path));
        reviewId = db.reviewId;
    }
    OpenOptions options;
    options.maxPageCount = 40;
    auto repository = Repository::open(path, options);
    const auto auditBefore = repository.listAudit().size();
    std::string message;
    int written = 0;
    try {
        for (; written < 1000; ++written)
            repository.setNote(reviewId, "chair", kItems[static_cast<std::size_t>(written) % 4],
                                std::string(3000, static_cast<char>('a' + written % 26)));
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageErrorKind::Full);
        message = error.what();
    }
    REQUIRE(written < 1000);
    CHECK(message.find("full") != std::string::npos);
    CHECK(message.find("nothing was saved") != std::string::npos);
    // Every acknowledged change is there with its audit entry, and the failed one left no trace.
    const auto audit = repository.listAudit({std::nullopt, 100000});
    CHECK(audit.size() == auditBefore + static_cast<std::size_t>(written));
    // Still readable; reopened without the cap it takes changes again.
    CHECK(repository.listReviews().size() == 1);
    repository = Repository::open(path);
    CHECK(integrityOf(path) == "ok");
    repository.setRating(reviewId, "ao", "gov-01", Rating::at(1));
    const auto stored = repository.loadReview(reviewId);
    REQUIRE(written > 0);
    const int last = written - 1;
    const auto& drafts = stored.drafts;
    const auto found = std::find_if(drafts.begin(), drafts.end(), [&](const AnswerDraft& draft) {
        return draft.item == kItems[static_cast<std::size_t>(last) % 4] && draft.rater == "chair";
    });
    REQUIRE(found != drafts.end());
    CHECK(found->note == std::string(3000, static_cast<char>('a' + last % 26)));
    CHECK(stored.assessment.findAnswer("gov-01", "ao"));
}

TEST_CASE("A second instance waits, then says the database is in use", "[storage][durability]")
{
    test::TempDir dir;
    const std::string path = dir.file("busy.sqlite");
    RowId reviewId = 0;
    {
        test::MiniDatabase db(Repository::open(path));
        reviewId = db.reviewId;
    }
    OpenOptions options;
    options.busyTimeoutMs = 200;
    auto repository = Repository::open(path, options);
    {
        sql::Database other(path, sql::OpenMode::ReadWrite);
        other.exec("BEGIN IMMEDIATE");
        const auto start = std::chrono::steady_clock::now();
        try {
            repository.setRating(reviewId, "chair", "gov-01", Rating::at(2));
            FAIL("wrote while another instance held the lock");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageErrorKind::Busy);
            CHECK(std::string(error.what()).find("in use by another program") != std::string::npos);
        }
        CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(150));
        // Reading goes on while the other instance writes.
        CHECK(repository.listReviews().size() == 1);
        CHECK_THROWS_AS(Repository::open(path, options), StorageError);
        other.exec("ROLLBACK");
    }
    repository.setRating(reviewId, "chair", "gov-01", Rating::at(2));
    CHECK(repository.loadReview(reviewId).assessment.answers.size() == 1);
}

TEST_CASE("A backup taken while the database is in use opens with the same data", "[storage][durability]")
{
    test::TempDir dir;
    test::MiniDatabase db(Repository::open(dir.file("live.sqlite")));
    db.repository.setRating(db.reviewId, "chair", "gov-01", Rating::at(3));
    db.repository.backupTo(dir.file("backup.sqlite"));
    db.repository.setRating(db.reviewId, "chair", "gov-01", Rating::at(4));
    CHECK_FALSE(std::filesystem::exists(dir.file("backup.sqlite-wal")));
    const auto backup = Repository::open(dir.file("backup.sqlite"));
    CHECK(backup.loadReview(db.reviewId).assessment.findAnswer("gov-01", "chair")->rating == Rating::at(3));
    CHECK(integrityOf(dir.file("backup.sqlite")) == "ok");
    CHECK_THROWS_AS(db.repository.backupTo(dir.file("live.sqlite")), StorageError);
    CHECK_THROWS_AS(db.repository.backupTo(dir.file("no/such/folder/backup.sqlite")), StorageError);
}
