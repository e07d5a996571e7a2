// The rater's form: every item's markup is written here, so the page reads and prints without its
// script; the script (resources/forms/rating_form.js) only keeps, counts and saves.
#include "reports/rating_form.hpp"

#include "reports/content_hash.hpp"
#include "reports/html_parts.hpp"
#include "reports/rating_form_assets.hpp"
#include "reports/text_escape.hpp"

#include <map>

namespace ccg::reports {

namespace {

using html::esc;
using html::multiline;

/// Checklist text shown on the page: bounded like every report field, then escaped.
std::string shown(std::string_view text)
{
    return esc(boundedText(text));
}

/// ` name="value"`, the value escaped.
std::string attr(std::string_view name, std::string_view value)
{
    return " " + std::string(name) + "=\"" + escapeMarkup(value) + "\"";
}

/// Only the hashed inline script and style may run: no request of any kind can leave the page.
std::string contentSecurityPolicy()
{
    return "default-src 'none'; script-src 'sha256-" + sha256Base64(ratingFormScript()) + "'; style-src 'sha256-" +
           sha256Base64(ratingFormStyle()) +
           "'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";
}

std::string ratingValue(const Rating& rating)
{
    return rating.level ? std::to_string(*rating.level) : "na";
}

/// A labelled textarea holding `text`; the newline after the tag is the one HTML drops, so a
/// note that starts with a line break keeps it.
std::string textArea(const std::string& item, const std::string& kind, const std::string& label,
                     const std::string& text)
{
    const std::string id = kind.substr(0, 1) + "-" + item;
    return "<label class=\"text\" for=\"" + id + "\">" + label + "</label>\n<textarea id=\"" + id + "\" class=\"" +
           kind + "\" rows=\"2\" maxlength=\"100000\" aria-describedby=\"w-" + item + "\">\n" + escapeMarkup(text) +
           "</textarea>\n";
}

void writeLevel(std::string& out, const std::string& item, const std::string& value, const std::string& number,
                const std::string& label, const std::string& descriptor, bool checked)
{
    out += "<label class=\"level\"><input type=\"radio\" name=\"r-" + item + "\" value=\"" + value + "\"" +
           (checked ? " checked=\"checked\"" : "") + " /><span class=\"lv\">" + number + "</span> <span class=\"lb\">" +
           label + "</span> <span class=\"ds\">" + descriptor + "</span></label>\n";
}

void writeItem(std::string& out, const Checklist& checklist, const Item& item, const Answer* answer)
{
    const std::string id = escapeMarkup(item.id);
    out += "<fieldset class=\"item\" id=\"i-" + id + "\" data-item=\"" + id + "\">\n<legend id=\"q-" + id +
           "\"><span class=\"ref\">" + id + "</span> " + shown(item.question) + "</legend>\n";
    if (item.critical)
        out += "<p class=\"crit\">Critical item</p>\n";
    if (!item.guidance.empty())
        out += "<p class=\"good\"><strong>What good looks like:</strong> " + multiline(boundedText(item.guidance)) +
               "</p>\n";
    if (!item.rationale.empty())
        out += "<p class=\"why\"><strong>Why it matters:</strong> " + multiline(boundedText(item.rationale)) + "</p>\n";
    // The group is named by "Your rating" and the question, so a screen reader that lands on any
    // level says what is being rated.
    out += "<span class=\"rl\" id=\"rl-" + id + "\">Your rating</span>\n<div class=\"levels\" role=\"radiogroup\" "
           "aria-labelledby=\"rl-" + id + " q-" + id + "\">\n";
    const std::string chosen = answer ? ratingValue(answer->rating) : "";
    for (const auto& level : checklist.scale) {
        const std::string value = std::to_string(level.value);
        writeLevel(out, id, value, value, shown(level.label), shown(level.descriptor), chosen == value);
    }
    writeLevel(out, id, "na", "N/A", "Not applicable", "This item does not apply to the organisation.",
               chosen == "na");
    out += "</div>\n<button type=\"button\" class=\"clear\" hidden=\"hidden\" aria-label=\"Clear rating of " + id +
           "\">Clear rating</button>\n<p class=\"warn\" id=\"w-" + id +
           "\" hidden=\"hidden\">This item has a note or evidence but no rating: the saved answers hold a note "
           "or evidence only with a rating.</p>\n";
    out += textArea(id, "note", "Note", answer ? answer->note : "");
    out += textArea(id, "evidence", "Evidence", answer ? answer->evidence : "");
    out += "</fieldset>\n";
}

void writeHeader(std::string& out, const RatingFormInput& input)
{
    const auto& organisation = input.organisation;
    const auto& review = input.review;
    const auto& rater = input.rater;
    out += "<header>\n<p class=\"org\">" + esc(organisation.name) + "</p>\n<h1>Rating form</h1>\n<p class=\"subtitle\">" +
           shown(input.checklist.title) + "</p>\n<dl>\n<dt>For</dt><dd>" + esc(rater.name.empty() ? rater.id : rater.name) +
           (rater.role.empty() ? "" : ", " + esc(rater.role)) + "</dd>\n<dt>Organisation</dt><dd>" +
           esc(organisation.name) + " (" + esc(organisation.code) + ")</dd>\n<dt>Review</dt><dd>" + esc(review.title) +
           " (" + esc(review.id) + (review.date.empty() ? "" : ", " + esc(review.date)) +
           ")</dd>\n<dt>Checklist</dt><dd>" + shown(input.checklist.title) + ", version " +
           esc(input.checklist.version) +
           "</dd>\n</dl>\n</header>\n";
    out += "<section aria-labelledby=\"how\">\n<h2 id=\"how\">How to fill in this form</h2>\n<ul>\n"
           "<li>Rate each item on your own view, before the " + esc(input.checklist.assessedBy) +
           " meets: choose one level, or N/A when the item does not apply. With a keyboard, Tab moves from item to item and the arrow keys choose a level.</li>\n"
           "<li>A note or evidence is optional; it is kept in your answers only for an item you have rated.</li>\n"
           "<li>Your work is kept in this browser, on this device, as you go: you can close the page and come back "
           "to it.</li>\n"
           "<li>When you have finished, choose <strong>Save my answers</strong> and send the file it saves to whoever "
           "leads the review. Nothing is sent from this page.</li>\n</ul>\n"
           "<noscript><p>Your browser is not running this page's script, so the page can neither keep nor save your "
           "answers. You can still print it and fill it in by hand.</p></noscript>\n</section>\n";
}

}  // namespace

std::string ratingFormHtml(const RatingFormInput& input)
{
    const auto& checklist = input.checklist;
    const auto& organisation = input.organisation;
    const auto& review = input.review;
    const auto& rater = input.rater;
    std::map<std::string, const Answer*> byItem;
    for (const auto& answer : input.answers)
        if (answer.rater == rater.id)
            byItem.emplace(answer.item, &answer);

    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escapeMarkup(checklist.lang.empty() ? "en-GB" : checklist.lang) +
                      "\">\n<head>\n<meta charset=\"utf-8\" />\n<meta http-equiv=\"Content-Security-Policy\" content=\"" +
                      contentSecurityPolicy() +
                      "\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>" +
                      esc("Rating form: " + review.title + " \xE2\x80\x94 " + organisation.name) + "</title>\n<style>";
    out += ratingFormStyle();
    out += "</style>\n</head>\n<body>\n";
    writeHeader(out, input);
    const std::string total = std::to_string(checklist.itemCount());
    // Shown by the script: without it the bar could do nothing.
    out += "<section class=\"bar\" id=\"bar\" aria-label=\"Progress and saving\" hidden=\"hidden\">\n"
           "<progress id=\"meter\" max=\"" + total + "\" value=\"0\" aria-label=\"Items rated\"></progress>\n"
           "<p id=\"progress\" role=\"status\">0 of " + total + " rated</p>\n"
           "<button type=\"button\" id=\"save\">Save my answers</button>\n"
           "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n</section>\n";
    // What the script writes into the answers file, as data: the dataset API reads it back unescaped.
    out += "<main id=\"form\"" + attr("data-checklist", checklist.id) +
           attr("data-checklist-version", checklist.version) + attr("data-organisation", organisation.code) +
           attr("data-organisation-name", organisation.name) + attr("data-review", review.id) +
           attr("data-review-title", review.title) + attr("data-review-date", review.date) +
           attr("data-rater", rater.id) + attr("data-rater-name", rater.name) + attr("data-rater-role", rater.role) +
           attr("data-file", ratingAnswersFileName(organisation, review, rater)) + ">\n";
    for (const auto& domain : checklist.domains) {
        const std::string id = escapeMarkup(domain.id);
        out += "<section id=\"d-" + id + "\" aria-labelledby=\"h-" + id + "\">\n<h2 id=\"h-" + id + "\">" +
               shown(domain.title) + "</h2>\n";
        if (!domain.description.empty())
            out += "<p>" + multiline(boundedText(domain.description)) + "</p>\n";
        for (const auto& item : domain.items) {
            const auto found = byItem.find(item.id);
            writeItem(out, checklist, item, found == byItem.end() ? nullptr : found->second);
        }
        out += "</section>\n";
    }
    out += "</main>\n<script>";
    out += ratingFormScript();
    out += "</script>\n</body>\n</html>\n";
    return out;
}

}  // namespace ccg::reports
