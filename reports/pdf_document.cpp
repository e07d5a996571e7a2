#include "reports/pdf_document.hpp"

#include "reports/atomic_file.hpp"
#include "reports/text_escape.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace ccg::reports::pdf {

namespace {

constexpr double kEpsilon = 0.01;
constexpr const char* kFontFamily = "DejaVu Sans";

struct LineRange {
    double top = 0.0;
    double bottom = 0.0;
};

std::vector<LineRange> lineRanges(PangoLayout* layout)
{
    std::vector<LineRange> ranges;
    LayoutIterPtr iter(pango_layout_get_iter(layout));
    do {
        int top = 0;
        int bottom = 0;
        pango_layout_iter_get_line_yrange(iter.get(), &top, &bottom);
        ranges.push_back({static_cast<double>(top) / PANGO_SCALE, static_cast<double>(bottom) / PANGO_SCALE});
    } while (pango_layout_iter_next_line(iter.get()));
    return ranges;
}

cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

/// Characters of a word without a space after which it is cut into another Pango item.
constexpr int kLongWord = 32;

/// Pango breaks a word too long for its line between characters, but shapes what is left of the
/// word again for each line: a 20,000-letter word cost work growing with its square. Every
/// kLongWord characters of such a word, a run of an attribute that changes nothing (font
/// fallback, on by default) starts a new item, so each line reshapes at most that much. Cuts fall
/// only between whole characters: never before a combining mark, nor next to a zero-width joiner.
void splitLongWords(PangoAttrList* attributes, const char* text)
{
    constexpr gunichar kJoiner = 0x200D;
    int run = 0;
    bool marked = false;
    gunichar previous = 0;
    guint start = 0;
    for (const char* at = text; *at; at = g_utf8_next_char(at)) {
        const gunichar c = g_utf8_get_char(at);
        const auto index = static_cast<guint>(at - text);
        if (g_unichar_isspace(c)) {
            run = 0;
        } else if (++run > kLongWord && !g_unichar_ismark(c) && c != kJoiner && previous != kJoiner) {
            if (marked) {
                PangoAttribute* same = pango_attr_fallback_new(TRUE);
                same->start_index = start;
                same->end_index = index;
                pango_attr_list_insert(attributes, same);
            }
            marked = !marked;
            start = index;
            run = 1;
        }
        previous = c;
    }
    if (marked) {
        PangoAttribute* same = pango_attr_fallback_new(TRUE);
        same->start_index = start;
        same->end_index = static_cast<guint>(std::strlen(text));
        pango_attr_list_insert(attributes, same);
    }
}

void setColour(cairo_t* cr, const Colour& colour)
{
    cairo_set_source_rgb(cr, colour.red(), colour.green(), colour.blue());
}

}  // namespace

double cutBetweenLines(const std::vector<PangoLayout*>& layouts, double offset, double limit)
{
    std::vector<std::vector<LineRange>> ranges;
    std::vector<double> candidates;
    for (PangoLayout* layout : layouts) {
        ranges.push_back(lineRanges(layout));
        for (const auto& line : ranges.back())
            if (line.bottom > offset + kEpsilon && line.bottom <= limit + kEpsilon)
                candidates.push_back(line.bottom);
    }
    std::sort(candidates.begin(), candidates.end(), std::greater<>());
    for (const double cut : candidates) {
        const bool clean = std::all_of(ranges.begin(), ranges.end(), [&](const std::vector<LineRange>& lines) {
            return std::all_of(lines.begin(), lines.end(), [&](const LineRange& line) {
                return cut <= line.top + kEpsilon || cut >= line.bottom - kEpsilon;
            });
        });
        if (clean)
            return cut;
    }
    return limit;
}

void drawLayoutSlice(cairo_t* cr, PangoLayout* layout, double x, double y, double offset, double cut)
{
    LayoutIterPtr iter(pango_layout_get_iter(layout));
    do {
        int top = 0;
        int bottom = 0;
        pango_layout_iter_get_line_yrange(iter.get(), &top, &bottom);
        const double lineTop = static_cast<double>(top) / PANGO_SCALE;
        const double lineBottom = static_cast<double>(bottom) / PANGO_SCALE;
        if (lineTop < offset - kEpsilon || lineBottom > cut + kEpsilon)
            continue;
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
        const double baseline = static_cast<double>(pango_layout_iter_get_baseline(iter.get())) / PANGO_SCALE;
        cairo_move_to(cr, x + static_cast<double>(logical.x) / PANGO_SCALE, y - offset + baseline);
        pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter.get()));
    } while (pango_layout_iter_next_line(iter.get()));
}

PdfDocument::PdfDocument(PageFrame frame)
    : m_frame(std::move(frame)),
      m_context(pango_font_map_create_context(pango_cairo_font_map_get_default()))
{
    // Metrics must not depend on a screen: no hinting, 1 point per unit as in the PDF.
    pango_cairo_context_set_resolution(m_context.get(), 72.0);
    FontOptionsPtr options(cairo_font_options_create());
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(m_context.get(), options.get());
    newPage();
}

void PdfDocument::newPage()
{
    const cairo_rectangle_t extents{0.0, 0.0, kPageWidth, kPageHeight};
    m_pages.emplace_back(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents));
    m_cr.reset(cairo_create(m_pages.back().get()));
    m_y = kTop;
}

void PdfDocument::ensure(double height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

LayoutPtr PdfDocument::layout(std::string_view text, const TextStyle& style, double width) const
{
    LayoutPtr layout(pango_layout_new(m_context.get()));
    FontDescriptionPtr font(pango_font_description_new());
    pango_font_description_set_family(font.get(), kFontFamily);
    pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(), style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.align);
    const std::string clean = style.markup ? std::string(text) : cleanText(text);
    if (style.markup)
        pango_layout_set_markup(layout.get(), clean.data(), static_cast<int>(clean.size()));
    else
        pango_layout_set_text(layout.get(), clean.data(), static_cast<int>(clean.size()));
    // After the text: markup replaces the layout's attributes with its own.
    PangoAttrList* markup = pango_layout_get_attributes(layout.get());
    PangoAttrList* attributes = markup ? pango_attr_list_copy(markup) : pango_attr_list_new();
    // A word broken across lines keeps no inserted hyphen, so copied or searched text stays as typed.
    pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(FALSE));
    splitLongWords(attributes, pango_layout_get_text(layout.get()));
    pango_layout_set_attributes(layout.get(), attributes);
    pango_attr_list_unref(attributes);
    return layout;
}

double PdfDocument::heightOf(PangoLayout* layout)
{
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    return static_cast<double>(height) / PANGO_SCALE;
}

double PdfDocument::widthOf(PangoLayout* layout)
{
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
}

void PdfDocument::draw(PangoLayout* layout, double x, double y, const Colour& colour) const
{
    setColour(cr(), colour);
    cairo_move_to(cr(), x, y);
    pango_cairo_show_layout(cr(), layout);
}

void PdfDocument::paragraph(std::string_view text, const TextStyle& style, double spaceAfter)
{
    const LayoutPtr body = layout(text, style, width());
    flow(body.get(), 0.0, style.colour, spaceAfter);
}

void PdfDocument::flow(PangoLayout* body, double indent, const Colour& colour, double spaceAfter)
{
    const double height = heightOf(body);
    // Keep at least a few lines together before breaking a long text.
    if (height > remaining())
        ensure(std::min(height, 36.0));
    double offset = 0.0;
    while (offset < height - kEpsilon) {
        double cut = cutBetweenLines({body}, offset, offset + remaining());
        if (cut <= offset + kEpsilon) {
            if (!atPageTop()) {
                newPage();
                continue;
            }
            cut = offset + remaining();
        }
        setColour(cr(), colour);
        drawLayoutSlice(cr(), body, left() + indent, m_y, offset, cut);
        m_y += cut - offset;
        offset = cut;
        if (offset < height - kEpsilon)
            newPage();
    }
    m_y += spaceAfter;
}

void PdfDocument::heading(std::string_view text, int level, double keepWith)
{
    const TextStyle style{level == 1 ? 14.0 : 11.0, true, false, palette::kAccentDark};
    const LayoutPtr title = layout(text, style, width());
    const double height = heightOf(title.get());
    const double before = atPageTop() ? 0.0 : (level == 1 ? 14.0 : 8.0);
    ensure(before + height + keepWith);
    if (!atPageTop())
        m_y += before;
    m_bookmarks.push_back({std::string(text), level, pageCount()});
    draw(title.get(), left(), m_y, style.colour);
    m_y += height + 2.0;
    if (level == 1) {
        rule(left(), m_y, left() + width(), palette::kAccent, 1.5);
        m_y += 6.0;
    } else {
        m_y += 2.0;
    }
}

void PdfDocument::fillRect(double x, double y, double w, double h, const Colour& colour) const
{
    setColour(cr(), colour);
    cairo_rectangle(cr(), x, y, w, h);
    cairo_fill(cr());
}

void PdfDocument::rule(double x1, double y, double x2, const Colour& colour, double lineWidth) const
{
    setColour(cr(), colour);
    cairo_set_line_width(cr(), lineWidth);
    cairo_move_to(cr(), x1, y);
    cairo_line_to(cr(), x2, y);
    cairo_stroke(cr());
}

void PdfDocument::decorate(cairo_t* target, int page, int pages) const
{
    const TextStyle small{7.5, false, false, palette::kMuted};
    const double half = width() / 2.0 - 6.0;
    const auto show = [&](std::string_view text, double x, double y, PangoAlignment align, double w) {
        TextStyle style = small;
        style.align = align;
        const LayoutPtr line = layout(text, style, w);
        pango_layout_set_ellipsize(line.get(), PANGO_ELLIPSIZE_END);
        setColour(target, style.colour);
        cairo_move_to(target, x, y);
        pango_cairo_show_layout(target, line.get());
    };
    const auto line = [&](double y) {
        setColour(target, palette::kRule);
        cairo_set_line_width(target, 0.5);
        cairo_move_to(target, left(), y);
        cairo_line_to(target, left() + width(), y);
        cairo_stroke(target);
    };
    if (!m_frame.mark.empty()) {
        const LayoutPtr mark = layout(m_frame.mark, {8.5, true, false, palette::kText, PANGO_ALIGN_RIGHT}, width());
        setColour(target, palette::kText);
        cairo_move_to(target, left(), 16.0);
        pango_cairo_show_layout(target, mark.get());
    }
    if (page > 1) {
        show(m_frame.headerLeft, left(), 34.0, PANGO_ALIGN_LEFT, half);
        show(m_frame.headerRight, left() + width() - half, 34.0, PANGO_ALIGN_RIGHT, half);
        line(48.0);
    }
    const double footer = kPageHeight - 40.0;
    line(footer - 6.0);
    // The page number needs little room; the footer text takes the rest.
    const double numberWidth = 90.0;
    show(m_frame.footerLeft, left(), footer, PANGO_ALIGN_LEFT, width() - numberWidth - 10.0);
    show("Page " + std::to_string(page) + " of " + std::to_string(pages), left() + width() - numberWidth, footer,
         PANGO_ALIGN_RIGHT, numberWidth);
}

std::vector<SurfacePtr> PdfDocument::finishPages()
{
    m_cr.reset();
    const int pages = pageCount();
    for (int page = 1; page <= pages; ++page) {
        CairoPtr cr(cairo_create(m_pages[static_cast<std::size_t>(page - 1)].get()));
        decorate(cr.get(), page, pages);
    }
    return std::move(m_pages);
}

std::string PdfDocument::finish()
{
    const std::vector<SurfacePtr> pages = finishPages();
    std::string bytes;
    {
        SurfacePtr pdf(cairo_pdf_surface_create_for_stream(appendTo, &bytes, kPageWidth, kPageHeight));
        const std::string title = cleanText(m_frame.title);
        const std::string author = cleanText(m_frame.author);
        const std::string subject = cleanText(m_frame.subject);
        cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
        cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_AUTHOR, author.c_str());
        cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_SUBJECT, subject.c_str());
        cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_CREATOR, "ccg-selfassess");
        CairoPtr cr(cairo_create(pdf.get()));
        for (const auto& page : pages) {
            cairo_set_source_surface(cr.get(), page.get(), 0.0, 0.0);
            cairo_paint(cr.get());
            cairo_show_page(cr.get());
        }
        int parent = CAIRO_PDF_OUTLINE_ROOT;
        for (const auto& bookmark : m_bookmarks) {
            const std::string name = cleanText(bookmark.title);
            const std::string link = "page=" + std::to_string(bookmark.page);
            const int id = cairo_pdf_surface_add_outline(pdf.get(), bookmark.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                                         name.c_str(), link.c_str(), CAIRO_PDF_OUTLINE_FLAG_OPEN);
            if (bookmark.level == 1)
                parent = id;
        }
        cr.reset();
        cairo_surface_finish(pdf.get());
        if (cairo_surface_status(pdf.get()) != CAIRO_STATUS_SUCCESS)
            throw ReportWriteError(std::string("cannot make the PDF: ") +
                                   cairo_status_to_string(cairo_surface_status(pdf.get())));
    }
    return bytes;
}

}  // namespace ccg::reports::pdf
