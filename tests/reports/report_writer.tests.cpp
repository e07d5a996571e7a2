// The library's one entry point: formats, file names, and files that appear whole or not at all.
#include "report_fixtures.hpp"

#include "process_runner.hpp"
#include "reports/atomic_file.hpp"
#include "reports/report_writer.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <filesystem>

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

}  // namespace

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
