#include "reports/html_renderer.hpp"

#include "reports/html_parts.hpp"
#include "reports/report_sections.hpp"
#include "reports/text_escape.hpp"

#include <array>

namespace ccg::reports {

namespace {

using html::esc;
using html::ragBadge;
using html::user;

void openSection(std::string& out, std::string_view id)
{
    const ReportSection& s = section(id);
    out += "<section id=\"" + std::string(s.id) + "\">\n<h2>" + esc(sectionHeading(s)) + "</h2>\n";
}

void row(std::string& out, std::string_view label, const std::string& valueHtml)
{
    out += "<tr><th scope=\"row\">" + esc(label) + "</th><td>" + valueHtml + "</td></tr>\n";
}

std::string purposeBoxes(PaperPurpose chosen)
{
    static constexpr std::array kPurposes{PaperPurpose::Approval, PaperPurpose::Assurance, PaperPurpose::Discussion,
                                          PaperPurpose::Information};
    std::string html = "<span class=\"purposes\">";
    for (const auto purpose : kPurposes) {
        const bool on = purpose == chosen;
        html += std::string("<span class=\"purpose") + (on ? " chosen" : "") + "\">" +
                (on ? "\xE2\x98\x92 " : "\xE2\x98\x90 ") + esc(toString(purpose)) + "</span> ";
    }
    return html + "</span>";
}

void writeCover(std::string& out, const ReportModel& model)
{
    const CoverSheet& c = model.cover;
    const ScoreResult& r = model.result;
    out += "<header class=\"cover\" id=\"cover\">\n<p class=\"org\">" + user(c.organisation) + "</p>\n";
    out += "<h1>" + esc(model.body()) + " self-assessment: gap report</h1>\n<p class=\"subtitle\">" + user(c.reviewTitle) + " \xE2\x80\x94 " +
           esc(c.reviewDate) + "</p>\n";
    out += "<table class=\"coverbox\">\n<caption>Summary for the " + esc(model.assessedBy) + "</caption>\n<tbody>\n";
    row(out, "Purpose of the paper", purposeBoxes(c.purpose));
    if (c.approval) {
        row(out, "Approval", esc(approvalWords(model, *c.approval)));
        row(out, "Fingerprint", "<span class=\"id\">" + user(c.approval->fingerprint) + "</span>");
    } else {
        row(out, "Recommendation", esc(c.recommendation));
    }
    if (c.showsAssurance)
        row(out, "Level of assurance", "<strong>" + esc(c.assurance) + "</strong>. " + esc(c.assuranceReason));
    if (model.followThrough.commitments > 0)
        row(out, "Follow-through", esc(words::followThroughWords(model.followThrough)));
    row(out, "Overall score", "<strong>" + esc(percent(r.overall)) + "</strong> " + ragBadge(r.overallRag) +
                                  (model.answeredOnly.provisional
                                       ? " <span class=\"muted\">" + esc(words::provisionalWords(model.answeredOnly.overall)) + "</span>"
                                       : std::string()));
    row(out, "Completeness", esc(percent(r.completeness)) + " (" + std::to_string(r.answered) + " answered, " +
                                 std::to_string(r.notApplicable) + " not applicable, " +
                                 std::to_string(r.unanswered) + " unanswered of " + std::to_string(r.items) + ")");
    row(out, "Critical items below target", std::to_string(model.criticalBelowTarget.size()));
    row(out, "Actions", std::to_string(model.actions.size()) + " (" + std::to_string(model.overdueActions) +
                            " overdue, " + std::to_string(model.actionsDueSoon) + " due within 30 days)");
    out += "</tbody>\n</table>\n<table class=\"coverbox details\">\n<tbody>\n";
    row(out, "Organisation", user(c.organisation));
    row(out, "Review", user(c.reviewTitle) + (c.reviewId.empty() ? "" : " <span class=\"muted\">(" + user(c.reviewId) + ")</span>"));
    row(out, "Review date", esc(c.reviewDate));
    row(out, "Actions as at", esc(c.asOf));
    row(out, "Checklist", user(c.checklistTitle) + " <span class=\"muted\">(" + user(c.checklistId) + ", version " +
                              user(c.checklistVersion) + ")</span>");
    if (!c.source.empty())
        row(out, "Based on", user(c.source));
    std::string raters;
    for (const auto& rater : model.raters)
        raters += (raters.empty() ? "" : "; ") + user(rater.name) +
                  (rater.role.empty() ? "" : " <span class=\"muted\">(" + user(rater.role) + ")</span>");
    row(out, "Raters", raters.empty() ? "None recorded" : raters);
    out += "</tbody>\n</table>\n</header>\n";
}

void writeContents(std::string& out)
{
    out += "<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n";
    for (const auto& s : kSections) {
        out += "<li><a href=\"#" + std::string(s.id) + "\">" + esc(sectionHeading(s)) + "</a></li>\n";
    }
    out += "</ol>\n</nav>\n";
}

void writeSummary(std::string& out, const ReportModel& model)
{
    openSection(out, "summary");
    for (const auto& paragraph : model.summary)
        out += "<p>" + esc(paragraph) + "</p>\n";
    out += "</section>\n";
}

/// A domain's (or the overall) suggested level of assurance and the share of weight assured.
std::string assuranceCells(std::optional<Assurance> level, std::optional<double> coverage)
{
    return "<td>" + esc(level ? words::assuranceWords(level) : std::string(words::kDash)) + "</td><td class=\"num\">" +
           esc(words::coverageWords(coverage)) + "</td>";
}

void writeDomains(std::string& out, const ReportModel& model)
{
    const bool assurance = model.cover.showsAssurance;
    openSection(out, "domains");
    out += "<table class=\"data domains\">\n<thead><tr><th scope=\"col\">Domain</th><th scope=\"col\" class=\"num\">"
           "Score</th><th scope=\"col\">RAG</th><th scope=\"col\" class=\"num\">Target score</th>"
           "<th scope=\"col\" class=\"num\">Items assessed</th><th scope=\"col\" class=\"num\">Critical below target"
           "</th>" + std::string(assurance ? "<th scope=\"col\">Suggested assurance</th><th scope=\"col\" "
                                             "class=\"num\">Assured</th>" : "") + "</tr></thead>\n<tbody>\n";
    for (const auto& d : model.domains) {
        const auto& s = d.score;
        out += "<tr><td>" + user(d.title) + "</td><td class=\"num\">" + esc(percent(s.score)) + "</td><td>" +
               ragBadge(s.rag) + "</td><td class=\"num\">" + esc(percent(d.targetScore)) + "</td><td class=\"num\">" +
               std::to_string(s.answered + s.notApplicable) + " of " + std::to_string(s.items) +
               "</td><td class=\"num\">" + std::to_string(s.criticalBelowTarget) + "</td>" +
               (assurance ? assuranceCells(d.assurance.level, d.assurance.coverage) : "") + "</tr>\n";
    }
    const ScoreResult& r = model.result;
    out += "</tbody>\n<tfoot><tr><th scope=\"row\">Overall</th><td class=\"num\"><strong>" + esc(percent(r.overall)) +
           "</strong></td><td>" + ragBadge(r.overallRag) + "</td><td></td><td class=\"num\">" +
           std::to_string(r.answered + r.notApplicable) + " of " + std::to_string(r.items) + "</td><td class=\"num\">" +
           std::to_string(model.criticalBelowTarget.size()) + "</td>" +
           (assurance ? assuranceCells(model.assurance.level, model.assurance.coverage) : "") +
           "</tr></tfoot>\n</table>\n";
    out += html::radarSvg(model);
    out += "</section>\n";
}

/// The mark every page carries: at the top of the paper on screen, and in the top margin of
/// every printed page (CSS page margin boxes).
void writePageMark(std::string& out, const ReportModel& model)
{
    const std::string mark = pageMark(model);
    if (mark.empty())
        return;
    out += "<style>\n@page { @top-right { content: \"" + mark + "\"; font-family: \"DejaVu Sans\", Arial, sans-serif; "
           "font-size: 9pt; font-weight: bold; color: #212b32; } }\n</style>\n";
}

}  // namespace

std::string renderHtml(const ReportModel& model)
{
    std::string out;
    out.reserve(256 * 1024);
    out += "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n<head>\n"
           "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
           "<meta name=\"generator\" content=\"ccg-selfassess\"/>\n<title>" +
           esc(model.cover.organisation + " \xE2\x80\x94 " + model.cover.reviewTitle + " \xE2\x80\x94 gap report") +
           "</title>\n<style>\n";
    out += html::styleSheet();
    out += "</style>\n";
    writePageMark(out, model);
    out += "</head>\n<body>\n";
    if (const std::string mark = pageMark(model); !mark.empty())
        out += "<p class=\"page-mark\">" + esc(mark) + "</p>\n";
    writeCover(out, model);
    writeContents(out);
    out += "<main>\n";
    writeSummary(out, model);
    writeDomains(out, model);
    html::writeCriticalItems(out, model);
    html::writeGapList(out, model);
    html::writeDisagreements(out, model);
    html::writeActionPlan(out, model);
    html::writeCommitments(out, model);
    html::writeTrend(out, model);
    html::writeAppendix(out, model);
    html::writeAbout(out, model);
    const CoverSheet& c = model.cover;
    out += "</main>\n<footer class=\"colophon\"><p>" + user(c.organisation) + " \xC2\xB7 " + user(c.reviewTitle) +
           " \xC2\xB7 checklist " + user(c.checklistId) + " version " + user(c.checklistVersion) +
           " \xC2\xB7 actions as at " + esc(c.asOf) + " \xC2\xB7 made with ccg-selfassess</p></footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace ccg::reports
