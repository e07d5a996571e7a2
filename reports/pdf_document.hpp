#pragma once

// Internal to the PDF renderers: an A4 document laid out top to bottom, page by page.
#include "reports/cairo_handles.hpp"
#include "reports/report_style.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ccg::reports::pdf {

/// How a run of text looks.
struct TextStyle {
    TextStyle(double points = 9.5, bool isBold = false, bool isItalic = false, Colour textColour = palette::kText,
              PangoAlignment alignment = PANGO_ALIGN_LEFT, bool isMarkup = false)
        : size(points), bold(isBold), italic(isItalic), colour(textColour), align(alignment), markup(isMarkup)
    {
    }

    double size = 9.5;
    bool bold = false;
    bool italic = false;
    Colour colour = palette::kText;
    PangoAlignment align = PANGO_ALIGN_LEFT;
    bool markup = false;  ///< text is Pango markup built with escapeMarkup
};

/// The running header and footer every page but the first carries, and the PDF metadata.
struct PageFrame {
    std::string headerLeft;
    std::string headerRight;
    std::string footerLeft;
    std::string title;
    std::string author;
    std::string subject;
    std::string mark;  ///< "Draft", "Public version"…: at the top of every page, the first too
};

/// The lowest cut at or below `limit` (and above `offset`) that passes through no line of any
/// layout, all measured from the layouts' common top; `limit` when no line boundary fits.
double cutBetweenLines(const std::vector<PangoLayout*>& layouts, double offset, double limit);

/// Draws the lines of `layout` lying within [offset, cut) with the layout's top at y - offset.
void drawLayoutSlice(cairo_t* cr, PangoLayout* layout, double x, double y, double offset, double cut);

/// A PDF under construction: pages are recorded as they fill, then written with
/// "Page N of M" once the number of pages is known.
class PdfDocument {
public:
    static constexpr double kPageWidth = 595.2756;   // A4 in points
    static constexpr double kPageHeight = 841.8898;
    static constexpr double kMarginX = 51.0;         // 18 mm
    static constexpr double kTop = 66.0;
    static constexpr double kBottom = kPageHeight - 60.0;

    explicit PdfDocument(PageFrame frame);

    [[nodiscard]] double left() const { return kMarginX; }
    [[nodiscard]] double width() const { return kPageWidth - 2 * kMarginX; }
    [[nodiscard]] double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double points) { m_y += points; }
    [[nodiscard]] double remaining() const { return kBottom - m_y; }
    [[nodiscard]] bool atPageTop() const { return m_y <= kTop + 0.5; }
    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }
    [[nodiscard]] cairo_t* cr() const { return m_cr.get(); }

    void newPage();
    /// Starts a new page unless `height` still fits on this one.
    void ensure(double height);

    [[nodiscard]] LayoutPtr layout(std::string_view text, const TextStyle& style, double width) const;
    static double heightOf(PangoLayout* layout);
    static double widthOf(PangoLayout* layout);
    void draw(PangoLayout* layout, double x, double y, const Colour& colour) const;

    /// A paragraph at the cursor, broken across pages between lines when it does not fit.
    void paragraph(std::string_view text, const TextStyle& style = {}, double spaceAfter = 5.0);
    /// Draws a laid-out text at the cursor (x from the left margin), breaking it between lines
    /// across pages when it does not fit.
    void flow(PangoLayout* layout, double indent, const Colour& colour, double spaceAfter);
    /// A section heading kept with at least `keepWith` points of what follows; also a PDF bookmark.
    void heading(std::string_view text, int level, double keepWith = 70.0);

    void fillRect(double x, double y, double w, double h, const Colour& colour) const;
    void rule(double x1, double y, double x2, const Colour& colour, double lineWidth) const;

    /// Writes every page with its header and footer and returns the PDF file's bytes.
    std::string finish();
    /// Ends the document: every page, header and footer drawn, as vector recordings in points.
    std::vector<SurfacePtr> finishPages();

private:
    struct Bookmark {
        std::string title;
        int level = 1;
        int page = 1;
    };
    void decorate(cairo_t* cr, int page, int pages) const;

    PageFrame m_frame;
    ContextPtr m_context;
    std::vector<SurfacePtr> m_pages;
    CairoPtr m_cr;
    std::vector<Bookmark> m_bookmarks;
    double m_y = kTop;
};

}  // namespace ccg::reports::pdf
