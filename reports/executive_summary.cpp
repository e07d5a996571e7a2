#include "reports/executive_summary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ccg::reports {

namespace {

using words::plural;
using words::points;

std::string scoreWithRag(const DomainScore& domain)
{
    return percent(domain.score) + ", " + ragWord(domain.rag);
}

/// "a, b, c and 2 more" over item ids.
std::string itemList(const ReportModel& model, const std::vector<std::size_t>& indices)
{
    std::string text;
    const std::size_t named = std::min(indices.size(), kSummaryNamedItems);
    for (std::size_t i = 0; i < named; ++i) {
        if (i > 0)
            text += (i + 1 == named && named == indices.size()) ? " and " : ", ";
        text += model.items[indices[i]].id;
    }
    if (indices.size() > named)
        text += " and " + std::to_string(indices.size() - named) + " more";
    return text;
}

std::string overallParagraph(const ReportModel& model)
{
    const ScoreResult& result = model.result;
    std::string text = "The " + model.assessedBy + " assessed " + plural(result.items, "item", "items") +
                       " of the checklist: " + std::to_string(result.answered) + " answered, " +
                       std::to_string(result.notApplicable) + " not applicable and " +
                       std::to_string(result.unanswered) + " unanswered.";
    if (!result.overall)
        return text + " No item has a scored answer, so there is no overall score.";
    text += " The overall score is " + percent(result.overall) + ", rated " + ragWord(result.overallRag) + ".";
    const bool capped = result.overallRag == Rag::Amber && *result.overall >= model.rag.greenFrom;
    if (capped)
        text += " The score alone would be green; it is held at amber because critical items are below target.";
    if (model.answeredOnly.provisional)
        text += " The scores are provisional while items are unanswered, since an unanswered item counts 0" +
                (model.answeredOnly.overall ? "; over the answered items alone the overall score is " +
                                                  percent(model.answeredOnly.overall) + "."
                                            : std::string("."));
    return text;
}

std::string domainsParagraph(const ReportModel& model)
{
    std::vector<const DomainRow*> scored;
    for (const auto& domain : model.domains)
        if (domain.score.score)
            scored.push_back(&domain);
    if (scored.empty())
        return {};
    if (scored.size() == 1)
        return "The only scored domain is " + scored.front()->title + " (" + scoreWithRag(scored.front()->score) + ").";
    const auto byScore = [](const DomainRow* a, const DomainRow* b) { return *a->score.score < *b->score.score; };
    const DomainRow* strongest = *std::max_element(scored.begin(), scored.end(), byScore);
    const DomainRow* weakest = *std::min_element(scored.begin(), scored.end(), byScore);
    if (*strongest->score.score == *weakest->score.score)
        return "Every scored domain has the same score (" + percent(strongest->score.score) + ").";
    std::string text = "The strongest domain is " + strongest->title + " (" + scoreWithRag(strongest->score) +
                       "); the weakest is " + weakest->title + " (" + scoreWithRag(weakest->score) + ").";
    const auto red = std::count_if(scored.begin(), scored.end(), [](auto* d) { return d->score.rag == Rag::Red; });
    const auto green = std::count_if(scored.begin(), scored.end(), [](auto* d) { return d->score.rag == Rag::Green; });
    text += " " + plural(red, "domain is", "domains are") + " red and " +
            (green == 0 ? std::string("none is") : plural(green, "is", "are")) + " green.";
    return text;
}

std::string criticalParagraph(const ReportModel& model)
{
    const auto& critical = model.criticalBelowTarget;
    if (critical.empty())
        return "No critical item is below its target.";
    return plural(critical.size(), "critical item is", "critical items are") + " below target (" +
           itemList(model, critical) + "); critical items count double in the gap list and keep their domain from green.";
}

std::string gapsParagraph(const ReportModel& model)
{
    if (model.gaps.empty())
        return "Every assessed item meets its target.";
    std::vector<std::size_t> top(model.gaps.begin(), model.gaps.begin() + std::min<std::size_t>(3, model.gaps.size()));
    std::string text = plural(model.gaps.size(), "item falls", "items fall") + " short of target. ";
    text += top.size() == 1 ? "The highest priority is " : "The highest priorities are ";
    for (std::size_t i = 0; i < top.size(); ++i) {
        if (i > 0)
            text += i + 1 == top.size() ? " and " : ", ";
        text += model.items[top[i]].id;
    }
    return text + ".";
}

std::string disagreementParagraph(const ReportModel& model)
{
    if (model.disagreements.empty())
        return {};
    std::vector<std::size_t> items;
    for (const auto& row : model.disagreements)
        items.push_back(row.item);
    return "Raters differed by " + words::disagreementWords(model.maxLevel()) + " on " + plural(items.size(), "item", "items") + " (" +
           itemList(model, items) + "); the " + model.assessedBy + " may wish to test these ratings before relying on them.";
}

std::string actionsParagraph(const ReportModel& model)
{
    if (model.actions.empty())
        return "The review records no actions yet.";
    return "The action plan holds " + plural(model.actions.size(), "action", "actions") + ": " +
           std::to_string(model.overdueActions) + " overdue and " + std::to_string(model.actionsDueSoon) +
           " due within 30 days of " + model.cover.asOf + ".";
}

std::string followThroughParagraph(const ReportModel& model)
{
    const FollowThrough& f = model.followThrough;
    if (f.commitments == 0)
        return {};
    return plural(f.commitments, "commitment was", "commitments were") + " carried from an earlier review. "
           "Follow-through: " + words::followThroughWords(f) + ".";
}

std::string trendParagraph(const ReportModel& model)
{
    const TrendSummary& trend = model.trend;
    if (!trend.hasPrevious)
        return {};
    std::string text = "Since " + trend.previousLabel + ", ";
    if (trend.facts.overall.change) {
        const double change = *trend.facts.overall.change;
        if (std::fabs(change) < 0.05)
            text += "the overall score is unchanged at " + percent(model.result.overall);
        else
            text += "the overall score has " + std::string(change > 0 ? "risen" : "fallen") + " by " + points(change) +
                    ", from " + percent(trend.facts.scores.overall) + " to " + percent(model.result.overall);
        text += "; ";
    }
    text += plural(trend.facts.domainsImproved, "domain", "domains") + " improved, " +
            std::to_string(trend.facts.domainsDeclined) + " declined and " + std::to_string(trend.facts.domainsUnchanged) +
            " stayed level, with " + plural(trend.facts.overall.itemsImproved, "item", "items") +
            " rated higher and " + std::to_string(trend.facts.overall.itemsDeclined) + " lower.";
    const DomainRow* biggest = nullptr;
    for (const auto& domain : model.domains)
        if (domain.change && (!biggest || *domain.change > *biggest->change))
            biggest = &domain;
    if (biggest && *biggest->change >= 0.05)
        text += " The largest improvement is in " + biggest->title + " (up " + points(*biggest->change) + ").";
    return text;
}

}  // namespace

std::vector<std::string> executiveSummary(const ReportModel& model)
{
    std::vector<std::string> paragraphs;
    for (auto paragraph : {overallParagraph(model), domainsParagraph(model), criticalParagraph(model),
                           gapsParagraph(model), disagreementParagraph(model), actionsParagraph(model),
                           followThroughParagraph(model), trendParagraph(model)})
        if (!paragraph.empty())
            paragraphs.push_back(std::move(paragraph));
    return paragraphs;
}

}  // namespace ccg::reports
