#include "app/gui/dashboard_assurance.hpp"

#include "checklists/words.hpp"

namespace ccg::gui {

namespace {

/// "No assurance (14% assured)", or "Nothing to assess" without a coverage.
std::string levelWithCoverage(const std::optional<Assurance>& level, const std::optional<double>& coverage)
{
    std::string text = words::assuranceWords(level);
    if (coverage)
        text += " (" + words::coverageWords(coverage) + " assured)";
    return text;
}

}  // namespace

DashboardAssurance dashboardAssurance(const Checklist& checklist, const ReviewAnalysis& analysis)
{
    DashboardAssurance result;
    result.followThrough = words::followThroughWords(analysis.followThrough);
    result.assessed = checklist.assurance;
    if (!result.assessed)
        return result;
    const AssuranceResult& assurance = analysis.assurance;
    // Two lines under a domain's tile, which is narrow: the level, then how much is assured.
    for (const DomainAssurance& domain : assurance.domains)
        result.domains.push_back("Assurance: " + words::assuranceWords(domain.level) +
                                 (domain.coverage ? "\n" + words::coverageWords(domain.coverage) + " assured"
                                                  : std::string()));
    result.suggested = "Suggested: " + levelWithCoverage(assurance.level, assurance.coverage);
    // Until the author chooses, the paper shows the suggestion and says so (§12).
    result.chosen = assurance.chosen ? "Chosen: " + words::assuranceWords(assurance.chosen)
                                     : std::string("Not chosen yet: the paper shows the suggestion");
    return result;
}

}  // namespace ccg::gui
