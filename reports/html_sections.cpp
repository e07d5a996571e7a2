// The tables of the HTML board paper, sections 3 to 8 and the appendices.
#include "reports/html_parts.hpp"

#include "reports/report_sections.hpp"
#include "reports/text_escape.hpp"

#include <cstdio>

namespace ccg::reports::html {

namespace {

std::string openSection(std::string_view id)
{
    const ReportSection& s = section(id);
    return "<section id=\"" + std::string(s.id) + "\">\n<h2>" + esc(sectionHeading(s)) + "</h2>\n";
}

std::string head(std::initializer_list<std::pair<const char*, const char*>> columns)
{
    std::string html = "<thead><tr>";
    for (const auto& [title, cls] : columns)
        html += std::string("<th scope=\"col\"") + (*cls ? std::string(" class=\"") + cls + "\"" : "") + ">" +
                esc(title) + "</th>";
    return html + "</tr></thead>\n<tbody>\n";
}

std::string itemCell(const ItemRow& item)
{
    std::string html = "<span class=\"id\">" + esc(item.id) + "</span>";
    if (item.critical)
        html += "<br/><span class=\"critical\">Critical</span>";
    if (!item.importance.empty())
        html += "<br/><span class=\"importance\">" + esc(words::capitalised(item.importance)) + "</span>";
    return html;
}

std::string lower(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string gapText(const ItemRow& item)
{
    return item.score.gap ? std::to_string(*item.score.gap) : "\xE2\x80\x94";
}

bool writeEmpty(std::string& out, std::string_view id, bool empty, const ReportModel& model)
{
    if (empty)
        out += "<p class=\"empty\">" + esc(emptySectionText(id, model)) + "</p>\n</section>\n";
    return empty;
}

}  // namespace

std::string esc(std::string_view text)
{
    return escapeMarkup(text);
}

std::string user(std::string_view text)
{
    return "<bdi>" + esc(text) + "</bdi>";
}

std::string userLines(std::string_view text)
{
    return "<bdi>" + multiline(text) + "</bdi>";
}

std::string ragBadge(Rag rag)
{
    return "<span class=\"rag rag-" + toString(rag) + "\">" + esc(ragWord(rag)) + "</span>";
}

std::string multiline(std::string_view text)
{
    std::string html;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const auto line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        html += (start == 0 ? "" : "<br/>") + esc(line);
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return html;
}

void writeCriticalItems(std::string& out, const ReportModel& model)
{
    out += openSection("critical");
    if (writeEmpty(out, "critical", model.criticalBelowTarget.empty(), model))
        return;
    out += "<p>Items the checklist marks critical, highest priority first. While any is unanswered or below target, "
           "its domain and the overall rating cannot be green.</p>\n<table class=\"data\">\n";
    out += head({{"Item", ""}, {"Question", ""}, {"Domain", ""}, {"Answer", ""}, {"Target", ""}, {"Gap", "num"}});
    for (const std::size_t index : model.criticalBelowTarget) {
        const ItemRow& item = model.items[index];
        out += "<tr><td class=\"id\">" + esc(item.id) + "</td><td>" + user(item.question) + "</td><td>" +
               user(item.domainTitle) + "</td><td>" + user(item.answer) + "</td><td>" + user(item.target) +
               "</td><td class=\"num\">" + gapText(item) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

void writeGapList(std::string& out, const ReportModel& model)
{
    out += openSection("gaps");
    if (writeEmpty(out, "gaps", model.gaps.empty(), model))
        return;
    out += "<p>Every item below target, highest priority first (priority = gap \xC3\x97 weight, doubled for critical "
           "items).</p>\n<table class=\"data gaps\">\n";
    out += head({{"#", "num"}, {"Item", ""}, {"Question and what good looks like", ""}, {"Answer", ""},
                 {"Target", ""}, {"Gap", "num"}, {"Priority", "num"}});
    for (const std::size_t index : model.gaps) {
        const ItemRow& item = model.items[index];
        out += "<tr><td class=\"num\">" + std::to_string(*item.gapRank) + "</td><td>" + itemCell(item) + "</td><td>" +
               "<p class=\"question\">" + user(item.question) + "</p>";
        if (!item.guidance.empty())
            out += "<p class=\"good\"><strong>What good looks like:</strong> " + userLines(item.guidance) + "</p>";
        out += "<p class=\"muted\">" + user(item.domainTitle) + "</p></td><td>" + user(item.answer) + "</td><td>" +
               user(item.target) + "</td><td class=\"num\">" + gapText(item) + "</td><td class=\"num\">" +
               number(item.score.priority.value_or(0.0)) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

void writeDisagreements(std::string& out, const ReportModel& model)
{
    out += openSection("disagreements");
    if (writeEmpty(out, "disagreements", model.disagreements.empty(), model))
        return;
    out += "<p>" + esc(disagreementIntro(model)) + "</p>\n<table class=\"data\">\n";
    out += head({{"Item", ""}, {"Question", ""}, {"Each rater's level", ""}, {"Spread", "num"}, {"Counted as", ""}});
    for (const auto& row : model.disagreements) {
        const ItemRow& item = model.items[row.item];
        std::string ratings = "<ul class=\"ratings\">";
        for (const auto& rating : row.ratings)
            ratings += "<li><span class=\"who\">" + user(rating.rater) + ":</span> " + user(rating.rating) + "</li>";
        ratings += "</ul>";
        std::string record;
        if (!item.rationale.empty())
            record += "<p class=\"rationale\"><span class=\"who\">Why:</span> " + userLines(item.rationale) + "</p>";
        for (const auto& dissent : item.dissent)
            record += "<p class=\"dissent\"><span class=\"who\">" + user(dissent.rater) + " dissents" +
                      (dissent.text.empty() ? std::string(".") : ":") + "</span> " + userLines(dissent.text) + "</p>";
        out += "<tr><td class=\"id\">" + esc(item.id) + "</td><td>" + user(item.question) + "</td><td>" + ratings +
               "</td><td class=\"num\">" + std::to_string(row.spread) + "</td><td>" + user(item.answer) +
               (item.agreed.empty() ? "" : " <span class=\"muted\">(agreed)</span>") + record + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

void writeActionPlan(std::string& out, const ReportModel& model)
{
    out += openSection("actions");
    if (writeEmpty(out, "actions", model.actions.empty(), model))
        return;
    out += "<p>As at " + esc(model.cover.asOf) + ": " + std::to_string(model.overdueActions) + " overdue, " +
           std::to_string(model.actionsDueSoon) + " due within 30 days. BRAG: " + esc("blue done, green on track, "
           "amber due within 30 days, red overdue.") + "</p>\n<table class=\"data actions\">\n";
    out += head({{"Ref", ""}, {"Item", ""}, {"Action", ""}, {"Owner", ""}, {"Due", ""}, {"Status", ""},
                 {"BRAG", ""}});
    for (const auto& action : model.actions) {
        out += "<tr><td class=\"id\">" + esc(action.reference) + "</td><td class=\"id\">" + esc(action.itemId) +
               "</td><td>" + userLines(action.text) + "</td><td>" + user(action.owner) + "</td><td class=\"date\">" +
               user(action.due) + "</td><td>" + esc(action.statusWords) + "</td><td><span class=\"brag brag-" +
               lower(words::bragName(action.state.brag)) + "\">" + esc(words::bragName(action.state.brag)) + "</span> " +
               esc(action.bragWords) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

void writeCommitments(std::string& out, const ReportModel& model)
{
    out += openSection("commitments");
    if (writeEmpty(out, "commitments", model.commitments.empty(), model))
        return;
    out += "<p>" + esc(commitmentsIntro(model)) + "</p>\n<table class=\"data commitments\">\n";
    out += head({{"Ref", ""}, {"Item", ""}, {"What we said we would do", ""}, {"Owner", ""}, {"Due", ""},
                 {"Outcome", ""}, {"Remark", ""}});
    for (const auto& commitment : model.commitments) {
        out += "<tr><td class=\"id\">" + esc(commitment.reference) + "</td><td class=\"id\">" +
               esc(commitment.itemId) + "</td><td>" + userLines(commitment.text) +
               "<p class=\"muted\">Agreed in " + user(commitment.fromReview) + "</p></td><td>" +
               user(commitment.owner) + "</td><td class=\"date\">" + user(commitment.due) + "</td><td><strong>" +
               esc(commitment.outcomeWords) + "</strong></td><td>" + userLines(commitment.remark) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

void writeTrend(std::string& out, const ReportModel& model)
{
    out += openSection("trend");
    const TrendSummary& trend = model.trend;
    if (writeEmpty(out, "trend", !trend.hasPrevious, model))
        return;
    out += "<p>Compared with " + user(trend.previousLabel) +
           (trend.previousApproval.empty() ? std::string() : ", " + user(trend.previousApproval)) +
           ". Change is in percentage points.</p>\n";
    if (!trend.checklistNote.empty())
        out += "<p class=\"checklist-versions\">" + esc(trend.checklistNote) + "</p>\n";
    out += "<table class=\"data trend\">\n";
    out += head({{"Domain", ""}, {"Previous", "num"}, {"This review", "num"}, {"Change", "num"},
                 {"Items rated higher", "num"}, {"Items rated lower", "num"}});
    for (const auto& d : model.domains) {
        out += "<tr><td>" + user(d.title) + "</td><td class=\"num\">" + esc(percent(d.previousScore)) + " " +
               ragBadge(d.previousRag) + "</td><td class=\"num\">" + esc(percent(d.score.score)) + " " +
               ragBadge(d.score.rag) + "</td><td class=\"num\">" + change(d.change) + "</td><td class=\"num\">" +
               std::to_string(d.itemsImproved) + "</td><td class=\"num\">" + std::to_string(d.itemsDeclined) +
               "</td></tr>\n";
    }
    out += "</tbody>\n<tfoot><tr><th scope=\"row\">Overall</th><td class=\"num\">" + esc(percent(trend.facts.scores.overall)) +
           " " + ragBadge(trend.facts.scores.overallRag) + "</td><td class=\"num\">" + esc(percent(model.result.overall)) + " " +
           ragBadge(model.result.overallRag) + "</td><td class=\"num\">" + change(trend.facts.overall.change) +
           "</td><td class=\"num\">" + std::to_string(trend.facts.overall.itemsImproved) + "</td><td class=\"num\">" +
           std::to_string(trend.facts.overall.itemsDeclined) + "</td></tr>\n<tr><th scope=\"row\">Completeness</th><td class=\"num\">" +
           esc(percent(trend.facts.scores.completeness)) + "</td><td class=\"num\">" + esc(percent(model.result.completeness)) +
           "</td><td class=\"num\">" + change(model.result.completeness - trend.facts.scores.completeness) +
           "</td><td></td><td></td></tr></tfoot>\n</table>\n</section>\n";
}

void writeAppendix(std::string& out, const ReportModel& model)
{
    out += openSection("appendix");
    out += "<p>" + esc(appendixIntro(model)) + "</p>\n";
    std::string domain;
    for (const auto& item : model.items) {
        if (item.domainId != domain) {
            if (!domain.empty())
                out += "</tbody>\n</table>\n";
            domain = item.domainId;
            out += "<h3>" + user(item.domainTitle) + "</h3>\n<table class=\"data appendix\">\n";
            out += head({{"Item", ""}, {"Question and source", ""}, {"Answer", ""}, {appendixAnswersHeading(model).c_str(), ""}});
        }
        out += "<tr id=\"item-" + esc(item.id) + "\"><td>" + itemCell(item) + "</td><td><p class=\"question\">" +
               user(item.question) + "</p>";
        for (const auto& citation : item.citations)
            out += "<p class=\"cite\">Source: " + user(citation) + "</p>";
        out += "</td><td><p>" + user(item.answer) + "</p>";
        if (!item.agreed.empty())
            out += "<p class=\"muted\">Agreed by the " + esc(model.assessedBy) + "</p>";
        out += "<p class=\"muted\">Target: " + user(item.target) + "</p>";
        out += "<p class=\"muted\">" + esc(evidenceWords(model, item)) + "</p>";
        if (item.hasPrevious)
            out += "<p class=\"muted\">Previous: " + user(item.previousAnswer) + "</p>";
        out += "</td><td>";
        if (item.answers.empty())
            out += "<p class=\"muted\">No rater answered.</p>";
        for (const auto& answer : item.answers) {
            out += "<div class=\"answer\"><p><span class=\"who\">" + user(answer.rater) + ":</span> " +
                   user(answer.rating) + "</p>";
            if (!answer.note.empty())
                out += "<p class=\"note\"><span class=\"label\">Note:</span> " + userLines(answer.note) + "</p>";
            if (!answer.evidence.empty())
                out += "<p class=\"evidence\"><span class=\"label\">Evidence:</span> " + userLines(answer.evidence) +
                       "</p>";
            out += "</div>";
        }
        out += "</td></tr>\n";
    }
    if (!domain.empty())
        out += "</tbody>\n</table>\n";
    out += "</section>\n";
}

void writeAbout(std::string& out, const ReportModel& model)
{
    out += openSection("about");
    for (const auto& paragraph : methodNotes(model))
        out += "<p>" + esc(paragraph) + "</p>\n";
    out += "</section>\n";
}

}  // namespace ccg::reports::html
