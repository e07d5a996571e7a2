// Fuzz target: the report from a loaded review to HTML and CSV, with any bytes as the answers
// file against the shipped checklist. Inputs that do not load are skipped (the answers fuzzer
// covers them) so the time goes into the report. The HTML must stay well-formed XML.
#include "fuzz_support.hpp"

#include "checklists/assessment_loader.hpp"
#include "checklists/calendar_date.hpp"
#include "reports/csv_writer.hpp"
#include "reports/html_renderer.hpp"
#include "reports/report_model.hpp"

#include <expat.h>

namespace {

bool wellFormed(const std::string& document)
{
    XML_Parser parser = XML_ParserCreate("UTF-8");
    const bool ok = XML_Parse(parser, document.data(), static_cast<int>(document.size()), XML_TRUE) == XML_STATUS_OK;
    XML_ParserFree(parser);
    return ok;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ccg::Checklist& checklist = ccg::fuzz::shippedChecklist();
    const auto loaded = ccg::parseAssessment(ccg::fuzz::textOf(data, size), "fuzz.xml", checklist);
    if (!loaded.assessment)
        return 0;
    const ccg::reports::ReportInput input{checklist, *loaded.assessment, nullptr,
                                          ccg::reports::defaultAsOf(*loaded.assessment)};
    const auto model = ccg::reports::buildReportModel(input);
    const std::string html = ccg::reports::renderHtml(model);
    if (!wellFormed(html))
        ccg::fuzz::fail("the HTML report is not well-formed");
    (void)ccg::reports::itemsCsv(model);
    (void)ccg::reports::actionsCsv(model);
    return 0;
}
