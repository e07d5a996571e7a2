#pragma once

// Internal to the PDF renderers: tables that break across pages between rows, repeat their
// header on every page, and split only a row taller than a whole page (between lines).
#include "reports/pdf_document.hpp"

#include <optional>
#include <utility>
#include <string>
#include <vector>

namespace ccg::reports::pdf {

/// One column: its header and its share of the table's width.
struct PdfColumn {
    std::string title;
    double share = 1.0;
    PangoAlignment align = PANGO_ALIGN_LEFT;
    bool fitWidest = false;  ///< never narrower than its widest cell set on one line (e.g. "A100")
};

/// One cell: plain text, or markup built with escapeMarkup; a swatch fills the cell (RAG).
struct PdfCell {
    PdfCell() = default;
    PdfCell(std::string cellText, bool isMarkup = false, std::optional<Swatch> fill = std::nullopt, bool isBold = false)
        : text(std::move(cellText)), markup(isMarkup), swatch(fill), bold(isBold)
    {
    }

    std::string text;
    bool markup = false;
    std::optional<Swatch> swatch;
    bool bold = false;
};

class PdfTable {
public:
    explicit PdfTable(std::vector<PdfColumn> columns, bool showHeader = true);

    void addRow(std::vector<PdfCell> cells);
    /// A full-width row naming a group of the rows after it; never left alone at a page foot.
    void addGroup(std::string title);
    /// A closing row (e.g. the overall score) set off by a rule.
    void addTotal(std::vector<PdfCell> cells);

    /// Draws the table at the document's cursor and moves the cursor below it.
    void render(PdfDocument& doc) const;

private:
    enum class Kind { Body, Group, Total };
    struct Row {
        Kind kind = Kind::Body;
        std::vector<PdfCell> cells;
    };
    struct LaidOutRow {
        std::vector<LayoutPtr> layouts;
        double height = 0.0;  ///< including padding
    };

    using Widths = std::vector<double>;

    /// Each column's width in points: its share, widened to fit where fitWidest asks.
    [[nodiscard]] Widths columnWidths(const PdfDocument& doc) const;
    [[nodiscard]] TextStyle cellStyle(const Row& row, std::size_t column) const;
    [[nodiscard]] LaidOutRow layOut(const PdfDocument& doc, const Row& row, const Widths& widths) const;
    [[nodiscard]] LaidOutRow layOutHeader(const PdfDocument& doc, const Widths& widths) const;
    void drawRow(PdfDocument& doc, const Row& row, const LaidOutRow& laid, const Widths& widths, std::size_t stripe,
                 double offset, double cut) const;
    void drawHeader(PdfDocument& doc, const LaidOutRow& header, const Widths& widths) const;

    std::vector<PdfColumn> m_columns;
    std::vector<Row> m_rows;
    bool m_showHeader;
};

}  // namespace ccg::reports::pdf
