#pragma once

#include "reports/report_input.hpp"

#include <memory>

// cairo's own declaration of its context, so that callers need not include cairo.h.
typedef struct _cairo cairo_t;

namespace ccg::reports {

/// The board paper laid out exactly as its PDF, kept as vector pages to draw on any cairo
/// context: a printer's page or a print preview.
class PrintableReport {
public:
    static constexpr double kPageWidth = 595.2756;  ///< A4 in points
    static constexpr double kPageHeight = 841.8898;

    /// Lays out the report of `input`; throws what buildReportModel throws.
    explicit PrintableReport(const ReportInput& input);
    ~PrintableReport();
    PrintableReport(const PrintableReport&) = delete;
    PrintableReport& operator=(const PrintableReport&) = delete;

    [[nodiscard]] int pageCount() const;
    /// Draws page `page` (1 to pageCount()) on a white sheet, scaled to fit the rectangle
    /// (x, y, width, height) of `cr`'s user space and centred in it.
    void drawPage(cairo_t* cr, int page, double x, double y, double width, double height) const;

private:
    struct Pages;
    std::unique_ptr<Pages> m_pages;
};

}  // namespace ccg::reports
