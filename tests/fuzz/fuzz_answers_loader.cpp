// Fuzz target: any bytes as an answers file (PRODUCT.md §4) against the shipped checklist. An
// answers file that loads must score, and what the app writes of it must load again the same.
#include "fuzz_support.hpp"

#include "checklists/assessment_loader.hpp"
#include "checklists/assessment_writer.hpp"
#include "checklists/scoring.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ccg::Checklist& checklist = ccg::fuzz::shippedChecklist();
    const auto loaded = ccg::parseAssessment(ccg::fuzz::textOf(data, size), "fuzz.xml", checklist);
    if (!loaded.assessment) {
        if (loaded.errors.empty())
            ccg::fuzz::fail("an answers file was refused without a reason");
        return 0;
    }
    const auto result = ccg::score(checklist, *loaded.assessment);
    const std::string written = ccg::writeAssessmentXml(*loaded.assessment);
    const auto again = ccg::parseAssessment(written, "written.xml", checklist);
    if (!again.assessment)
        ccg::fuzz::fail("an answers file the app wrote does not load again");
    if (ccg::writeAssessmentXml(*again.assessment) != written)
        ccg::fuzz::fail("an answers file changes when it is read and written again");
    if (ccg::score(checklist, *again.assessment).completeness != result.completeness)
        ccg::fuzz::fail("an answers file scores differently once written and read again");
    return 0;
}
