// PDF with unbreakable words: the board paper of the shipped checklist with notes of one long
// word each, against a baseline of the same bytes as ordinary words ("WWWWWWW "), rendered side
// by side. The ratio stays near 1 when layout work is proportional to the text (it was about 50
// before long words were cut into items). Usage: pdf_bench [NOTES] [CHARACTERS]   (default 65 20000)
#include "checklists/checklist_loader.hpp"
#include "checklists/calendar_date.hpp"
#include "reports/pdf_renderer.hpp"
#include "reports/report_model.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

/// Seconds to render the PDF with `notes` answers, each with `note`, and the PDF's size.
std::pair<double, std::size_t> render(const ccg::Checklist& checklist, int notes, const std::string& note)
{
    ccg::Assessment review;
    review.checklistId = checklist.id;
    review.checklistVersion = checklist.version;
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            if (static_cast<int>(review.answers.size()) < notes)
                review.answers.push_back({item.id, "", ccg::Rating::at(1), note, ""});
    const auto start = Clock::now();
    const auto model = ccg::reports::buildReportModel({checklist, review, nullptr, *ccg::parseIsoDate("2014-03-01")});
    const std::string pdf = ccg::reports::renderPdf(model);
    return {std::chrono::duration<double>(Clock::now() - start).count(), pdf.size()};
}

}  // namespace

int main(int argc, char** argv)
{
    const int notes = argc > 1 ? std::atoi(argv[1]) : 65;
    const auto length = static_cast<std::size_t>(argc > 2 ? std::atoi(argv[2]) : 20000);
    const auto checklist = ccg::loadChecklistOrThrow(CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml");
    std::string words;
    while (words.size() < length)
        words += "WWWWWWW ";
    words.resize(length);
    const auto [baseline, baselineBytes] = render(checklist, notes, words);
    const auto [hostile, hostileBytes] = render(checklist, notes, std::string(length, 'W'));
    std::printf("%d notes of %zu characters\n", notes, length);
    std::printf("  same bytes as words (baseline)  %7.2f s  %9zu bytes of PDF\n", baseline, baselineBytes);
    std::printf("  one unbreakable word each       %7.2f s  %9zu bytes of PDF\n", hostile, hostileBytes);
    std::printf("  ratio                           %7.2f\n", hostile / baseline);
    return 0;
}
