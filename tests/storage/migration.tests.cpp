// Opening databases: migrations from the version-1 fixture, newer and damaged files refused.
#include "app/storage/database.hpp"
#include "app/storage/statement.hpp"
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <climits>
#include <map>
#include <filesystem>
#include <fstream>

using namespace ccg;
using namespace ccg::storage;

namespace {

/// Builds a database file from SQL text, as the sqlite3 shell would.
void buildFromSql(const std::string& path, const std::string& sqlText)
{
    sql::Database db(path, sql::OpenMode::ReadWriteCreate);
    db.exec(sqlText.c_str());
}

/// Every schema object's SQL, in name order: two databases with the same list have the same schema.
std::vector<std::string> schemaOf(const std::string& path)
{
    sql::Database db(path, sql::OpenMode::ReadOnly);
    sql::Statement select(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY name");
    std::vector<std::string> objects;
    while (select.step())
        objects.push_back(select.getText(0) + " " + select.getText(1) + ": " + select.getText(2));
    return objects;
}

int userVersion(const std::string& path)
{
    sql::Database db(path, sql::OpenMode::ReadOnly);
    sql::Statement select(db, "PRAGMA user_version");
    select.step();
    return select.getInt(0);
}

StorageError openError(const std::string& path)
{
    try {
        Repository::open(path);
    } catch (const StorageError& error) {
        return error;
    }
    FAIL("the database opened");
    return StorageError(StorageErrorKind::Other, "");
}

}  // namespace

TEST_CASE("A version-1 database is migrated with all its data", "[storage][migration]")
{
    test::TempDir dir;
    const std::string path = dir.file("v1.sqlite");
    buildFromSql(path, test::readFile(test::kStorageDataDir + "/schema-v1.sql"));
    REQUIRE(userVersion(path) == 1);
    {
        auto repository = Repository::open(path);
        const auto reviews = repository.listReviews();
        REQUIRE(reviews.size() == 2);
        const auto stored = repository.loadReview(*repository.findReview("00Q", "2014-q1"));
        CHECK(stored.summary.status == ReviewStatus::InProgress);
        CHECK(stored.summary.previousReviewId == repository.findReview("00Q", "2013-q1"));
        CHECK(stored.assessment.raters.size() == 2);
        CHECK(stored.assessment.answers.size() == 6);
        CHECK(stored.assessment.findAnswer("gov-01", "chair")->note == "O'Brien & co said \"yes\"");
        CHECK(stored.assessment.findAnswer("eng-02", "")->rating == Rating::at(2));
        CHECK(stored.drafts == std::vector<AnswerDraft>{{"gov-02", "ao", "Draft thoughts before rating", ""}});
        CHECK(stored.assessment.agreed.size() == 1);
        CHECK(stored.assessment.targets.size() == 1);
        REQUIRE(stored.actions.size() == 1);
        CHECK(stored.actions[0].id == 2);
        CHECK(repository.findOrganisation("01A")->organisation.name == "NHS O'Brien & Partners CCG");
        CHECK(repository.listAudit().size() == 1);
        // Scores the same as the mini answers file it mirrors.
        CHECK(score(*stored.checklist, stored.assessment).overall ==
              score(*stored.checklist, test::miniAssessment()).overall);
        repository.setRating(stored.summary.id, "ao", "gov-02", Rating::at(1));
    }
    CHECK(userVersion(path) == Repository::schemaVersion());

    SECTION("the migrated schema is exactly the schema of a new database")
    {
        Repository::open(dir.file("new.sqlite"));
        CHECK(schemaOf(path) == schemaOf(dir.file("new.sqlite")));
    }
}

namespace {

std::vector<std::string> columnsOf(sql::Database& db, const std::string& table)
{
    std::vector<std::string> columns;
    sql::Statement info(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    info.bind(1, table);
    while (info.step())
        columns.push_back(info.getText(0));
    return columns;
}

/// Every row of `table` as text, the given columns joined by '|', sorted.
std::vector<std::string> rowsOf(sql::Database& db, const std::string& table, const std::vector<std::string>& columns)
{
    std::string list;
    for (const auto& column : columns)
        list += (list.empty() ? "" : " || '|' || ") + std::string("coalesce(quote(\"") + column + "\"), 'NULL')";
    // Table and column names come from the fixture's own schema, not from a user.
    sql::Statement select(db, "SELECT " + list + " FROM \"" + table + "\"");
    std::vector<std::string> rows;
    while (select.step())
        rows.push_back(select.getText(0));
    std::sort(rows.begin(), rows.end());
    return rows;
}

/// Every row of every table of the database at `path` (of `columnsFrom`'s tables and columns
/// when given, so that a migrated database is read as the old one was): what must survive.
std::map<std::string, std::vector<std::string>> rowsOf(const std::string& path, const std::string& columnsFrom = {})
{
    sql::Database db(path, sql::OpenMode::ReadOnly);
    sql::Database shape(columnsFrom.empty() ? path : columnsFrom, sql::OpenMode::ReadOnly);
    std::vector<std::string> tables;
    {
        sql::Statement select(shape, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        while (select.step())
            tables.push_back(select.getText(0));
    }
    std::map<std::string, std::vector<std::string>> rows;
    for (const auto& table : tables)
        rows[table] = rowsOf(db, table, columnsOf(shape, table));
    return rows;
}

}  // namespace

TEST_CASE("Migrating the version-1 and version-2 fixtures keeps every row of every table", "[storage][migration]")
{
    const std::string fixture = GENERATE(std::string("schema-v1.sql"), std::string("schema-v2.sql"));
    CAPTURE(fixture);
    test::TempDir dir;
    const std::string original = dir.file("original.sqlite");
    const std::string path = dir.file("migrated.sqlite");
    buildFromSql(original, test::readFile(test::kStorageDataDir + "/" + fixture));
    buildFromSql(path, test::readFile(test::kStorageDataDir + "/" + fixture));
    const auto before = rowsOf(original);
    REQUIRE(before.at("answers").size() == 8);
    {
        auto repository = Repository::open(path);
        // New features work on the migrated data: a follow-on review and a sign-off.
        const RowId latest = *repository.findReview("00Q", "2014-q1");
        NewReview next;
        next.organisationId = repository.findOrganisation("00Q")->id;
        next.checklistRowId = repository.reviewSummary(latest).checklistRowId;
        next.info = {"2015-q1", "Follow-on", "2015-03-01"};
        next.copyFrom = latest;
        next.copy = {false, false, false, false, false};  // carry only the commitments
        next.followOn = true;
        const RowId followOn = repository.createReview(next);
        CHECK(repository.loadReview(followOn).assessment.commitments.size() == 1);
        repository.signOff(latest, {"2014-03-27", "Board", "GB/14/1", "Chair", "Chair", ""});
    }
    CHECK(userVersion(path) == Repository::schemaVersion());
    auto after = rowsOf(path, original);
    // What the test itself added since: one review (and its audit and commitment rows), the
    // sign-off's audit entry, the signed review's status and revision.
    CHECK(after.at("reviews").size() == before.at("reviews").size() + 1);
    for (const auto& [table, rows] : before) {
        if (table == "reviews" || table == "audit_log" || table == "review_scores")
            continue;
        CAPTURE(table);
        CHECK(after.at(table) == rows);
    }
    for (const auto& row : before.at("audit_log"))
        CHECK(std::find(after.at("audit_log").begin(), after.at("audit_log").end(), row) != after.at("audit_log").end());
    if (before.count("review_scores"))
        CHECK(after.at("review_scores").size() == before.at("review_scores").size() - 1);  // the signed review's went stale
    const auto untouched = rowsOf(original);
    CHECK(untouched == before);
}

TEST_CASE("A database from a newer version is refused and left byte for byte unchanged", "[storage][migration]")
{
    test::TempDir dir;
    const std::string path = dir.file("newer.sqlite");
    buildFromSql(path, test::readFile(test::kStorageDataDir + "/schema-v1.sql") + "PRAGMA user_version = 99;");
    const std::string before = test::readFile(path);
    const auto error = openError(path);
    CHECK(error.kind() == StorageErrorKind::TooNew);
    CHECK(std::string(error.what()).find("newer version") != std::string::npos);
    CHECK(std::string(error.what()).find("left unchanged") != std::string::npos);
    CHECK(test::readFile(path) == before);
}

TEST_CASE("A database with a negative schema version is refused and left byte for byte unchanged",
          "[storage][migration][security]")
{
    // PRAGMA user_version is any 32-bit number; a negative one once indexed the migration table.
    const int version = GENERATE(-1, -3, -100000, INT_MIN);
    const bool fromSql = GENERATE(true, false);
    CAPTURE(version, fromSql);
    test::TempDir dir;
    const std::string path = dir.file("negative.sqlite");
    if (fromSql)
        buildFromSql(path, test::readFile(test::kStorageDataDir + "/schema-v1.sql"));
    else
        Repository::open(path);
    buildFromSql(path, "PRAGMA user_version = " + std::to_string(version) + ";");
    const std::string before = test::readFile(path);
    const auto error = openError(path);
    CHECK(error.kind() == StorageErrorKind::UnknownSchema);
    CHECK(std::string(error.what()).find(path) != std::string::npos);
    CHECK(std::string(error.what()).find("unknown schema version " + std::to_string(version) +
                                         "; the file was left unchanged") != std::string::npos);
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("A database holding tables but no schema version is refused, not migrated over", "[storage][migration]")
{
    test::TempDir dir;
    const std::string path = dir.file("unversioned.sqlite");
    SECTION("our own tables with the version reset to 0")
    {
        buildFromSql(path, test::readFile(test::kStorageDataDir + "/schema-v1.sql") + "PRAGMA user_version = 0;");
    }
    SECTION("some other program's database")
    {
        buildFromSql(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Dr A. Chair');");
    }
    const std::string before = test::readFile(path);
    const auto error = openError(path);
    CHECK(error.kind() == StorageErrorKind::UnknownSchema);
    CHECK(std::string(error.what()).find("unknown schema version 0; the file was left unchanged") != std::string::npos);
    CHECK(test::readFile(path) == before);
}

TEST_CASE("An empty SQLite file (version 0, no tables) is set up as a new database", "[storage][migration]")
{
    test::TempDir dir;
    const std::string path = dir.file("empty.sqlite");
    buildFromSql(path, "PRAGMA page_size = 4096;");
    Repository::open(path);
    CHECK(userVersion(path) == Repository::schemaVersion());
}

TEST_CASE("Damaged files give a clear message, not a crash, and are not written", "[storage][migration]")
{
    test::TempDir dir;
    const std::string path = dir.file("damaged.sqlite");
    {
        auto repository = Repository::open(path);
        test::MiniDatabase db(std::move(repository));
        for (int i = 0; i < 200; ++i)
            db.repository.setNote(db.reviewId, "chair", "gov-01", std::string(2000, static_cast<char>('a' + i % 26)));
    }
    std::string bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8 * 4096);

    SECTION("garbage over the pages after the header")
    {
        for (std::size_t i = 4096; i < bytes.size(); i += 7)
            bytes[i] = static_cast<char>(i * 31);
        test::writeFile(path, bytes);
        const auto error = openError(path);
        CHECK((error.kind() == StorageErrorKind::Corrupt || error.kind() == StorageErrorKind::NotADatabase));
        CHECK(std::string(error.what()).find(path) != std::string::npos);
        CHECK(test::readFile(path) == bytes);
    }
    SECTION("a file cut short")
    {
        test::writeFile(path, bytes.substr(0, bytes.size() / 3));
        const auto error = openError(path);
        CHECK(error.kind() == StorageErrorKind::Corrupt);
        CHECK(std::string(error.what()).find("integrity check") != std::string::npos);
    }
    SECTION("a text file")
    {
        test::writeFile(path, "Governance lead's notes, not a database\n" + std::string(5000, 'x'));
        const auto error = openError(path);
        CHECK(error.kind() == StorageErrorKind::NotADatabase);
        CHECK(std::string(error.what()).find("not a CCG Self-Assessment database") != std::string::npos);
    }
    SECTION("a folder")
    {
        std::filesystem::remove(path);
        std::filesystem::create_directory(path);
        CHECK(openError(path).kind() == StorageErrorKind::NotADatabase);
    }
}

TEST_CASE("A missing database is created only when allowed", "[storage][migration]")
{
    test::TempDir dir;
    OpenOptions options;
    options.createIfMissing = false;
    CHECK_THROWS_AS(Repository::open(dir.file("none.sqlite"), options), StorageError);
    CHECK_FALSE(std::filesystem::exists(dir.file("none.sqlite")));
    Repository::open(dir.file("sub/folder/new.sqlite"));
    CHECK(std::filesystem::exists(dir.file("sub/folder/new.sqlite")));
    CHECK(userVersion(dir.file("sub/folder/new.sqlite")) == Repository::schemaVersion());
}

TEST_CASE("A database opened read-only is read, never written, and not upgraded", "[storage][migration]")
{
    test::TempDir dir;
    const std::string path = dir.file("archive.sqlite");
    {
        test::MiniDatabase db(Repository::open(path));
        db.repository.setRating(db.reviewId, "chair", "gov-01", Rating::at(2));
    }
    const std::string before = test::readFile(path);
    OpenOptions options;
    options.access = Access::ReadOnly;
    {
        auto repository = Repository::open(path, options);
        CHECK(repository.readOnly());
        CHECK(repository.listReviews().size() == 1);
        const auto review = repository.loadReview(1);
        CHECK(review.assessment.findAnswer("gov-01", "chair")->rating == Rating::at(2));
        try {
            repository.setRating(1, "chair", "gov-01", Rating::at(3));
            FAIL("a read-only database was written");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageErrorKind::ReadOnly);
        }
        CHECK(repository.openAnotherConnection().readOnly());
    }
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(Repository::open(path).readOnly());

    SECTION("an older schema is not upgraded")
    {
        const std::string old = dir.file("v1.sqlite");
        buildFromSql(old, test::readFile(test::kStorageDataDir + "/schema-v1.sql"));
        const std::string oldBytes = test::readFile(old);
        try {
            Repository::open(old, options);
            FAIL("opened");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageErrorKind::ReadOnly);
            CHECK(std::string(error.what()).find("must be upgraded") != std::string::npos);
        }
        CHECK(test::readFile(old) == oldBytes);
    }
    SECTION("a missing one is not created")
    {
        CHECK_THROWS_AS(Repository::open(dir.file("none.sqlite"), options), StorageError);
        CHECK_FALSE(std::filesystem::exists(dir.file("none.sqlite")));
    }
}
