#include "app/session/dashboard_model.hpp"

#include "checklists/item_index.hpp"
#include "checklists/words.hpp"

#include <algorithm>

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

}  // namespace

Dashboard buildDashboard(const Checklist& checklist, const Assessment& assessment, const ReviewAnalysis& analysis,
                         std::size_t maxGaps)
{
    const ScoreResult& current = analysis.current;
    Dashboard board;
    int criticalBelow = 0;
    // Mid-review, unanswered items count 0: such a score says so, with the score over the answered items.
    const auto tile = [](std::string title, std::optional<double> score, Rag rag, std::string detail,
                         bool provisional, std::optional<double> answeredOnly) {
        return ScoreTile{std::move(title), score, rag, std::move(detail), provisional,
                         provisional ? words::provisionalWords(answeredOnly) : std::string()};
    };
    for (std::size_t d = 0; d < current.domains.size(); ++d) {
        const DomainScore& domain = current.domains[d];
        board.domains.push_back(tile(domain.title, domain.score, domain.rag,
                                     countsText(domain.items, domain.answered, domain.notApplicable,
                                                domain.criticalBelowTarget),
                                     domain.unanswered > 0, analysis.answeredOnly.domains.at(d)));
        criticalBelow += domain.criticalBelowTarget;
    }
    board.overall = tile("Overall", current.overall, current.overallRag,
                         countsText(current.items, current.answered, current.notApplicable, criticalBelow),
                         analysis.answeredOnly.provisional, analysis.answeredOnly.overall);
    board.completeness = current.completeness;
    board.items = current.items;
    board.answered = current.answered;
    board.notApplicable = current.notApplicable;

    for (const auto& domain : checklist.domains)
        board.axes.push_back(domain.title);
    board.radar = reports::radarSeries(checklist, analysis);
    board.rag = checklist.rag;

    const ItemIndex items(checklist);
    for (const auto& gap : current.gaps) {
        if (board.topGaps.size() >= maxGaps)
            break;
        const Item* item = items.find(gap.itemId);
        const Domain* domain = items.domainOf(gap.itemId);
        const ItemScore* scored = analysis.item(gap.itemId);
        if (!item || !domain || !scored)
            continue;
        board.topGaps.push_back(GapLine{gap.itemId, domain->title, item->question, scored->level, scored->target,
                                        gap.gap, gap.priority, item->critical});
    }

    for (std::size_t i = 0; i < assessment.actions.size() && i < analysis.actions.size(); ++i) {
        const Action& action = assessment.actions[i];
        if (analysis.actions[i].overdue())
            board.overdue.push_back(OverdueLine{action.item, action.text, action.owner, action.due});
    }
    std::stable_sort(board.overdue.begin(), board.overdue.end(),
                     [](const OverdueLine& a, const OverdueLine& b) { return a.due < b.due; });
    return board;
}

}  // namespace ccg::session
