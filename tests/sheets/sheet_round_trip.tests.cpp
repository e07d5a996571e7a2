// The checklist as a workbook and back: the same bytes, the same scores (PRODUCT.md §14).
#include "process_runner.hpp"
#include "test_workbooks.hpp"
#include "xlsx_cells.hpp"

#include "checklists/checklist_loader.hpp"
#include "checklists/checklist_writer.hpp"
#include "checklists/sheets/checklist_from_sheet.hpp"
#include "reports/checklist_workbook.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <fstream>

using namespace ccg;
using namespace ccg::test;
using namespace ccg::test::sheets;

namespace {

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string scoreJson(const std::string& checklist, const std::string& answers)
{
    const auto result = runProcess(CCG_EXECUTABLE, {"score", "--checklist", checklist, "--answers", answers,
                                                    "--format", "json"});
    REQUIRE(result.exitCode == 0);
    return result.out;
}

}  // namespace

TEST_CASE("A checklist written as a workbook reads back to the same bytes", "[sheets][round-trip]")
{
    const std::string source = GENERATE(std::string(CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml"),
                                        std::string(CCG_TEST_DATA_DIR "/mini-checklist.xml"),
                                        std::string(CCG_TEST_DATA_DIR "/reports/checklist.xml"));
    CAPTURE(source);
    const Checklist original = loadChecklistOrThrow(source);
    const std::string workbook = scratchPath("round-trip.xlsx");
    reports::writeChecklistWorkbook(original, workbook);
    const auto back = ccg::sheets::checklistFromSheetFile(workbook, {});
    INFO(joinDiagnostics(back.errors));
    REQUIRE(back.checklist);
    CHECK(back.xml == writeChecklistXml(original));
    CHECK(parseChecklist(back.xml, "back").checklist);
}

TEST_CASE("The shipped checklist through a workbook scores the demo reviews identically", "[sheets][round-trip]")
{
    const std::string shipped = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
    const std::string workbook = scratchPath("shipped.xlsx");
    const std::string back = scratchPath("shipped-back.xml");
    REQUIRE(runProcess(CCG_EXECUTABLE, {"checklist-to-sheet", shipped, "-o", workbook}).exitCode == 0);
    REQUIRE(runProcess(CCG_EXECUTABLE, {"checklist-from-sheet", workbook, "-o", back}).exitCode == 0);
    CHECK(readText(back) == writeChecklistXml(loadChecklistOrThrow(shipped)));
    CHECK(runProcess(CCG_EXECUTABLE, {"validate", back}).exitCode == 0);
    const std::string review = GENERATE(std::string("northmoor-2013.xml"), std::string("northmoor-2014.xml"));
    const std::string answers = CCG_SOURCE_DIR "/resources/demo/" + review;
    CHECK(scoreJson(back, answers) == scoreJson(shipped, answers));
}

TEST_CASE("The template has the four sheets, notes, drop-down lists and an example that is a valid checklist",
          "[sheets][template]")
{
    const std::string path = scratchPath("template.xlsx");
    REQUIRE(runProcess(CCG_EXECUTABLE, {"checklist-template", "-o", path}).exitCode == 0);
    const auto zip = readZip(path);
    REQUIRE(zip.valid);
    const std::string workbookXml = zip.member("xl/workbook.xml");
    for (const char* name : {"Checklist", "Scale", "Items", "Citations"})
        CHECK(workbookXml.find(std::string("name=\"") + name + "\"") != std::string::npos);
    const auto items = worksheetCells(zip, 3);
    CHECK(items.at("A1") == "domain_id");
    CHECK(items.at("F1") == "question");
    CHECK(items.at("M1") == "importance");
    CHECK(items.count("F2") == 1);  // the example row
    const std::string itemsXml = zip.member("xl/worksheets/sheet3.xml");
    CHECK(itemsXml.find("<dataValidation type=\"list\"") != std::string::npos);
    CHECK(itemsXml.find("\"must,should,could\"") != std::string::npos);
    CHECK(itemsXml.find("\"true,false\"") != std::string::npos);
    CHECK(zip.member("xl/worksheets/sheet1.xml").find("\"on,off\"") != std::string::npos);
    CHECK(zip.member("xl/comments3.xml").find("one per line in the cell") != std::string::npos);
    const auto example = ccg::sheets::checklistFromSheetFile(path, {});
    INFO(joinDiagnostics(example.errors));
    CHECK(example.checklist);
}

TEST_CASE("A workbook filled in under the template's headers, in another column order, scores as the checklist",
          "[sheets][template]")
{
    const std::string templatePath = scratchPath("to-fill.xlsx");
    reports::writeChecklistTemplate(templatePath);
    const auto zip = readZip(templatePath);
    TestWorkbook filled = miniWorkbook();
    // The Items columns as the template names them, written right to left: columns are found by name.
    const auto templateItems = worksheetCells(zip, 3);
    auto& items = sheet(filled, "Items");
    const auto mini = items.rows;
    for (std::size_t r = 0; r < items.rows.size(); ++r) {
        std::vector<std::string> padded(mini.front().size());
        for (std::size_t c = 0; c < mini[r].size(); ++c)
            padded[mini.front().size() - 1 - c] = mini[r][c];
        items.rows[r] = padded;
    }
    for (std::size_t c = 0; c < mini.front().size(); ++c) {
        const std::string reference = std::string(1, static_cast<char>('A' + c)) + "1";
        CHECK(templateItems.at(reference) == mini.front()[c]);
    }
    const std::string path = scratchPath("filled.xlsx");
    writeWorkbook(path, filled);
    const std::string checklistPath = scratchPath("filled.xml");
    const auto made = runProcess(CCG_EXECUTABLE, {"checklist-from-sheet", path, "-o", checklistPath});
    INFO(made.err);
    REQUIRE(made.exitCode == 0);
    CHECK(runProcess(CCG_EXECUTABLE, {"validate", checklistPath}).exitCode == 0);
    const std::string answers = CCG_TEST_DATA_DIR "/mini-answers.xml";
    CHECK(scoreJson(checklistPath, answers) == scoreJson(CCG_TEST_DATA_DIR "/mini-checklist.xml", answers));
}
