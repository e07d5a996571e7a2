#include "reports/workshop_pack.hpp"

#include "checklists/words.hpp"
#include "reports/pdf_document.hpp"
#include "reports/pdf_table.hpp"
#include "reports/text_escape.hpp"

#include <algorithm>

namespace ccg::reports {

namespace {

using pdf::LayoutPtr;
using pdf::PdfCell;
using pdf::PdfDocument;
using pdf::PdfTable;
using pdf::TextStyle;

constexpr double kBox = 8.0;
constexpr double kBoxIndent = 16.0;
constexpr double kNoteLines = 3;
constexpr double kNoteSpacing = 19.0;

/// One piece of an item block: a text, optionally after a tick box.
struct Piece {
    LayoutPtr layout;
    bool tickBox = false;
    double spaceAfter = 2.0;
};

void tickBox(PdfDocument& doc, double x, double y)
{
    cairo_t* cr = doc.cr();
    cairo_set_source_rgb(cr, palette::kText.red(), palette::kText.green(), palette::kText.blue());
    cairo_set_line_width(cr, 0.8);
    cairo_rectangle(cr, x, y, kBox, kBox);
    cairo_stroke(cr);
}

/// A label and a ruled line for the rater to write on.
void writeLine(PdfDocument& doc, const std::string& label)
{
    const LayoutPtr text = doc.layout(label, {10.0, true}, 110.0);
    doc.draw(text.get(), doc.left(), doc.y(), palette::kText);
    doc.rule(doc.left() + 115.0, doc.y() + 14.0, doc.left() + doc.width(), palette::kRule, 0.6);
    doc.advance(26.0);
}

void cover(PdfDocument& doc, const Checklist& checklist)
{
    doc.fillRect(0.0, 0.0, PdfDocument::kPageWidth, 10.0, palette::kAccent);
    doc.setY(46.0);
    const std::string body = boundedText(checklist.assessedBy, 100);
    doc.paragraph(words::capitalised(body) + " self-assessment: workshop pack", {13.0, true, false, palette::kAccent},
                  4.0);
    doc.paragraph(checklist.title, {20.0, true, false, palette::kAccentDark}, 6.0);
    std::string detail = "Checklist " + checklist.id + ", version " + checklist.version;
    for (std::size_t i = 0; i < checklist.sources.size(); ++i)
        detail += (i == 0 ? ". Based on " : "; ") + boundedText(words::sourceWords(checklist.sources[i]), 700);
    doc.paragraph(detail, {10.0, false, false, palette::kMuted}, 18.0);

    for (const char* label : {"Your name", "Your role", "Organisation", "Review", "Date"})
        writeLine(doc, label);
    doc.advance(6.0);

    doc.paragraph("How to use this pack", {11.0, true, false, palette::kAccentDark}, 4.0);
    const std::string guidance[] = {
        "For each item, read the question and what good looks like, then tick the one level that best describes "
        "the organisation today. Tick N/A only when the item cannot apply to the organisation.",
        "Rate on the evidence you have seen, not on plans. Use the notes space for your reasons and for the "
        "evidence a colleague could check.",
        "Items marked CRITICAL are those the checklist treats as most serious: a shortfall there keeps the domain "
        "from green.",
        "Answer alone; the facilitator combines everyone's answers and the " + body +
            " agrees a rating where views differ.",
    };
    for (const std::string& text : guidance)
        doc.paragraph(text, {9.5}, 5.0);
    doc.advance(4.0);
    doc.paragraph("The levels", {11.0, true, false, palette::kAccentDark}, 4.0);
    PdfTable scale({{"Level", 0.6, PANGO_ALIGN_RIGHT}, {"Label", 1.4}, {"What it means", 5.0}});
    for (const auto& level : checklist.scale)
        scale.addRow({PdfCell{std::to_string(level.value), false, std::nullopt, true},
                      PdfCell{boundedText(level.label, 200), false, std::nullopt, true},
                      PdfCell{boundedText(level.descriptor)}});
    scale.render(doc);
}

std::vector<Piece> itemPieces(const PdfDocument& doc, const Checklist& checklist, const Item& item)
{
    std::vector<Piece> pieces;
    const double width = doc.width();
    std::string heading = "<b>" + escapeMarkup(item.id) + "</b>";
    if (item.critical)
        heading += "   <b>CRITICAL</b>";
    if (const ScaleLevel* target = checklist.level(item.target))
        heading += "   <span foreground=\"#4c6272\">Target: " + std::to_string(target->value) + " " +
                   escapeMarkup(boundedText(target->label, 200)) + "</span>";
    pieces.push_back({doc.layout(heading, {9.0, false, false, palette::kText, PANGO_ALIGN_LEFT, true}, width), false, 2.0});
    pieces.push_back({doc.layout(boundedText(item.question), {10.5, true}, width), false, 4.0});
    if (!item.rationale.empty())
        pieces.push_back({doc.layout("<b>Why it matters:</b> " + escapeMarkup(boundedText(item.rationale)),
                                     {8.5, false, false, palette::kMuted, PANGO_ALIGN_LEFT, true}, width),
                          false, 3.0});
    if (!item.guidance.empty())
        pieces.push_back({doc.layout("<b>What good looks like:</b> " + escapeMarkup(boundedText(item.guidance)),
                                     {8.5, false, false, palette::kText, PANGO_ALIGN_LEFT, true}, width),
                          false, 6.0});
    for (const auto& level : checklist.scale) {
        const std::string text = "<b>" + std::to_string(level.value) + " " + escapeMarkup(boundedText(level.label, 200)) +
                                 "</b>  " + escapeMarkup(boundedText(level.descriptor, 2000));
        pieces.push_back({doc.layout(text, {8.5, false, false, palette::kText, PANGO_ALIGN_LEFT, true},
                                     width - kBoxIndent),
                          true, 3.0});
    }
    pieces.push_back({doc.layout("<b>N/A</b>  Not applicable to this organisation",
                                 {8.5, false, false, palette::kText, PANGO_ALIGN_LEFT, true}, width - kBoxIndent),
                      true, 6.0});
    pieces.push_back({doc.layout("Notes and evidence", {8.5, true, false, palette::kMuted}, width), false, 0.0});
    return pieces;
}

void writeItem(PdfDocument& doc, const Checklist& checklist, const Item& item)
{
    const auto pieces = itemPieces(doc, checklist, item);
    const double notes = kNoteLines * kNoteSpacing + 12.0;
    double height = notes;
    for (const auto& piece : pieces)
        height += PdfDocument::heightOf(piece.layout.get()) + piece.spaceAfter;
    doc.ensure(height);
    for (const auto& piece : pieces) {
        if (piece.tickBox) {
            doc.ensure(std::min(PdfDocument::heightOf(piece.layout.get()), 24.0));
            tickBox(doc, doc.left() + 1.0, doc.y() + 1.5);
        }
        doc.flow(piece.layout.get(), piece.tickBox ? kBoxIndent : 0.0, palette::kText, piece.spaceAfter);
    }
    doc.ensure(notes);
    for (int line = 1; line <= static_cast<int>(kNoteLines); ++line)
        doc.rule(doc.left(), doc.y() + line * kNoteSpacing, doc.left() + doc.width(), palette::kRule, 0.6);
    doc.advance(notes);
    doc.rule(doc.left(), doc.y() + 2.0, doc.left() + doc.width(), palette::kAccent, 1.0);
    doc.advance(14.0);
}

}  // namespace

std::string renderWorkshopPack(const Checklist& checklist)
{
    const std::string title = boundedText(checklist.title, 300);
    PdfDocument doc({"Workshop pack \xC2\xB7 " + title, "Rater: ______________________",
                     checklist.id + " version " + checklist.version + " \xC2\xB7 blank workshop pack",
                     "Workshop pack: " + title, "ccg-selfassess", "Blank checklist for one rater", {}});
    cover(doc, checklist);
    for (const auto& domain : checklist.domains) {
        doc.newPage();
        doc.heading(boundedText(domain.title, 300), 1);
        if (!domain.description.empty())
            doc.paragraph(boundedText(domain.description), {9.0, false, true, palette::kMuted}, 10.0);
        for (const auto& item : domain.items)
            writeItem(doc, checklist, item);
    }
    return doc.finish();
}

}  // namespace ccg::reports
