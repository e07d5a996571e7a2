// Load-and-score benchmark: the time to load the shipped checklist and the demo review and
// score it, against a baseline of merely tokenising the same bytes with expat (no tree,
// no validation). Usage: checklists_bench [CHECKLIST ANSWERS] [RUNS]
#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"
#include "checklists/score_json.hpp"
#include "checklists/scoring.hpp"
#include "checklists/xml_document.hpp"

#include <expat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double medianMicroseconds(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::string bytesOf(const std::string& path)
{
    ccg::Diagnostics errors;
    return ccg::xml::readBoundedFile(path, errors).value_or("");
}

void tokenise(const std::string& bytes)
{
    XML_Parser parser = XML_ParserCreate("UTF-8");
    XML_Parse(parser, bytes.data(), static_cast<int>(bytes.size()), XML_TRUE);
    XML_ParserFree(parser);
}

}  // namespace

int main(int argc, char** argv)
{
    const std::string checklistPath = argc > 2 ? argv[1] : CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
    const std::string answersPath = argc > 2 ? argv[2] : CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml";
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 51;

    const auto checklistBytes = bytesOf(checklistPath);
    const auto answersBytes = bytesOf(answersPath);
    const auto checklist = ccg::parseChecklist(checklistBytes, checklistPath).checklist;
    if (!checklist) {
        std::fprintf(stderr, "%s does not load\n", checklistPath.c_str());
        return 1;
    }

    const double baseline = medianMicroseconds(runs, [&] {
        tokenise(checklistBytes);
        tokenise(answersBytes);
    });
    const double full = medianMicroseconds(runs, [&] {
        const auto list = ccg::loadChecklistFile(checklistPath).checklist;
        const auto answers = ccg::loadAssessmentFile(answersPath, *list).assessment;
        const auto analysis = ccg::analyse(*list, *answers, nullptr, ccg::today());
        const auto json = ccg::scoreJson(*list, *answers, analysis);
        if (json.empty())
            std::abort();
    });
    const auto answers = ccg::parseAssessment(answersBytes, answersPath, *checklist).assessment;
    const double scoring = medianMicroseconds(runs, [&] { (void)ccg::score(*checklist, *answers); });

    std::printf("files: %s (%zu bytes), %s (%zu bytes); median of %d runs\n", checklistPath.c_str(),
                checklistBytes.size(), answersPath.c_str(), answersBytes.size(), runs);
    std::printf("baseline  expat tokenise both files      %10.1f us\n", baseline);
    std::printf("ours      load+validate+score+JSON       %10.1f us  (%.1fx baseline)\n", full, full / baseline);
    std::printf("ours      score only                     %10.1f us\n", scoring);
    return 0;
}
