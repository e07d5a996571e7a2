// Runs the real ccg-selfassess executable on databases: import, export, backup, list, score-stored.
#include "app/storage/database.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <sstream>

using namespace ccg::test;

namespace {

const std::string kChecklist = CCG_TEST_DATA_DIR "/mini-checklist.xml";
const std::string kAnswers = CCG_TEST_DATA_DIR "/mini-answers.xml";
const std::string kShipped = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
const std::string kDemo2013 = CCG_SOURCE_DIR "/resources/demo/northmoor-2013.xml";
const std::string kDemo2014 = CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml";

ProcessResult run(const std::vector<std::string>& args)
{
    return runProcess(CCG_EXECUTABLE, args);
}

std::vector<std::string> sortedLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

}  // namespace

TEST_CASE("Storage commands are listed in --help and answer --help", "[cli][storage]")
{
    const auto help = run({"--help"});
    CHECK(help.exitCode == 0);
    const std::string command = GENERATE("import", "export", "backup", "list", "score-stored", "report-stored");
    CHECK(help.out.find(command) != std::string::npos);
    const auto result = run({command, "--help"});
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("Usage: ccg-selfassess " + command) != std::string::npos);
}

TEST_CASE("list --format json gives every organisation and review with its score, for scripts", "[cli][storage]")
{
    TempDir dir;
    const std::string db = dir.file("reviews.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kShipped, "--answers", kDemo2013}).exitCode == 0);
    REQUIRE(run({"import", "--db", db, "--checklist", kShipped, "--answers", kDemo2014}).exitCode == 0);

    const auto listed = run({"list", "--db", db, "--format", "json"});
    REQUIRE(listed.exitCode == 0);
    const auto json = nlohmann::json::parse(listed.out);
    REQUIRE(json["organisations"].size() == 1);
    CHECK(json["organisations"][0]["code"] == "99X");
    CHECK(json["organisations"][0]["reviews"] == 2);
    REQUIRE(json["reviews"].size() == 2);
    // Each review's overall score is the one score-stored computes, as a JSON number.
    for (const auto& review : json["reviews"]) {
        const auto id = std::to_string(review["id"].get<long>());
        const auto scored = nlohmann::json::parse(run({"score-stored", "--db", db, "--review", id}).out);
        CHECK(review["overall"] == scored["overall"]["score"]);
        CHECK(review["rag"] == scored["overall"]["rag"]);
        CHECK(review["completeness"] == scored["completeness"]);
    }
    CHECK(run({"list", "--db", db, "--format", "xml"}).exitCode == 2);
    // --organisation narrows both lists; an unknown one is an error.
    CHECK(nlohmann::json::parse(run({"list", "--db", db, "--organisation", "99X", "--format", "json"}).out)["reviews"]
              .size() == 2);
    CHECK(run({"list", "--db", db, "--organisation", "00Q", "--format", "json"}).exitCode == 1);
}

TEST_CASE("import, list, export and score-stored work on one database", "[cli][storage]")
{
    TempDir dir;
    const std::string db = dir.file("reviews.sqlite");
    auto imported = run({"import", "--db", db, "--checklist", kShipped, "--answers", kDemo2014});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.find("imported review #1 (99X/2014-q1)") != std::string::npos);

    const auto listed = run({"list", "--db", db});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.find("NHS Northmoor CCG") != std::string::npos);
    CHECK(listed.out.find("2014-q1") != std::string::npos);
    CHECK(listed.out.find("100%") != std::string::npos);

    const auto exported = run({"export", "--db", db, "--review", "99X/2014-q1", "-o", dir.file("out.xml")});
    CHECK(exported.exitCode == 0);
    CHECK(sortedLines(readFile(dir.file("out.xml"))) == sortedLines(readFile(kDemo2014)));

    const auto stored = run({"score-stored", "--db", db, "--review", "1"});
    const auto fromFile = run({"score", "--checklist", kShipped, "--answers", kDemo2014});
    CHECK(stored.exitCode == 0);
    CHECK(stored.out == fromFile.out);
    CHECK(nlohmann::json::parse(stored.out)["review"]["id"] == "2014-q1");
    const auto text = run({"score-stored", "--db", db, "--review", "1", "--format", "text"});
    CHECK(text.exitCode == 0);
    CHECK(text.out == run({"score", "--checklist", kShipped, "--answers", kDemo2014, "--format", "text"}).out);
}

TEST_CASE("backup copies a database that opens with the same reviews", "[cli][storage]")
{
    TempDir dir;
    const std::string db = dir.file("reviews.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kChecklist, "--answers", kAnswers}).exitCode == 0);
    const auto backup = run({"backup", "--db", db, "-o", dir.file("copy.sqlite")});
    CHECK(backup.exitCode == 0);
    CHECK(run({"list", "--db", dir.file("copy.sqlite")}).out == run({"list", "--db", db}).out);
    const auto again = run({"backup", "--db", db, "-o", dir.file("copy.sqlite")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.find("--force") != std::string::npos);
    CHECK(run({"backup", "--db", db, "-o", dir.file("copy.sqlite"), "--force"}).exitCode == 0);
}

TEST_CASE("export, backup and merge never replace a named pipe or a device, and keep a file's permissions",
          "[cli][storage][security]")
{
    TempDir dir;
    const std::string db = dir.file("reviews.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kChecklist, "--answers", kAnswers}).exitCode == 0);
    const std::string command = GENERATE("export", "backup", "merge");
    CAPTURE(command);
    const auto write = [&](const std::string& out) {
        if (command == "export")
            return run({"export", "--db", db, "--review", "1", "-o", out});
        if (command == "backup")
            return run({"backup", "--db", db, "-o", out, "--force"});
        return run({"merge", "--checklist", kChecklist, "-o", out, kAnswers});
    };
    REQUIRE(::mkfifo(dir.file("pipe").c_str(), 0644) == 0);
    std::filesystem::create_symlink("/dev/null", dir.file("null"));
    for (const char* name : {"pipe", "null"}) {
        const auto result = write(dir.file(name));
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("cannot write '" + dir.file(name) + "': it is a") != std::string::npos);
        CHECK(result.err.find("not a regular file") != std::string::npos);
    }
    struct stat info {};
    CHECK((::lstat(dir.file("pipe").c_str(), &info) == 0 && S_ISFIFO(info.st_mode)));
    CHECK((::lstat(dir.file("null").c_str(), &info) == 0 && S_ISLNK(info.st_mode)));
    CHECK((::stat("/dev/null", &info) == 0 && S_ISCHR(info.st_mode)));

    writeFile(dir.file("kept"), "private\n");
    std::filesystem::permissions(dir.file("kept"), std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    REQUIRE(write(dir.file("kept")).exitCode == 0);
    CHECK((::stat(dir.file("kept").c_str(), &info) == 0 && (info.st_mode & 0777) == 0600));
    CHECK(readFile(dir.file("kept")) != "private\n");
}

TEST_CASE("Bad answers files are reported as FILE:LINE, exit 1, and store nothing", "[cli][storage]")
{
    TempDir dir;
    const std::string db = dir.file("reviews.sqlite");
    const auto [content, line] = GENERATE(table<std::string, int>({
        {"<?xml version=\"1.0\"?>\n<assessment checklist=\"mini\">\n  <answer item=\"nope\" level=\"1\"/>\n</assessment>\n", 3},
        {"<?xml version=\"1.0\"?>\n<assessment checklist=\"mini\">\n  <answer item=\"gov-01\" level=\"1\">\n", 4},
        {"<?xml version=\"1.0\"?>\n<assessment checklist=\"other\"/>\n", 2},
        {"", 1},
    }));
    writeFile(dir.file("bad.xml"), content);
    const auto result = run({"import", "--db", db, "--checklist", kChecklist, "--answers", dir.file("bad.xml")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find(dir.file("bad.xml") + ":" + std::to_string(line) + ":") != std::string::npos);
    const auto listed = run({"list", "--db", db});
    CHECK(listed.out.find("review(s)") == std::string::npos);
}

TEST_CASE("A failed import leaves no new database behind, and an existing one as it was", "[cli][storage]")
{
    TempDir dir;
    writeFile(dir.file("bad.xml"), "<?xml version=\"1.0\"?>\n<assessment checklist=\"mini\">\n");
    const std::string fresh = dir.file("fresh.sqlite");
    CHECK(run({"import", "--db", fresh, "--checklist", kChecklist, "--answers", dir.file("bad.xml")}).exitCode == 1);
    for (const char* suffix : {"", "-wal", "-shm"})
        CHECK_FALSE(std::filesystem::exists(fresh + suffix));

    const std::string existing = dir.file("existing.sqlite");
    REQUIRE(run({"import", "--db", existing, "--checklist", kChecklist, "--answers", kAnswers}).exitCode == 0);
    CHECK(run({"import", "--db", existing, "--checklist", kChecklist, "--answers", dir.file("bad.xml")}).exitCode == 1);
    REQUIRE(std::filesystem::exists(existing));
    CHECK(run({"list", "--db", existing}).out.find("1 review(s)") != std::string::npos);
}

TEST_CASE("A huge answers file is refused with a message", "[cli][storage]")
{
    TempDir dir;
    writeFile(dir.file("huge.xml"), std::string((16 << 20) + 1, ' '));
    const auto result = run({"import", "--db", dir.file("db.sqlite"), "--checklist", kChecklist, "--answers",
                             dir.file("huge.xml")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find(dir.file("huge.xml") + ":1:") != std::string::npos);
}

TEST_CASE("Database problems exit 1 with a clear message", "[cli][storage]")
{
    TempDir dir;
    SECTION("a missing database is not created by read-only commands")
    {
        const std::string command = GENERATE("list", "export", "backup", "score-stored");
        std::vector<std::string> args{command, "--db", dir.file("none.sqlite")};
        if (command == "export" || command == "score-stored")
            args.insert(args.end(), {"--review", "1"});
        if (command == "export" || command == "backup")
            args.insert(args.end(), {"-o", dir.file("out")});
        const auto result = run(args);
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("no database at") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(dir.file("none.sqlite")));
    }
    SECTION("a file that is not a database")
    {
        writeFile(dir.file("notes.sqlite"), "just some notes\n");
        const auto result = run({"list", "--db", dir.file("notes.sqlite")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("not a CCG Self-Assessment database") != std::string::npos);
        CHECK(readFile(dir.file("notes.sqlite")) == "just some notes\n");
    }
    SECTION("a database with a schema version this build never wrote")
    {
        const std::string db = dir.file("db.sqlite");
        REQUIRE(run({"import", "--db", db, "--checklist", kChecklist, "--answers", kAnswers}).exitCode == 0);
        const int version = GENERATE(-1, -3, -100000, INT_MIN, 0);
        ccg::storage::sql::Database(db, ccg::storage::sql::OpenMode::ReadWrite)
            .exec(("PRAGMA user_version = " + std::to_string(version)).c_str());
        const std::string before = readFile(db);
        const std::string command = GENERATE("list", "import", "score-stored");
        std::vector<std::string> args{command, "--db", db};
        if (command == "import")
            args.insert(args.end(), {"--checklist", kChecklist, "--answers", kAnswers});
        if (command == "score-stored")
            args.insert(args.end(), {"--review", "1"});
        CAPTURE(version, command);
        const auto result = run(args);
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("unknown schema version " + std::to_string(version) + "; the file was left unchanged") !=
              std::string::npos);
        CHECK(readFile(db) == before);
    }
    SECTION("a review that is not there")
    {
        REQUIRE(run({"import", "--db", dir.file("db.sqlite"), "--checklist", kChecklist, "--answers", kAnswers})
                    .exitCode == 0);
        const auto result = run({"export", "--db", dir.file("db.sqlite"), "--review", "42", "-o", dir.file("o.xml")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("no review #42") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(dir.file("o.xml")));
    }
}

TEST_CASE("Wrong use of storage commands exits 2", "[cli][storage]")
{
    TempDir dir;
    const std::string db = dir.file("db.sqlite");
    auto args = GENERATE_COPY(values<std::vector<std::string>>({
        {"import", "--db", db, "--answers", "a.xml"},
        {"import", "--db", db, "--checklist", "c.xml", "--answers", "a.xml", "--status", "finished"},
        {"export", "--db", db, "-o", "out.xml"},
        {"export", "--db", db, "--review", "x/", "--review", "1", "-o", "o"},
        {"export", "--db", db, "--review", "abc", "-o", "o"},
        {"backup", "--db", db},
        {"list", "--db", db, "extra"},
        {"list", "--db"},
        {"score-stored", "--db", db, "--review", "1", "--format", "pdf"},
    }));
    CAPTURE(args);
    const auto result = run(args);
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("Try 'ccg-selfassess --help'") != std::string::npos);
}

TEST_CASE("Without --db the database lives in the user data folder", "[cli][storage]")
{
    TempDir dir;
    const auto result = [&] {
        const ScopedVariable dataHome("XDG_DATA_HOME", dir.path());
        return run({"import", "--checklist", kChecklist, "--answers", kAnswers});
    }();
    CHECK(result.exitCode == 0);
    CHECK(std::filesystem::exists(dir.path() + "/ccg-selfassess/ccg-selfassess.sqlite"));
}

TEST_CASE("report-stored writes the report the files give, trend against the previous review", "[cli][storage]")
{
    TempDir dir;
    const std::string db = dir.file("reviews.sqlite");
    const std::string demo2013 = CCG_SOURCE_DIR "/resources/demo/northmoor-2013.xml";
    REQUIRE(run({"import", "--db", db, "--checklist", kShipped, "--answers", demo2013}).exitCode == 0);
    REQUIRE(run({"import", "--db", db, "--checklist", kShipped, "--answers", kDemo2014}).exitCode == 0);
    const auto stored = run({"report-stored", "--db", db, "--review", "99X/2014-q1", "--format", "html", "-o",
                             dir.file("stored.html")});
    CHECK(stored.exitCode == 0);
    const auto files = run({"report", "--checklist", kShipped, "--answers", kDemo2014, "--previous", demo2013,
                            "--format", "html", "-o", dir.file("files.html")});
    REQUIRE(files.exitCode == 0);
    CHECK(readFile(dir.file("stored.html")) == readFile(dir.file("files.html")));

    const auto alone = run({"report-stored", "--db", db, "--review", "2", "--no-previous", "--format", "html", "-o",
                            dir.file("alone.html")});
    CHECK(alone.exitCode == 0);
    CHECK(readFile(dir.file("alone.html")) != readFile(dir.file("files.html")));
    // Since issue 18 a stored review gives the workshop pack of its checklist too.
    CHECK(run({"report-stored", "--db", db, "--review", "2", "--format", "workshop-pdf", "-o", dir.file("w.pdf")})
              .exitCode == 0);
    CHECK(run({"report-stored", "--db", db, "--review", "2", "--no-previous", "--format", "workshop-pdf", "-o",
               dir.file("w.pdf")})
              .exitCode == 2);
    CHECK(run({"report-stored", "--db", db, "--review", "9", "--format", "html", "-o", dir.file("x.html")}).exitCode ==
          1);

    const auto publicStored = run({"report-stored", "--db", db, "--review", "2", "--format", "html", "-o",
                                   dir.file("public-stored.html"), "--audience", "public"});
    CHECK(publicStored.exitCode == 0);
    REQUIRE(run({"report", "--checklist", kShipped, "--answers", kDemo2014, "--previous", demo2013, "--format", "html",
                 "-o", dir.file("public-files.html"), "--audience", "public"})
                .exitCode == 0);
    CHECK(readFile(dir.file("public-stored.html")) == readFile(dir.file("public-files.html")));
    CHECK(readFile(dir.file("public-stored.html")).find("Janet Okafor") == std::string::npos);
    const auto bad = run({"report-stored", "--db", db, "--review", "2", "--format", "html", "-o", dir.file("y.html"),
                          "--audience", "everyone"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("--audience must be board or public, not 'everyone'") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("y.html")));
}

TEST_CASE("A database in a folder that cannot be written is read by every command that only reads",
          "[cli][storage]")
{
    // An archive on a read-only share. Root ignores permission bits, so the commands run as nobody.
    std::string why;
    const auto as = unprivilegedFor(CCG_EXECUTABLE, why);
    if (!as)
        SKIP(why);
    TempDir archive;
    archive.openToAll();
    const std::string db = archive.file("reviews.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kShipped, "--answers", kDemo2013}).exitCode == 0);
    REQUIRE(run({"import", "--db", db, "--checklist", kShipped, "--answers", kDemo2014}).exitCode == 0);
    const std::string listed = run({"list", "--db", db}).out;
    const std::string before = readFile(db);
    // Where the unprivileged user writes its output.
    TempDir out;
    std::filesystem::permissions(out.path(), std::filesystem::perms::all);
    const auto check = [&](const std::vector<std::string>& args) {
        CAPTURE(args);
        const auto result = runProcessAs(*as, CCG_EXECUTABLE, args);
        CHECK(result.exitCode == 0);
        CHECK(result.err.find("readonly") == std::string::npos);
        CHECK(result.err.find("cannot") == std::string::npos);
        return result;
    };
    CHECK(check({"list", "--db", db}).out == listed);
    CHECK(check({"score-stored", "--db", db, "--review", "2"}).out ==
          run({"score", "--checklist", kShipped, "--answers", kDemo2014}).out);
    check({"export", "--db", db, "--review", "99X/2014-q1", "-o", out.file("2014.xml")});
    CHECK(sortedLines(readFile(out.file("2014.xml"))) == sortedLines(readFile(kDemo2014)));
    check({"report-stored", "--db", db, "--review", "2", "--format", "html", "-o", out.file("2014.html")});
    CHECK(readFile(out.file("2014.html")).rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(check({"compare-stored", "--db", db, "1", "2"}).out.find("Annual board self-review 2014") != std::string::npos);
    check({"backup", "--db", db, "-o", out.file("copy.sqlite")});
    CHECK(run({"list", "--db", out.file("copy.sqlite")}).out == listed);

    // Nothing was written beside the database, and a command that writes says why it cannot.
    CHECK(readFile(db) == before);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        CHECK_FALSE(std::filesystem::exists(db + suffix));
    const auto import = runProcessAs(*as, CCG_EXECUTABLE, {"import", "--db", db, "--checklist", kChecklist,
                                                           "--answers", kAnswers});
    CHECK(import.exitCode == 1);
    CHECK(readFile(db) == before);
}

TEST_CASE("Two frameworks side by side: list names each review's checklist and report-stored writes a workshop pack "
          "of the review's own checklist",
          "[cli][storage][frameworks]")
{
    TempDir dir;
    const std::string db = dir.file("reviews.sqlite");
    REQUIRE(run({"import", "--db", db, "--checklist", kShipped, "--answers", kDemo2014}).exitCode == 0);
    REQUIRE(run({"import", "--db", db, "--checklist", kChecklist, "--answers", kAnswers}).exitCode == 0);

    const auto text = run({"list", "--db", db});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("CHECKLIST\n") != std::string::npos);
    CHECK(text.out.find("CCG board self-assessment: lessons from a decade of PCT commissioning, version 1.0\n") !=
          std::string::npos);
    CHECK(text.out.find("Mini checklist, version 1.0\n") != std::string::npos);
    const auto json = nlohmann::json::parse(run({"list", "--db", db, "--format", "json"}).out);
    REQUIRE(json["reviews"].size() == 2);
    std::vector<std::string> titles;
    for (const auto& review : json["reviews"])
        titles.push_back(review["checklist_title"].get<std::string>() + " " + review["checklist_version"].get<std::string>());
    std::sort(titles.begin(), titles.end());
    CHECK(titles == std::vector<std::string>{"CCG board self-assessment: lessons from a decade of PCT commissioning 1.0",
                                             "Mini checklist 1.0"});

    const std::string pack = dir.file("pack.pdf");
    const auto written = run({"report-stored", "--db", db, "--review", "2", "--format", "workshop-pdf", "-o", pack});
    INFO(written.err);
    REQUIRE(written.exitCode == 0);
    CHECK(readFile(pack).rfind("%PDF-", 0) == 0);
    CHECK(run({"report-stored", "--db", db, "--review", "2", "--format", "workshop-pdf", "--audience", "public", "-o",
               pack})
              .exitCode == 2);
}
