// The library's one entry point: formats, file names, and files that appear whole or not at all.
#include "report_fixtures.hpp"

#include "process_runner.hpp"
#include "reports/atomic_file.hpp"
#include "reports/report_writer.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <filesystem>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <optional>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> filesIn(const std::string& dir)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

/// lstat's file type bits, or 0 when nothing is there.
mode_t typeOf(const std::string& path)
{
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}

mode_t permissionsOf(const std::string& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

/// A Unix socket file at `path`, kept until the end of the test.
class SocketFile {
public:
    explicit SocketFile(const std::string& path) : m_fd(::socket(AF_UNIX, SOCK_STREAM, 0))
    {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        REQUIRE(path.size() < sizeof address.sun_path);
        std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
        REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    }
    ~SocketFile() { ::close(m_fd); }
    SocketFile(const SocketFile&) = delete;
    SocketFile& operator=(const SocketFile&) = delete;

private:
    int m_fd;
};

/// Restores the process's umask when it goes.
class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask) : m_saved(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_saved); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_saved;
};

}  // namespace

TEST_CASE("A report is never written over a named pipe, a device or a socket, which stay as they were",
          "[reports][writer][security]")
{
    const ReportFixture fixture;
    TempDir dir;
    const std::string target = dir.file("out.html");
    const std::string kind = GENERATE("named pipe", "socket", "link to /dev/null", "link to a named pipe",
                                      "link to nothing");
    CAPTURE(kind);
    std::optional<SocketFile> socket;
    if (kind == "named pipe") {
        REQUIRE(::mkfifo(target.c_str(), 0644) == 0);
    } else if (kind == "socket") {
        socket.emplace(target);
    } else if (kind == "link to /dev/null") {
        fs::create_symlink("/dev/null", target);
    } else if (kind == "link to a named pipe") {
        REQUIRE(::mkfifo(dir.file("pipe").c_str(), 0644) == 0);
        fs::create_symlink(dir.file("pipe"), target);
    } else {
        fs::create_symlink(dir.file("nowhere"), target);
    }
    const auto before = filesIn(dir.path());
    const mode_t type = typeOf(target);
    try {
        writeReport(fixture.input(), ReportFormat::Html, target);
        FAIL("the report was written");
    } catch (const ReportWriteError& error) {
        const std::string message = error.what();
        CHECK(message.rfind("cannot write '" + target + "': ", 0) == 0);
        CHECK((message.find("not a regular file") != std::string::npos ||
               message.find("leads to no file") != std::string::npos));
    }
    CHECK(typeOf(target) == type);
    CHECK(filesIn(dir.path()) == before);
    CHECK(typeOf("/dev/null") == S_IFCHR);
    if (type == S_IFLNK)
        CHECK(fs::read_symlink(target) != fs::path());
}

TEST_CASE("A report is never written over a device node of its own name, which stays as it was",
          "[reports][writer][security]")
{
    // Root could replace the system's /dev/null this way. /dev/null's own numbers on a node of our
    // own: the real one is never at risk. Without root, the link to /dev/null above covers devices.
    if (::geteuid() != 0)
        SKIP("only root can make a device node (CI runs as root)");
    const ReportFixture fixture;
    TempDir dir;
    const std::string target = dir.file("null");
    REQUIRE(::mknod(target.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    CHECK_THROWS_WITH(writeReport(fixture.input(), ReportFormat::Pdf, target),
                      "cannot write '" + target + "': it is a character device, not a regular file; choose a file "
                                                  "name instead");
    CHECK(typeOf(target) == S_IFCHR);
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"null"});
}

TEST_CASE("A report over a symbolic link replaces the file the link leads to, and the link stays",
          "[reports][writer]")
{
    const ReportFixture fixture;
    TempDir dir;
    fs::create_directory(dir.file("papers"));
    writeFile(dir.file("papers/2014.html"), "last year's paper");
    fs::create_symlink("papers/2014.html", dir.file("latest.html"));
    writeReport(fixture.input(), ReportFormat::Html, dir.file("latest.html"));
    CHECK(typeOf(dir.file("latest.html")) == S_IFLNK);
    CHECK(fs::read_symlink(dir.file("latest.html")) == fs::path("papers/2014.html"));
    CHECK(readFile(dir.file("papers/2014.html")).rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(filesIn(dir.file("papers")) == std::vector<std::string>{"2014.html"});
}

TEST_CASE("A report over an existing file keeps the file's permissions, a new one takes the umask",
          "[reports][writer][security]")
{
    const ReportFixture fixture;
    TempDir dir;
    const ScopedUmask umask(027);
    auto [format, name] = GENERATE(table<ReportFormat, std::string>({
        {ReportFormat::Html, "r.html"},
        {ReportFormat::Pdf, "r.pdf"},
        {ReportFormat::Csv, "r.csv"},
        {ReportFormat::Xlsx, "r.xlsx"},
    }));
    CAPTURE(name);
    const std::string target = dir.file(name);
    writeReport(fixture.input(), format, target);
    CHECK(permissionsOf(target) == 0640);
    const mode_t kept = GENERATE(mode_t{0600}, mode_t{0664}, mode_t{0400});
    fs::permissions(target, static_cast<fs::perms>(kept));
    writeReport(fixture.input(), format, target);
    CHECK(permissionsOf(target) == kept);
    if (format == ReportFormat::Csv)
        CHECK(permissionsOf(dir.file("r-actions.csv")) == 0640);
}

TEST_CASE("Report formats are named as on the command line", "[reports][writer]")
{
    for (const char* name : {"html", "pdf", "csv", "xlsx", "workshop-pdf"}) {
        const auto format = parseReportFormat(name);
        REQUIRE(format);
        CHECK(toString(*format) == name);
    }
    for (const char* bad : {"", "HTML", "docx", "pdf "})
        CHECK_FALSE(parseReportFormat(bad));
}

TEST_CASE("The CSV action plan goes beside the item list, named after it", "[reports][writer][csv]")
{
    CHECK(actionsCsvPath("out/gaps.csv") == fs::path("out/gaps-actions.csv"));
    CHECK(actionsCsvPath("report") == fs::path("report-actions.csv"));
    CHECK(actionsCsvPath("/tmp/a.b.csv") == fs::path("/tmp/a.b-actions.csv"));
}

TEST_CASE("Each format writes its files and leaves no temporary file behind", "[reports][writer]")
{
    const ReportFixture fixture;
    auto [format, name, expected] = GENERATE(table<ReportFormat, std::string, std::vector<std::string>>({
        {ReportFormat::Html, "report.html", {"report.html"}},
        {ReportFormat::Pdf, "report.pdf", {"report.pdf"}},
        {ReportFormat::Csv, "report.csv", {"report-actions.csv", "report.csv"}},
        {ReportFormat::Xlsx, "report.xlsx", {"report.xlsx"}},
        {ReportFormat::WorkshopPdf, "pack.pdf", {"pack.pdf"}},
    }));
    TempDir dir;
    const auto written = writeReport(fixture.input(), format, dir.file(name));
    CHECK(written.size() == expected.size());
    CHECK(filesIn(dir.path()) == expected);
    for (const auto& file : expected)
        CHECK(fs::file_size(dir.file(file)) > 100);
}

TEST_CASE("Writing into a missing folder fails with a clear message and creates nothing", "[reports][writer]")
{
    const ReportFixture fixture;
    TempDir dir;
    const std::string out = dir.file("missing/report.html");
    try {
        writeReport(fixture.input(), ReportFormat::Html, out);
        FAIL("no error");
    } catch (const ReportWriteError& error) {
        CHECK(std::string(error.what()) == "cannot write '" + out + "': No such file or directory");
    }
    CHECK(filesIn(dir.path()).empty());
}

TEST_CASE("Writing over a folder fails and leaves the folder as it was", "[reports][writer]")
{
    const ReportFixture fixture;
    TempDir dir;
    fs::create_directory(dir.file("taken"));
    CHECK_THROWS_AS(writeReport(fixture.input(), ReportFormat::Pdf, dir.file("taken")), ReportWriteError);
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"taken"});
    CHECK(fs::is_empty(dir.file("taken")));
}

TEST_CASE("An atomic file replaces its target only on commit", "[reports][writer]")
{
    TempDir dir;
    const std::string target = dir.file("report.html");
    writeFile(target, "old report");
    {
        AtomicFile file(target);
        file.write("half a new rep");
        CHECK(readFile(target) == "old report");
    }
    CHECK(readFile(target) == "old report");
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"report.html"});
    {
        AtomicFile file(target);
        file.write("new report");
        file.commit();
    }
    CHECK(readFile(target) == "new report");
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"report.html"});
}
