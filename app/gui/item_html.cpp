#include "app/gui/item_html.hpp"

#include "reports/report_model.hpp"
#include "reports/text_escape.hpp"

namespace ccg::gui {

std::string itemHeaderHtml(const Checklist& checklist, const Item& item)
{
    const Domain* domain = checklist.domainOf(item.id);
    std::string html = "<html><body>";
    html += "<font color=\"#555555\">" + reports::escapeMarkup(item.id) + " &middot; " +
            reports::escapeMarkup(domain ? domain->title : std::string()) + "</font><br>";
    html += "<font size=\"+1\"><b>" + reports::escapeMarkup(item.question) + "</b></font><br>";
    std::string facts;
    if (item.critical)
        facts += "<font color=\"#C62828\"><b>Critical item</b></font> &middot; ";
    facts += "weight " + reports::number(item.weight) + " &middot; checklist target " +
             std::to_string(item.target);
    if (const ScaleLevel* target = checklist.level(item.target))
        facts += " (" + reports::escapeMarkup(target->label) + ")";
    html += "<font color=\"#555555\">" + facts + "</font>";
    return html + "</body></html>";
}

std::string itemGuidanceHtml(const Item& item)
{
    std::string html = "<html><body>";
    if (!item.guidance.empty())
        html += "<b>What good looks like</b><br>" + reports::escapeMarkup(item.guidance) + "<br><br>";
    if (!item.rationale.empty())
        html += "<b>Why it matters</b><br>" + reports::escapeMarkup(item.rationale) + "<br><br>";
    if (!item.evidence.empty()) {
        html += "<b>Evidence you could show</b><ul>";
        for (const auto& evidence : item.evidence)
            html += "<li>" + reports::escapeMarkup(evidence) + "</li>";
        html += "</ul>";
    }
    if (!item.citations.empty()) {
        html += "<p><b>From the report</b><br>";
        for (const auto& cite : item.citations) {
            html += "&ldquo;" + reports::escapeMarkup(cite.section) + "&rdquo;";
            if (cite.page)
                html += ", page " + std::to_string(*cite.page);
            if (cite.keyPoint)
                html += " (key point " + std::to_string(*cite.keyPoint) + ")";
            html += "<br>";
        }
        html += "</p>";
    }
    return html + "</body></html>";
}

}  // namespace ccg::gui
