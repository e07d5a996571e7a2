// storage_bench: autosave latency of one answer, and a large portfolio created and listed.
// Baseline measured side by side: a bare durable SQLite commit of one row (WAL,
// synchronous=FULL), the floor any autosave pays.
//   storage_bench [--quick]      (--quick: 1,000 edits and 100 reviews)
#include "app/storage/database.hpp"
#include "app/storage/repository.hpp"
#include "app/storage/statement.hpp"
#include "app/storage/transaction.hpp"
#include "checklists/checklist_loader.hpp"
#include "checklists/xml_document.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ccg;
using namespace ccg::storage;
using Clock = std::chrono::steady_clock;

namespace {

double millisSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Percentiles {
    double median = 0;
    double p99 = 0;
};

Percentiles percentiles(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[std::min(samples.size() - 1, samples.size() * 99 / 100)]};
}

std::vector<std::string> itemIds(const Checklist& checklist, std::size_t count)
{
    std::vector<std::string> ids;
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            if (ids.size() < count)
                ids.push_back(item.id);
    return ids;
}

Percentiles bareCommits(const std::filesystem::path& path, int count)
{
    sql::Database db(path.string(), sql::OpenMode::ReadWriteCreate);
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA synchronous=FULL");
    db.exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER)");
    sql::Statement upsert(db, "INSERT OR REPLACE INTO t (k, v) VALUES (?, ?)");
    std::vector<double> samples;
    for (int i = 0; i < count; ++i) {
        const auto start = Clock::now();
        sql::Transaction transaction(db);
        upsert.bind(1, i % 60).bind(2, i);
        upsert.run();
        transaction.commit();
        samples.push_back(millisSince(start));
    }
    return percentiles(samples);
}

Percentiles autosaves(const std::filesystem::path& path, RowId checklistRow, const std::vector<std::string>& items,
                      int count)
{
    auto repository = Repository::open(path);
    const RowId organisation = repository.createOrganisation({"00Q", "NHS Bench CCG"});
    NewReview review;
    review.organisationId = organisation;
    review.checklistRowId = checklistRow;
    review.info = {"2014-q1", "Autosave", "2014-03-01"};
    const RowId reviewId = repository.createReview(review);
    for (int r = 0; r < 8; ++r)
        repository.addRater(reviewId, {"rater-" + std::to_string(r), "Rater " + std::to_string(r), ""});
    std::vector<double> samples;
    for (int i = 0; i < count; ++i) {
        const auto start = Clock::now();
        // Each (rater, item) pair comes round every 480 edits with a different level, so
        // every edit really changes the answer and commits.
        const auto item = items[static_cast<std::size_t>(i / 8) % items.size()];
        repository.setRating(reviewId, "rater-" + std::to_string(i % 8), item, Rating::at((i / 480) % 5));
        samples.push_back(millisSince(start));
    }
    return percentiles(samples);
}

}  // namespace

int main(int argc, char** argv)
{
    const bool quick = argc > 1 && std::string(argv[1]) == "--quick";
    const int edits = quick ? 1000 : 10000;
    const int reviews = quick ? 100 : 1000;
    const auto dir = std::filesystem::temp_directory_path() / ("ccg-storage-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);

    Diagnostics errors;
    const std::string checklistPath = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
    const auto definition = xml::readBoundedFile(checklistPath, errors);
    const Checklist checklist = loadChecklistOrThrow(checklistPath);
    const auto items = itemIds(checklist, 60);

    const auto bare = bareCommits(dir / "bare.sqlite", edits);
    RowId checklistRow = 0;
    {
        auto repository = Repository::open(dir / "autosave.sqlite");
        checklistRow = repository.storeChecklist(*definition, checklistPath);
    }
    const auto save = autosaves(dir / "autosave.sqlite", checklistRow, items, edits);
    std::printf("autosave of one answer (%d edits): median %.3f ms, p99 %.3f ms\n", edits, save.median, save.p99);
    std::printf("  bare durable commit:             median %.3f ms, p99 %.3f ms  (autosave = %.2fx median)\n",
                bare.median, bare.p99, save.median / bare.median);

    // Portfolio: reviews x 60 items x 8 raters, 100 organisations.
    const auto portfolio = dir / "portfolio.sqlite";
    auto repository = Repository::open(portfolio);
    checklistRow = repository.storeChecklist(*definition, checklistPath);
    std::mt19937 random(2013);
    auto start = Clock::now();
    for (int n = 0; n < reviews; ++n) {
        Assessment assessment;
        assessment.checklistId = checklist.id;
        assessment.checklistVersion = checklist.version;
        assessment.organisation = Organisation{"O" + std::to_string(n % 100), "NHS Organisation " + std::to_string(n % 100)};
        assessment.review = ReviewInfo{"r" + std::to_string(n / 100), "Review " + std::to_string(n),
                                       std::to_string(2013 + n / 100) + "-03-01"};
        for (int r = 0; r < 8; ++r)
            assessment.raters.push_back({"rater-" + std::to_string(r), "Rater " + std::to_string(r), "Member"});
        for (const auto& item : items)
            for (int r = 0; r < 8; ++r)
                assessment.answers.push_back({item, "rater-" + std::to_string(r),
                                              random() % 10 == 0 ? Rating::notApplicable()
                                                                 : Rating::at(static_cast<int>(random() % 5)),
                                              "", ""});
        repository.importAssessment(assessment, checklistRow);
    }
    const double createMs = millisSince(start);
    std::printf("portfolio of %d reviews x 60 items x 8 raters: created in %.0f ms (%.2f ms per review), file %.1f MiB\n",
                reviews, createMs, createMs / reviews,
                static_cast<double>(std::filesystem::file_size(portfolio)) / (1 << 20));

    std::vector<double> listSamples;
    std::size_t listed = 0;
    for (int i = 0; i < 5; ++i) {
        start = Clock::now();
        listed = repository.listReviews().size();
        listSamples.push_back(millisSince(start));
    }
    std::printf("list all %zu reviews with score and completeness: median %.1f ms of 5 (target < 300 ms)\n", listed,
                percentiles(listSamples).median);
    {
        sql::Database raw(portfolio.string(), sql::OpenMode::ReadWrite);
        raw.exec("DELETE FROM review_scores");
    }
    start = Clock::now();
    listed = repository.listReviews().size();
    std::printf("  same list with every cached score stale (rescored, cache refilled): %.0f ms\n", millisSince(start));
    start = Clock::now();
    {
        sql::Database raw(portfolio.string(), sql::OpenMode::ReadOnly);
        sql::Statement select(raw, "SELECT id, review_key, title FROM reviews");
        while (select.step()) {
        }
    }
    std::printf("  baseline: bare SELECT of the review rows: %.1f ms\n", millisSince(start));

    start = Clock::now();
    {
        const auto reopened = Repository::open(portfolio);
    }
    std::printf("open the portfolio database (quick_check, migrations): %.0f ms\n", millisSince(start));

    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    return 0;
}
