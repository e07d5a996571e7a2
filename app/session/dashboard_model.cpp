#include "app/session/dashboard_model.hpp"

#include <algorithm>
#include <ctime>

namespace ccg::session {

namespace {

std::string countsText(int items, int answered, int notApplicable, int criticalBelow)
{
    std::string text = std::to_string(answered) + " of " + std::to_string(items) + " answered";
    if (notApplicable > 0)
        text += ", " + std::to_string(notApplicable) + " N/A";
    if (criticalBelow > 0)
        text += ", " + std::to_string(criticalBelow) + " critical below target";
    return text;
}

RadarSeries domainSeries(const std::string& name, const Checklist& checklist, const ScoreResult& result)
{
    RadarSeries series{name, {}};
    for (const auto& domain : checklist.domains) {
        const DomainScore* scored = result.findDomain(domain.id);
        series.values.push_back(scored ? scored->score : std::nullopt);
    }
    return series;
}

}  // namespace

bool isOverdue(const Action& action, const std::string& today)
{
    const bool live = action.status == ActionStatus::Open || action.status == ActionStatus::InProgress;
    return live && !action.due.empty() && action.due < today;
}

std::string todayIso()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

ScoreResult targetScores(const Checklist& checklist, const Assessment& assessment, const ScoreResult& current)
{
    // The target picture is the same review with every applicable item agreed at its target,
    // scored by the one scoring engine.
    Assessment atTarget;
    atTarget.checklistId = assessment.checklistId;
    atTarget.checklistVersion = assessment.checklistVersion;
    for (const auto& item : current.itemScores) {
        const Rating rating = item.status == ItemStatus::NotApplicable ? Rating::notApplicable()
                                                                        : Rating::at(item.target);
        atTarget.agreed.push_back(AgreedRating{item.itemId, rating});
    }
    return score(checklist, atTarget);
}

Dashboard buildDashboard(const Checklist& checklist, const Assessment& assessment, const ScoreResult& current,
                         const std::optional<ScoreResult>& previous, const std::string& today,
                         std::size_t maxGaps)
{
    Dashboard board;
    int criticalBelow = 0;
    for (const auto& domain : current.domains) {
        board.domains.push_back(ScoreTile{domain.title, domain.score, domain.rag,
                                          countsText(domain.items, domain.answered, domain.notApplicable,
                                                     domain.criticalBelowTarget)});
        criticalBelow += domain.criticalBelowTarget;
    }
    board.overall = ScoreTile{"Overall", current.overall, current.overallRag,
                              countsText(current.items, current.answered, current.notApplicable, criticalBelow)};
    board.completeness = current.completeness;
    board.items = current.items;
    board.answered = current.answered;
    board.notApplicable = current.notApplicable;

    for (const auto& domain : checklist.domains)
        board.axes.push_back(domain.title);
    board.radar.push_back(domainSeries("Current", checklist, current));
    board.radar.push_back(domainSeries("Target", checklist, targetScores(checklist, assessment, current)));
    if (previous)
        board.radar.push_back(domainSeries("Previous review", checklist, *previous));

    for (const auto& gap : current.gaps) {
        if (board.topGaps.size() >= maxGaps)
            break;
        const Item* item = checklist.findItem(gap.itemId);
        const Domain* domain = checklist.domainOf(gap.itemId);
        const ItemScore* scored = current.findItem(gap.itemId);
        if (!item || !domain || !scored)
            continue;
        board.topGaps.push_back(GapLine{gap.itemId, domain->title, item->question, scored->level, scored->target,
                                        gap.gap, gap.priority, item->critical});
    }

    for (const auto& action : assessment.actions)
        if (isOverdue(action, today))
            board.overdue.push_back(OverdueLine{action.item, action.text, action.owner, action.due});
    std::stable_sort(board.overdue.begin(), board.overdue.end(),
                     [](const OverdueLine& a, const OverdueLine& b) { return a.due < b.due; });
    return board;
}

}  // namespace ccg::session
