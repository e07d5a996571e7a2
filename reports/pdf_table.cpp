#include "reports/pdf_table.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ccg::reports::pdf {

namespace {

constexpr double kFontSize = 8.0;
constexpr double kPadX = 4.0;
constexpr double kPadY = 3.0;
constexpr double kEpsilon = 0.01;

}  // namespace

PdfTable::PdfTable(std::vector<PdfColumn> columns, bool showHeader)
    : m_columns(std::move(columns)), m_showHeader(showHeader)
{
}

void PdfTable::addRow(std::vector<PdfCell> cells)
{
    cells.resize(m_columns.size());
    m_rows.push_back({Kind::Body, std::move(cells)});
}

void PdfTable::addGroup(std::string title)
{
    m_rows.push_back({Kind::Group, {PdfCell{std::move(title)}}});
}

void PdfTable::addTotal(std::vector<PdfCell> cells)
{
    cells.resize(m_columns.size());
    m_rows.push_back({Kind::Total, std::move(cells)});
}

PdfTable::Widths PdfTable::columnWidths(const PdfDocument& doc) const
{
    const double total = std::accumulate(m_columns.begin(), m_columns.end(), 0.0,
                                         [](double sum, const PdfColumn& c) { return sum + c.share; });
    Widths widths;
    for (const auto& column : m_columns)
        widths.push_back(doc.width() * column.share / total);
    double widened = 0.0;
    double othersShare = 0.0;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (!m_columns[c].fitWidest) {
            othersShare += m_columns[c].share;
            continue;
        }
        double widest = 0.0;
        for (const auto& row : m_rows) {
            if (row.kind == Kind::Group)
                continue;
            const LayoutPtr line = doc.layout(row.cells[c].text, cellStyle(row, c), -1.0);
            widest = std::max(widest, PdfDocument::widthOf(line.get()));
        }
        // A little over the measured width: Pango wraps a line exactly as wide as the layout.
        const double needed = std::ceil(widest) + 1.0 + 2 * kPadX;
        if (needed > widths[c]) {
            widened += needed - widths[c];
            widths[c] = needed;
        }
    }
    // The other columns give up the room in proportion to their shares.
    if (widened > 0.0 && othersShare > 0.0)
        for (std::size_t c = 0; c < m_columns.size(); ++c)
            if (!m_columns[c].fitWidest)
                widths[c] -= widened * m_columns[c].share / othersShare;
    return widths;
}

TextStyle PdfTable::cellStyle(const Row& row, std::size_t column) const
{
    const PdfCell& cell = row.cells[column];
    return TextStyle{kFontSize, cell.bold || row.kind == Kind::Total || cell.swatch, false, palette::kText,
                     m_columns[column].align, cell.markup};
}

PdfTable::LaidOutRow PdfTable::layOut(const PdfDocument& doc, const Row& row, const Widths& widths) const
{
    LaidOutRow laid;
    double content = 0.0;
    if (row.kind == Kind::Group) {
        const TextStyle style{kFontSize + 1.0, true, false, palette::kAccentDark};
        laid.layouts.push_back(doc.layout(row.cells.front().text, style, doc.width() - 2 * kPadX));
        content = PdfDocument::heightOf(laid.layouts.back().get());
    } else {
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            laid.layouts.push_back(doc.layout(row.cells[c].text, cellStyle(row, c), widths[c] - 2 * kPadX));
            content = std::max(content, PdfDocument::heightOf(laid.layouts.back().get()));
        }
    }
    laid.height = content + 2 * kPadY;
    return laid;
}

PdfTable::LaidOutRow PdfTable::layOutHeader(const PdfDocument& doc, const Widths& widths) const
{
    Row header{Kind::Body, {}};
    for (const auto& column : m_columns)
        header.cells.push_back(PdfCell{column.title, false, Swatch{palette::kAccent, palette::kWhite}, true});
    LaidOutRow laid = layOut(doc, header, widths);
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        pango_layout_set_alignment(laid.layouts[c].get(), m_columns[c].align);
    return laid;
}

void PdfTable::drawHeader(PdfDocument& doc, const LaidOutRow& header, const Widths& widths) const
{
    if (!m_showHeader)
        return;
    doc.fillRect(doc.left(), doc.y(), doc.width(), header.height, palette::kAccent);
    double x = doc.left();
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        doc.draw(header.layouts[c].get(), x + kPadX, doc.y() + kPadY, palette::kWhite);
        x += widths[c];
    }
    doc.advance(header.height);
}

void PdfTable::drawRow(PdfDocument& doc, const Row& row, const LaidOutRow& laid, const Widths& widths,
                       std::size_t stripe, double offset, double cut) const
{
    const double top = doc.y();
    const bool first = offset <= kEpsilon;
    const bool last = cut >= laid.height - 2 * kPadY - kEpsilon;
    const double height = (cut - offset) + (first ? kPadY : 0.0) + (last ? kPadY : 0.0);
    const double textTop = top + (first ? kPadY : 0.0);
    if (row.kind == Kind::Group) {
        doc.fillRect(doc.left(), top, doc.width(), height, palette::kPanel);
        cairo_set_source_rgb(doc.cr(), palette::kAccentDark.red(), palette::kAccentDark.green(), palette::kAccentDark.blue());
        drawLayoutSlice(doc.cr(), laid.layouts.front().get(), doc.left() + kPadX, textTop, offset, cut);
        doc.advance(height);
        return;
    }
    if (row.kind == Kind::Body && stripe % 2 == 1)
        doc.fillRect(doc.left(), top, doc.width(), height, palette::kStripe);
    double x = doc.left();
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const double width = widths[c];
        const PdfCell& cell = row.cells[c];
        Colour colour = palette::kText;
        if (cell.swatch) {
            doc.fillRect(x + 1.0, top + 1.0, width - 2.0, height - 2.0, cell.swatch->fill);
            colour = cell.swatch->text;
        }
        cairo_set_source_rgb(doc.cr(), colour.red(), colour.green(), colour.blue());
        drawLayoutSlice(doc.cr(), laid.layouts[c].get(), x + kPadX, textTop, offset, cut);
        x += width;
    }
    if (row.kind == Kind::Total)
        doc.rule(doc.left(), top, doc.left() + doc.width(), palette::kText, 1.0);
    doc.rule(doc.left(), top + height, doc.left() + doc.width(), palette::kRule, 0.4);
    doc.advance(height);
}

void PdfTable::render(PdfDocument& doc) const
{
    const Widths widths = columnWidths(doc);
    const LaidOutRow header = layOutHeader(doc, widths);
    const double headerHeight = m_showHeader ? header.height : 0.0;
    std::vector<LaidOutRow> laid;
    laid.reserve(m_rows.size());
    for (const auto& row : m_rows)
        laid.push_back(layOut(doc, row, widths));

    const double pageBody = PdfDocument::kBottom - PdfDocument::kTop;
    const auto keepHeight = [&](std::size_t i) {
        // A group row travels with the row after it.
        double height = laid[i].height;
        if (m_rows[i].kind == Kind::Group && i + 1 < laid.size())
            height += laid[i + 1].height;
        return std::min(height, pageBody - headerHeight);
    };
    doc.ensure(headerHeight + (laid.empty() ? 0.0 : keepHeight(0)));
    drawHeader(doc, header, widths);
    std::size_t stripe = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const LaidOutRow& row = laid[i];
        const std::size_t rowStripe = stripe;
        stripe = m_rows[i].kind == Kind::Group ? 0 : stripe + 1;
        if (keepHeight(i) > doc.remaining()) {
            doc.newPage();
            drawHeader(doc, header, widths);
        }
        if (row.height <= doc.remaining() + kEpsilon) {
            drawRow(doc, m_rows[i], row, widths, rowStripe, 0.0, row.height - 2 * kPadY);
            continue;
        }
        // Taller than a whole page: split between lines, repeating the header.
        std::vector<PangoLayout*> layouts;
        for (const auto& layout : row.layouts)
            layouts.push_back(layout.get());
        const double content = row.height - 2 * kPadY;
        double offset = 0.0;
        while (offset < content - kEpsilon) {
            const double room = doc.remaining() - kPadY * (offset <= kEpsilon ? 2.0 : 1.0);
            double cut = cutBetweenLines(layouts, offset, offset + room);
            if (cut <= offset + kEpsilon)
                cut = offset + room;
            drawRow(doc, m_rows[i], row, widths, rowStripe, offset, cut);
            offset = cut;
            if (offset < content - kEpsilon) {
                doc.newPage();
                drawHeader(doc, header, widths);
            }
        }
    }
    doc.advance(8.0);
}

}  // namespace ccg::reports::pdf
