// Runs the real ccg-selfassess executable: `report` exit statuses, messages and files.
#include "report_fixtures.hpp"

#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

using namespace ccg::test;
namespace fs = std::filesystem;

namespace {

const std::string kChecklist = CCG_TEST_DATA_DIR "/reports/checklist.xml";
const std::string kReview = CCG_TEST_DATA_DIR "/reports/review-2014.xml";
const std::string kPrevious = CCG_TEST_DATA_DIR "/reports/review-2013.xml";

ProcessResult run(const std::vector<std::string>& args)
{
    return runProcess(CCG_EXECUTABLE, args);
}

std::vector<std::string> report(const std::vector<std::string>& extra)
{
    std::vector<std::string> args{"report", "--checklist", kChecklist, "--answers", kReview};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

}  // namespace

TEST_CASE("report writes each format and says where", "[reports][cli]")
{
    auto [format, name, magic] = GENERATE(table<std::string, std::string, std::string>({
        {"html", "r.html", "<!DOCTYPE html>"},
        {"pdf", "r.pdf", "%PDF-"},
        {"csv", "r.csv", "\xEF\xBB\xBFPaper,Item,"},
        {"xlsx", "r.xlsx", "PK"},
        {"workshop-pdf", "w.pdf", "%PDF-"},
    }));
    TempDir dir;
    const auto result = run(report({"--previous", kPrevious, "--format", format, "-o", dir.file(name)}));
    if (format == "workshop-pdf")
        CHECK(result.exitCode == 2);  // --previous does not apply to a blank pack
    else {
        CHECK(result.exitCode == 0);
        CHECK(result.out.find("wrote " + dir.file(name)) != std::string::npos);
        CHECK(readFile(dir.file(name)).rfind(magic, 0) == 0);
    }
    if (format == "csv")
        CHECK(readFile(dir.file("r-actions.csv")).rfind("\xEF\xBB\xBFPaper,Reference,", 0) == 0);
}

TEST_CASE("report --format workshop-pdf needs no answers", "[reports][cli]")
{
    TempDir dir;
    const auto result = run({"report", "--checklist", kChecklist, "--format", "workshop-pdf", "-o", dir.file("pack.pdf")});
    CHECK(result.exitCode == 0);
    CHECK(readFile(dir.file("pack.pdf")).rfind("%PDF-", 0) == 0);
}

TEST_CASE("report refuses wrong usage with exit status 2 and writes nothing", "[reports][cli]")
{
    TempDir dir;
    const std::string out = dir.file("r.html");
    auto args = GENERATE_COPY(
        std::vector<std::string>{"report"},
        std::vector<std::string>{"report", "--checklist", kChecklist, "--format", "html", "-o", out},
        std::vector<std::string>{"report", "--answers", kReview, "--format", "html", "-o", out},
        report({"-o", out}),
        report({"--format", "html"}),
        report({"--format", "docx", "-o", out}),
        report({"--format", "html", "-o", out, "--as-of", "2014-02-30"}),
        report({"--format", "html", "-o", out, "--as-of", "14/03/2014"}),
        report({"--format", "html", "-o", out, "stray"}),
        report({"--format", "html", "-o", out, "--output", out}),
        report({"--format", "html", "-o", out, "--bogus"}),
        report({"--format", "html", "-o"}),
        report({"--format", "html", "-o", out, "--audience", "press"}),
        report({"--format", "html", "-o", out, "--audience", "Public"}),
        report({"--format", "html", "-o", out, "--audience"}),
        std::vector<std::string>{"report", "--checklist", kChecklist, "--format", "workshop-pdf", "-o", out,
                                 "--audience", "public"});
    const auto result = run(args);
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("--help") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("report cannot write into a missing folder: exit 1, a clear message, no file", "[reports][cli]")
{
    TempDir dir;
    const std::string out = dir.file("no/such/folder/r.pdf");
    const auto result = run(report({"--format", "pdf", "-o", out}));
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("cannot write '" + out + "': No such file or directory") != std::string::npos);
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("report cannot write into a read-only folder: exit 1 and a clear message", "[reports][cli]")
{
    // Root ignores permission bits (and CI runs as root), so the command runs as nobody then.
    std::string why;
    const auto as = unprivilegedFor(CCG_EXECUTABLE, why);
    if (!as)
        SKIP(why);
    TempDir dir;
    dir.openToAll();
    fs::create_directory(dir.file("locked"));
    fs::permissions(dir.file("locked"), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                            fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const std::string out = dir.file("locked/r.xlsx");
    const auto result = runProcessAs(*as, CCG_EXECUTABLE, report({"--format", "xlsx", "-o", out}));
    fs::permissions(dir.file("locked"), fs::perms::owner_all);
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("cannot write '" + out + "': Permission denied") != std::string::npos);
    CHECK(fs::is_empty(dir.file("locked")));
}

TEST_CASE("report cannot write below a file, even as root: exit 1, a clear message, the file untouched",
          "[reports][cli]")
{
    TempDir dir;
    writeFile(dir.file("minutes.txt"), "Board minutes\n");
    const std::string out = dir.file("minutes.txt/r.pdf");
    const auto result = run(report({"--format", "pdf", "-o", out}));
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("cannot write '" + out + "'") != std::string::npos);
    CHECK(result.err.find("Not a directory") != std::string::npos);
    CHECK(readFile(dir.file("minutes.txt")) == "Board minutes\n");
}

TEST_CASE("report refuses to replace a named pipe or a device: exit 1, a clear message, the node as it was",
          "[reports][cli][security]")
{
    TempDir dir;
    const std::string target = dir.file("out.pdf");
    const bool pipe = GENERATE(true, false);
    if (pipe)
        REQUIRE(::mkfifo(target.c_str(), 0644) == 0);
    else
        std::filesystem::create_symlink("/dev/null", target);
    const auto result = run(report({"--format", "pdf", "-o", target}));
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("cannot write '" + target + "': it is " + (pipe ? "a named pipe" : "a character device") +
                          ", not a regular file") != std::string::npos);
    struct stat info {};
    REQUIRE(::lstat(target.c_str(), &info) == 0);
    CHECK((pipe ? S_ISFIFO(info.st_mode) : S_ISLNK(info.st_mode)));
    REQUIRE(::stat("/dev/null", &info) == 0);
    CHECK(S_ISCHR(info.st_mode));
}

TEST_CASE("report cannot write over a folder: exit 1 and the folder is untouched", "[reports][cli]")
{
    TempDir dir;
    const auto result = run(report({"--format", "csv", "-o", dir.path()}));
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("Is a directory") != std::string::npos);
}

TEST_CASE("report rejects bad input files with exit 1 and FILE:LINE messages", "[reports][cli]")
{
    TempDir dir;
    writeFile(dir.file("bad.xml"), "<assessment checklist=\"report-test\">\n<answer item=\"nope\" level=\"1\"/>\n</assessment>\n");
    writeFile(dir.file("other.xml"), "<assessment checklist=\"other\"/>\n");
    for (const auto& args : {report({"--previous", dir.file("bad.xml"), "--format", "html", "-o", dir.file("r.html")}),
                             report({"--previous", dir.file("other.xml"), "--format", "html", "-o", dir.file("r.html")}),
                             std::vector<std::string>{"report", "--checklist", kChecklist, "--answers", dir.file("bad.xml"),
                                                      "--format", "pdf", "-o", dir.file("r.pdf")}}) {
        const auto result = run(args);
        CHECK(result.exitCode == 1);
        CHECK(result.err.find(dir.path()) != std::string::npos);
        CHECK_FALSE(fs::exists(dir.file("r.html")));
        CHECK_FALSE(fs::exists(dir.file("r.pdf")));
    }
}

TEST_CASE("report --as-of moves the date actions are judged against", "[reports][cli]")
{
    TempDir dir;
    REQUIRE(run(report({"--format", "html", "-o", dir.file("review-date.html")})).exitCode == 0);
    REQUIRE(run(report({"--format", "html", "-o", dir.file("january.html"), "--as-of", "2014-01-01"})).exitCode == 0);
    const std::string atReview = readFile(dir.file("review-date.html"));
    const std::string inJanuary = readFile(dir.file("january.html"));
    CHECK(atReview.find("Actions as at</th><td>14 March 2014") != std::string::npos);
    CHECK(atReview.find("class=\"brag brag-red\"") != std::string::npos);
    CHECK(inJanuary.find("Actions as at</th><td>1 January 2014") != std::string::npos);
    CHECK(inJanuary.find("class=\"brag brag-red\"") == std::string::npos);
}

TEST_CASE("report --help explains the formats, the CSV pair of files and the reference date", "[reports][cli]")
{
    const auto result = run({"report", "--help"});
    CHECK(result.exitCode == 0);
    for (const char* text : {"Usage: ccg-selfassess report", "html|pdf|csv|xlsx|workshop-pdf", "-actions.csv",
                             "--as-of", "review's date", "--audience board|public", "Member 1...n", "Draft"})
        CHECK(result.out.find(text) != std::string::npos);
    CHECK(run({"--help"}).out.find("report --checklist") != std::string::npos);
}

TEST_CASE("report --audience public writes a paper without raters' names or notes, board is the default",
          "[reports][cli][public]")
{
    TempDir dir;
    const auto format = GENERATE(as<std::string>{}, "html", "csv");
    const std::string publicOut = dir.file("public." + format);
    const std::string boardOut = dir.file("board." + format);
    const std::string defaultOut = dir.file("default." + format);
    REQUIRE(run(report({"--format", format, "-o", publicOut, "--audience", "public"})).exitCode == 0);
    REQUIRE(run(report({"--format", format, "-o", boardOut, "--audience", "board"})).exitCode == 0);
    REQUIRE(run(report({"--format", format, "-o", defaultOut})).exitCode == 0);
    const std::string publicPaper = readFile(publicOut);
    const std::string boardPaper = readFile(boardOut);
    CHECK(readFile(defaultOut) == boardPaper);
    for (const char* secret : {"O&#39;Chair", "O'Chair", "B. Officer", "C. Lay", "Register, May 2014"}) {
        INFO(secret);
        CHECK(publicPaper.find(secret) == std::string::npos);
    }
    CHECK(boardPaper.find("B. Officer") != std::string::npos);
    CHECK(publicPaper.find("Member 2") != std::string::npos);
    CHECK(publicPaper.find("Draft \xC2\xB7 Public version") != std::string::npos);
    CHECK(boardPaper.find("Public version") == std::string::npos);
}

TEST_CASE("report --audience with a bad value says which values it takes", "[reports][cli][public]")
{
    TempDir dir;
    const auto result = run(report({"--format", "pdf", "-o", dir.file("r.pdf"), "--audience", "press"}));
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("ccg-selfassess: --audience must be board or public, not 'press'") == 0);
    CHECK(fs::is_empty(dir.path()));
}
