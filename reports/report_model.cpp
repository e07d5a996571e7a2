#include "reports/report_model.hpp"

#include "reports/cover_sheet.hpp"
#include "reports/executive_summary.hpp"
#include "reports/text_escape.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace ccg::reports {

namespace {

constexpr const char* kAnonymousRater = "Anonymous rater";

/// Declared raters in order; the anonymous rater, when anyone answered anonymously, last.
std::vector<RaterRow> raterRows(const Assessment& assessment)
{
    std::vector<RaterRow> raters;
    for (const auto& rater : assessment.raters)
        raters.push_back({boundedText(rater.name.empty() ? rater.id : rater.name, 200), boundedText(rater.role, 200)});
    const bool anonymous = std::any_of(assessment.answers.begin(), assessment.answers.end(),
                                       [&](const Answer& answer) { return !assessment.findRater(answer.rater); });
    if (anonymous)
        raters.push_back({kAnonymousRater, {}});
    return raters;
}

/// Index into raterRows() of a rater id (an empty or undeclared id is the anonymous rater).
std::size_t raterIndex(const Assessment& assessment, const std::string& raterId)
{
    for (std::size_t i = 0; i < assessment.raters.size(); ++i)
        if (assessment.raters[i].id == raterId)
            return i;
    return assessment.raters.size();
}

std::string citationText(const Citation& citation)
{
    std::string text = boundedText(citation.section.empty() ? "The report" : citation.section, 300);
    std::string where;
    if (citation.page)
        where = "p. " + std::to_string(*citation.page);
    if (citation.keyPoint)
        where += (where.empty() ? "" : ", ") + std::string("key point ") + std::to_string(*citation.keyPoint);
    return where.empty() ? text : text + " (" + where + ")";
}

std::string dueText(const std::string& due)
{
    if (due.empty())
        return "no date";
    if (const auto date = parseIsoDate(due))
        return longDate(*date);
    return boundedText(due, 40);
}

std::string effectiveWords(const Checklist& checklist, const ItemScore& score)
{
    switch (score.status) {
    case ItemStatus::Answered: return ratingWords(checklist, Rating::at(*score.level));
    case ItemStatus::NotApplicable: return "Not applicable";
    case ItemStatus::Unanswered: return "Unanswered";
    }
    return "Unanswered";
}

/// Each item's answers in the order raters are declared, the anonymous rater last.
std::unordered_map<std::string, std::vector<const Answer*>> answersByItem(const Assessment& assessment)
{
    std::map<std::string, std::size_t> raterOrder;
    for (std::size_t i = 0; i < assessment.raters.size(); ++i)
        raterOrder.emplace(assessment.raters[i].id, i);
    const auto order = [&](const Answer* answer) {
        const auto found = raterOrder.find(answer->rater);
        return found == raterOrder.end() ? raterOrder.size() : found->second;
    };
    std::unordered_map<std::string, std::vector<const Answer*>> byItem;
    for (const auto& answer : assessment.answers)
        byItem[answer.item].push_back(&answer);
    for (auto& [item, answers] : byItem)
        std::stable_sort(answers.begin(), answers.end(),
                         [&](const Answer* a, const Answer* b) { return order(a) < order(b); });
    return byItem;
}

std::optional<double> targetScore(const Domain& domain, const ScoreResult& result, int maxLevel)
{
    double weighted = 0.0;
    double weights = 0.0;
    for (const auto& item : domain.items) {
        const ItemScore* scored = result.findItem(item.id);
        if (!scored || scored->status == ItemStatus::NotApplicable)
            continue;
        weighted += item.weight * scored->target / std::max(1, maxLevel);
        weights += item.weight;
    }
    if (weights <= 0.0)
        return std::nullopt;
    return 100.0 * weighted / weights;
}

int compareLevels(const ItemScore& now, const ItemScore* before)
{
    const int change = levelChange(&now, before).value_or(0);
    return (change > 0) - (change < 0);
}

void addItems(ReportModel& model, const ReportInput& input, const ScoreResult* previous)
{
    const auto answers = answersByItem(input.assessment);
    std::size_t index = 0;
    for (const auto& domain : input.checklist.domains) {
        for (const auto& item : domain.items) {
            ItemRow row;
            row.id = item.id;
            row.domainId = domain.id;
            row.domainTitle = boundedText(domain.title, 300);
            row.question = boundedText(item.question);
            row.guidance = boundedText(item.guidance);
            row.critical = item.critical;
            row.weight = item.weight;
            row.score = model.result.itemScores.at(index++);
            row.answer = effectiveWords(input.checklist, row.score);
            row.target = ratingWords(input.checklist, Rating::at(row.score.target));
            if (const auto* agreed = input.assessment.findAgreed(item.id))
                row.agreed = ratingWords(input.checklist, agreed->rating);
            if (const auto found = answers.find(item.id); found != answers.end()) {
                for (const Answer* answer : found->second) {
                    const std::size_t rater = raterIndex(input.assessment, answer->rater);
                    row.answers.push_back({rater, model.raters.at(rater).name,
                                           ratingWords(input.checklist, answer->rating), answer->rating.level,
                                           boundedText(answer->note), boundedText(answer->evidence)});
                }
            }
            for (const auto& citation : item.citations)
                row.citations.push_back(citationText(citation));
            if (previous) {
                const ItemScore* before = previous->findItem(item.id);
                row.hasPrevious = before != nullptr;
                if (before)
                    row.previousAnswer = effectiveWords(input.checklist, *before);
                row.change = compareLevels(row.score, before);
            }
            model.items.push_back(std::move(row));
        }
    }
}

void addDomains(ReportModel& model, const ReportInput& input, const ScoreResult* previous)
{
    for (const auto& domain : input.checklist.domains) {
        DomainRow row;
        row.id = domain.id;
        row.title = boundedText(domain.title, 300);
        row.weight = domain.weight;
        row.score = *model.result.findDomain(domain.id);
        row.score.title = row.title;
        row.targetScore = targetScore(domain, model.result, input.checklist.maxLevel());
        if (previous) {
            const DomainScore* before = previous->findDomain(domain.id);
            row.hasPrevious = before != nullptr;
            if (before) {
                row.previousScore = before->score;
                row.previousRag = before->rag;
                if (before->score && row.score.score)
                    row.change = *row.score.score - *before->score;
            }
        }
        for (const auto& item : model.items) {
            if (item.domainId != domain.id)
                continue;
            row.itemsImproved += item.change > 0;
            row.itemsDeclined += item.change < 0;
        }
        model.domains.push_back(std::move(row));
    }
}

void addLists(ReportModel& model)
{
    std::unordered_map<std::string, std::size_t> indexOf;
    for (std::size_t i = 0; i < model.items.size(); ++i)
        indexOf.emplace(model.items[i].id, i);
    for (const auto& gap : model.result.gaps) {
        const std::size_t index = indexOf.at(gap.itemId);
        model.gaps.push_back(index);
        model.items[index].gapRank = model.gaps.size();
    }
    for (std::size_t i = 0; i < model.items.size(); ++i) {
        const ItemRow& item = model.items[i];
        if (item.score.criticalBelowTarget)
            model.criticalBelowTarget.push_back(i);
        if (item.score.disagreement) {
            DisagreementRow row{i, {}, item.score.spread.value_or(0)};
            for (const auto& answer : item.answers)
                row.ratings.push_back(answer);
            model.disagreements.push_back(std::move(row));
        }
    }
    std::stable_sort(model.criticalBelowTarget.begin(), model.criticalBelowTarget.end(), [&](auto a, auto b) {
        return model.items[a].score.priority.value_or(0.0) > model.items[b].score.priority.value_or(0.0);
    });
    std::stable_sort(model.disagreements.begin(), model.disagreements.end(),
                     [](const DisagreementRow& a, const DisagreementRow& b) { return a.spread > b.spread; });
}

void addActions(ReportModel& model, const ReportInput& input)
{
    for (const auto& action : input.assessment.actions) {
        ActionRow row;
        row.reference = "A" + std::to_string(model.actions.size() + 1);
        row.itemId = action.item;
        if (const Item* item = input.checklist.findItem(action.item))
            row.itemQuestion = boundedText(item->question);
        row.text = boundedText(action.text);
        row.owner = boundedText(action.owner.empty() ? "No owner named" : action.owner, 500);
        row.due = dueText(action.due);
        row.dueIso = boundedText(action.due, 40);
        row.status = action.status;
        row.statusWords = statusWords(action.status);
        row.brag = bragStatus(action, input.asOf);
        model.overdueActions += row.brag.brag == Brag::Red;
        model.actionsDueSoon += row.brag.brag == Brag::Amber;
        model.liveActions += action.status == ActionStatus::Open || action.status == ActionStatus::InProgress;
        model.actions.push_back(std::move(row));
    }
}

std::string reviewLabel(const Assessment& assessment)
{
    if (!assessment.review)
        return "the previous review";
    std::string label = boundedText(assessment.review->title.empty() ? assessment.review->id : assessment.review->title, 300);
    if (const auto date = parseIsoDate(assessment.review->date))
        label += " (" + longDate(*date) + ")";
    return label;
}

void addTrend(ReportModel& model, const Assessment& previousAssessment, const ScoreResult& previous)
{
    TrendSummary& trend = model.trend;
    trend.hasPrevious = true;
    trend.previousLabel = reviewLabel(previousAssessment);
    trend.previousOverall = previous.overall;
    trend.previousRag = previous.overallRag;
    trend.previousCompleteness = previous.completeness;
    if (previous.overall && model.result.overall)
        trend.overallChange = *model.result.overall - *previous.overall;
    for (const auto& domain : model.domains) {
        if (!domain.change)
            continue;
        // Changes under half a point show as 0.0 in the tables, so they count as unchanged.
        if (*domain.change >= 0.05)
            ++trend.domainsImproved;
        else if (*domain.change <= -0.05)
            ++trend.domainsDeclined;
        else
            ++trend.domainsUnchanged;
    }
    for (const auto& item : model.items) {
        if (!item.hasPrevious)
            continue;
        trend.itemsImproved += item.change > 0;
        trend.itemsDeclined += item.change < 0;
        trend.itemsUnchanged += item.change == 0 && item.score.status == ItemStatus::Answered;
    }
}

}  // namespace

std::string toString(PaperPurpose purpose)
{
    switch (purpose) {
    case PaperPurpose::Approval: return "Approval";
    case PaperPurpose::Assurance: return "Assurance";
    case PaperPurpose::Discussion: return "Discussion";
    case PaperPurpose::Information: return "Information";
    }
    return "Information";
}

std::string toString(AssuranceLevel level)
{
    switch (level) {
    case AssuranceLevel::Substantial: return "Substantial";
    case AssuranceLevel::Reasonable: return "Reasonable";
    case AssuranceLevel::Limited: return "Limited";
    case AssuranceLevel::None: return "No assurance";
    }
    return "No assurance";
}

std::string ragWord(Rag rag)
{
    switch (rag) {
    case Rag::Red: return "Red";
    case Rag::Amber: return "Amber";
    case Rag::Green: return "Green";
    case Rag::None: return "No score";
    }
    return "No score";
}

std::string percent(std::optional<double> value)
{
    if (!value)
        return "no score";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", *value);
    return buffer;
}

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string change(std::optional<double> value)
{
    if (!value)
        return "\xE2\x80\x94";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.1f", *value);
    return buffer;
}

std::string ratingWords(const Checklist& checklist, const Rating& rating)
{
    if (rating.isNotApplicable())
        return "Not applicable";
    const ScaleLevel* level = checklist.level(*rating.level);
    const std::string number = std::to_string(*rating.level);
    return level && !level->label.empty() ? number + " " + boundedText(level->label, 200) : number;
}

Date defaultAsOf(const Assessment& assessment)
{
    if (assessment.review)
        if (const auto date = parseIsoDate(assessment.review->date))
            return *date;
    return today();
}

ReportModel buildReportModel(const ReportInput& input)
{
    ReportModel model;
    model.result = score(input.checklist, input.assessment);
    model.rag = input.checklist.rag;
    model.scale = input.checklist.scale;
    for (auto& level : model.scale) {
        level.label = boundedText(level.label, 200);
        level.descriptor = boundedText(level.descriptor, 2000);
    }
    model.raters = raterRows(input.assessment);
    std::optional<ScoreResult> previous;
    if (input.previous)
        previous = score(input.checklist, *input.previous);
    const ScoreResult* before = previous ? &*previous : nullptr;
    addItems(model, input, before);
    addDomains(model, input, before);
    addLists(model);
    addActions(model, input);
    if (previous)
        addTrend(model, *input.previous, *previous);
    model.cover = coverSheet(model, input);
    model.summary = executiveSummary(model);
    return model;
}

}  // namespace ccg::reports
