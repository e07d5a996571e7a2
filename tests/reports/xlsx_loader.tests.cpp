// The desktop application writes workbooks through ccg-selfassess-xlsx.so, loaded on first use:
// it must write what the linked writer writes, and say clearly when the module is missing.
#include "report_fixtures.hpp"

#include "process_runner.hpp"
#include "reports/atomic_file.hpp"
#include "reports/side_by_side_xlsx.hpp"
#include "reports/xlsx_module.hpp"
#include "reports/xlsx_writer.hpp"
#include "zip_archive.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;
using Catch::Matchers::Contains;

TEST_CASE("The XLSX module loaded on first use writes the workbook", "[reports][xlsx][module]")
{
    const ReportFixture fixture;
    TempDir dir;
    const std::string xlsx = dir.file("report.xlsx");
    writeXlsx(fixture.model(), xlsx);
    const ZipArchive zip = readZip(xlsx);
    INFO(zip.error);
    CHECK(zip.valid);
    CHECK(zip.member("xl/workbook.xml").find("name=\"Summary\"") != std::string::npos);
}

TEST_CASE("The XLSX module writes the comparison workbook too", "[reports][xlsx][module]")
{
    const ReportFixture fixture;
    const SideBySide table = compareSideBySide(fixture.checklist, {{"a", fixture.review}, {"b", fixture.previous}});
    TempDir dir;
    const std::string xlsx = dir.file("compare.xlsx");
    writeSideBySideXlsx(fixture.checklist, table, xlsx);
    const ZipArchive zip = readZip(xlsx);
    INFO(zip.error);
    CHECK(zip.valid);
    CHECK(zip.member("xl/workbook.xml").find("name=\"Items\"") != std::string::npos);
    CHECK_THROWS_AS(writeSideBySideXlsx(fixture.checklist, table, dir.file("no-such-folder/compare.xlsx")),
                    ReportWriteError);
}

TEST_CASE("An error inside the module comes back as the writer's own error", "[reports][xlsx][module]")
{
    const ReportFixture fixture;
    TempDir dir;
    CHECK_THROWS_AS(writeXlsx(fixture.model(), dir.file("no-such-folder/report.xlsx")), ReportWriteError);
}

TEST_CASE("Without the module, writing a workbook fails with a message naming it", "[reports][xlsx][module]")
{
    TempDir dir;
    CHECK_THROWS_WITH(loadXlsxModule({dir.file("missing.so")}),
                      Contains("ccg-selfassess-xlsx.so") && Contains("not installed"));
    CHECK_THROWS_AS(loadXlsxModule({}), ReportWriteError);
}

TEST_CASE("A file that is not the module is passed over with the reason", "[reports][xlsx][module]")
{
    TempDir dir;
    const std::string fake = dir.file("ccg-selfassess-xlsx.so");
    writeFile(fake, "not a shared object\n");
    CHECK_THROWS_WITH(loadXlsxModule({fake}), Contains(fake));
    // A real module later in the list is still found.
    const auto candidates = xlsxModuleCandidates();
    REQUIRE_FALSE(candidates.empty());
    std::vector<std::filesystem::path> withFake{fake};
    withFake.insert(withFake.end(), candidates.begin(), candidates.end());
    const XlsxModule module = loadXlsxModule(withFake);
    CHECK(module.writeReport != nullptr);
    CHECK(module.writeSideBySide != nullptr);
}
