#include "reports/report_model.hpp"

#include "checklists/item_index.hpp"
#include "reports/cover_sheet.hpp"
#include "reports/executive_summary.hpp"
#include "reports/public_version.hpp"
#include "reports/text_escape.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace ccg::reports {

namespace {

constexpr const char* kAnonymousRater = "Anonymous rater";

/// Index into raterRows() of each declared rater id (any other id is the anonymous rater, last).
std::unordered_map<std::string_view, std::size_t> raterIndices(const Assessment& assessment)
{
    std::unordered_map<std::string_view, std::size_t> indices;
    for (std::size_t i = 0; i < assessment.raters.size(); ++i)
        indices.emplace(assessment.raters[i].id, i);
    return indices;
}

/// Declared raters in order; the anonymous rater, when anyone answered anonymously, last.
std::vector<RaterRow> raterRows(const Assessment& assessment)
{
    std::vector<RaterRow> raters;
    for (const auto& rater : assessment.raters)
        raters.push_back({boundedText(rater.name.empty() ? rater.id : rater.name, 200), boundedText(rater.role, 200)});
    const auto declared = raterIndices(assessment);
    const bool anonymous = std::any_of(assessment.answers.begin(), assessment.answers.end(),
                                       [&](const Answer& answer) { return !declared.count(answer.rater); });
    if (anonymous)
        raters.push_back({kAnonymousRater, {}});
    return raters;
}


std::string dueText(const std::string& due)
{
    if (due.empty())
        return "no date";
    if (const auto date = parseIsoDate(due))
        return longDate(*date);
    return boundedText(due, 40);
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

int direction(Movement movement)
{
    return movement == Movement::Improved ? 1 : movement == Movement::Declined ? -1 : 0;
}

/// "3 Embedded" for a level of `checklist`, bounded for the page.
std::string levelWords(const Checklist& checklist, const Rating& rating)
{
    return boundedText(words::ratingWords(checklist, rating), 300);
}

void addItems(ReportModel& model, const ReportInput& input, const ReviewAnalysis& analysis,
              const Checklist& previousChecklist)
{
    const auto answers = answersByItem(input.assessment);
    std::unordered_map<std::string_view, const AgreedRating*> agreed;
    for (const auto& entry : input.assessment.agreed)
        agreed.emplace(entry.item, &entry);
    const auto raterIndex = raterIndices(input.assessment);
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
            if (item.importance)
                row.importance = toString(*item.importance);
            row.weight = item.weight;
            const std::size_t position = index++;
            const ItemTrend& trend = analysis.itemTrends.at(position);
            row.score = analysis.current.itemScores.at(position);
            row.answer = boundedText(words::effectiveWords(input.checklist, row.score), 300);
            row.target = levelWords(input.checklist, Rating::at(row.score.target));
            if (const auto found = agreed.find(item.id); found != agreed.end()) {
                const AgreedRating& record = *found->second;
                row.agreed = levelWords(input.checklist, record.rating);
                row.rationale = boundedText(record.rationale, kMaxRationaleChars);
                for (const auto& dissent : record.dissent) {
                    const auto rater = raterIndex.find(dissent.rater);
                    const std::size_t index = rater == raterIndex.end() ? model.raters.size() - 1 : rater->second;
                    row.dissent.push_back({model.raters.at(index).name, boundedText(dissent.text, kMaxRationaleChars)});
                }
            }
            if (const auto found = answers.find(item.id); found != answers.end()) {
                for (const Answer* answer : found->second) {
                    const auto found = raterIndex.find(answer->rater);
                    const std::size_t rater = found == raterIndex.end() ? input.assessment.raters.size() : found->second;
                    row.answers.push_back({rater, model.raters.at(rater).name,
                                           levelWords(input.checklist, answer->rating), answer->rating.level,
                                           boundedText(answer->note), boundedText(answer->evidence)});
                }
            }
            for (const auto& citation : item.citations)
                row.citations.push_back(boundedText(words::citationWords(input.checklist, citation), 600));
            row.assurance = analysis.assurance.items.at(position);
            row.hasPrevious = trend.inEarlier;
            if (trend.before)
                row.previousAnswer = boundedText(words::effectiveWords(previousChecklist, *trend.before), 300);
            row.change = direction(trend.movement);
            model.items.push_back(std::move(row));
        }
    }
}

void addDomains(ReportModel& model, const ReportInput& input, const ReviewAnalysis& analysis)
{
    for (std::size_t d = 0; d < input.checklist.domains.size(); ++d) {
        const Domain& domain = input.checklist.domains[d];
        const ScoreTrend& trend = analysis.domainTrends.at(d);
        DomainRow row;
        row.id = domain.id;
        row.title = boundedText(domain.title, 300);
        row.weight = domain.weight;
        row.score = analysis.current.domains.at(d);
        row.score.title = row.title;
        row.targetScore = analysis.target.domains.at(d);
        row.hasPrevious = trend.inEarlier;
        row.previousScore = trend.before;
        row.previousRag = trend.beforeRag;
        row.change = trend.change;
        row.itemsImproved = trend.itemsImproved;
        row.itemsDeclined = trend.itemsDeclined;
        row.assurance = analysis.assurance.domains.at(d);
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

void addActions(ReportModel& model, const ReportInput& input, const ReviewAnalysis& analysis)
{
    const ItemIndex items(input.checklist);
    for (std::size_t i = 0; i < input.assessment.actions.size(); ++i) {
        const Action& action = input.assessment.actions[i];
        ActionRow row;
        row.reference = "A" + std::to_string(model.actions.size() + 1);
        row.itemId = action.item;
        if (const Item* item = items.find(action.item))
            row.itemQuestion = boundedText(item->question);
        row.text = boundedText(action.text);
        row.owner = boundedText(action.owner.empty() ? "No owner named" : action.owner, 500);
        row.due = dueText(action.due);
        row.dueIso = boundedText(action.due, 40);
        row.status = action.status;
        row.statusWords = words::statusWords(action.status);
        row.state = analysis.actions.at(i);
        row.bragWords = words::bragWords(row.state);
        model.actions.push_back(std::move(row));
    }
    model.overdueActions = analysis.overdueActions;
    model.actionsDueSoon = analysis.actionsDueSoon;
    model.liveActions = analysis.liveActions;
}

void addCommitments(ReportModel& model, const ReportInput& input, const ReviewAnalysis& analysis)
{
    for (const auto& commitment : input.assessment.commitments) {
        CommitmentRow row;
        row.reference = "C" + std::to_string(model.commitments.size() + 1);
        row.fromReview = boundedText(commitment.fromReview, 100);
        row.itemId = boundedText(commitment.item, 100);
        row.text = boundedText(commitment.text);
        row.owner = boundedText(commitment.owner.empty() ? "No owner named" : commitment.owner, 500);
        row.due = dueText(commitment.due);
        row.outcome = commitment.outcome;
        row.outcomeWords = words::outcomeWords(commitment.outcome);
        row.remark = boundedText(commitment.remark, kMaxRationaleChars);
        model.commitments.push_back(std::move(row));
    }
    model.followThrough = analysis.followThrough;
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

/// "x, y and z" of ids, the first few only.
std::string idList(const std::vector<std::string>& ids)
{
    constexpr std::size_t kNamed = 12;
    std::string text;
    const std::size_t named = std::min(ids.size(), kNamed);
    for (std::size_t i = 0; i < named; ++i)
        text += (i == 0 ? "" : (i + 1 == named && named == ids.size()) ? " and " : ", ") + boundedText(ids[i], 100);
    if (ids.size() > named)
        text += " and " + std::to_string(ids.size() - named) + " more";
    return text;
}

/// What a reader must know before comparing figures made with two versions of a checklist.
std::string checklistNote(const ChecklistDifference& difference, const Checklist& current)
{
    if (!difference.any())
        return {};
    std::string text = difference.versionDiffers
                           ? "The previous review used version " + boundedText(difference.earlierVersion, 40) +
                                 " of the checklist and this review uses version " + boundedText(current.version, 40) +
                                 "; each review is scored with its own version and items are matched by id."
                           : "The checklist changed between the two reviews although its version did not; each "
                             "review is scored with the checklist it was made with and items are matched by id.";
    const std::pair<const char*, const std::vector<std::string>*> lists[] = {
        {"added", &difference.added}, {"removed", &difference.removed}, {"changed", &difference.changed}};
    for (const auto& [what, ids] : lists)
        if (!ids->empty())
            text += " " + words::plural(ids->size(), "item", "items") + " " + what + ": " + idList(*ids) + ".";
    if (difference.scaleDiffers)
        text += " The rating scale changed, so item levels are not compared.";
    if (difference.thresholdsDiffer)
        text += " The RAG thresholds changed, so each review's RAG follows its own thresholds.";
    return text;
}

void addTrend(ReportModel& model, const ReportInput& input, const EarlierFacts& earlier)
{
    TrendSummary& trend = model.trend;
    trend.hasPrevious = true;
    trend.previousLabel = reviewLabel(*input.previous);
    if (const auto& approval = input.previous->signOff) {
        const auto date = parseIsoDate(approval->date);
        trend.previousApproval = "approved at " + boundedText(approval->meeting, 300) + " on " +
                                 (date ? longDate(*date) : boundedText(approval->date, 40)) + " (minute " +
                                 boundedText(approval->minute, 100) + ")";
    }
    trend.facts = earlier;
    trend.checklistNote = checklistNote(earlier.checklist, input.checklist);
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
    model.assessedBy = boundedText(input.checklist.assessedBy, 100);
    const Checklist& previousChecklist = input.previousChecklist ? *input.previousChecklist : input.checklist;
    std::optional<EarlierReview> earlier;
    if (input.previous)
        earlier.emplace(EarlierReview{previousChecklist, *input.previous});
    const ReviewAnalysis analysis = analyse(input.checklist, input.assessment, earlier ? &*earlier : nullptr, input.asOf);
    model.result = analysis.current;
    model.rag = input.checklist.rag;
    model.scale = input.checklist.scale;
    for (auto& level : model.scale) {
        level.label = boundedText(level.label, 200);
        level.descriptor = boundedText(level.descriptor, 2000);
    }
    model.raters = raterRows(input.assessment);
    addItems(model, input, analysis, previousChecklist);
    addDomains(model, input, analysis);
    addLists(model);
    addActions(model, input, analysis);
    addCommitments(model, input, analysis);
    model.assurance = analysis.assurance;
    if (analysis.earlier)
        addTrend(model, input, *analysis.earlier);
    model.radar = radarSeries(input.checklist, analysis);
    model.answeredOnly = analysis.answeredOnly;
    model.cover = coverSheet(model, input);
    model.summary = executiveSummary(model);
    if (input.audience == Audience::Public) {
        std::vector<std::string> withheld;
        for (const auto& rater : input.assessment.raters)
            withheld.insert(withheld.end(), {rater.name, rater.role});
        return publicVersion(std::move(model), withheld);
    }
    return model;
}

}  // namespace ccg::reports
