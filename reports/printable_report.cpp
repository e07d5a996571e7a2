#include "reports/printable_report.hpp"

#include "reports/pdf_document.hpp"
#include "reports/pdf_renderer.hpp"
#include "reports/report_model.hpp"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace ccg::reports {

struct PrintableReport::Pages {
    std::vector<pdf::SurfacePtr> recordings;
};

PrintableReport::PrintableReport(const ReportInput& input) : m_pages(std::make_unique<Pages>())
{
    static_assert(kPageWidth == pdf::PdfDocument::kPageWidth && kPageHeight == pdf::PdfDocument::kPageHeight);
    const ReportModel model = buildReportModel(input);
    pdf::PdfDocument doc(pdf::boardPaperFrame(model));
    pdf::layOutBoardPaper(doc, model);
    m_pages->recordings = doc.finishPages();
}

PrintableReport::~PrintableReport() = default;

int PrintableReport::pageCount() const
{
    return static_cast<int>(m_pages->recordings.size());
}

void PrintableReport::drawPage(cairo_t* cr, int page, double x, double y, double width, double height) const
{
    if (page < 1 || page > pageCount())
        throw std::out_of_range("no page " + std::to_string(page) + " in the report");
    const double scale = std::min(width / kPageWidth, height / kPageHeight);
    cairo_save(cr);
    cairo_translate(cr, x + (width - kPageWidth * scale) / 2.0, y + (height - kPageHeight * scale) / 2.0);
    cairo_scale(cr, scale, scale);
    cairo_rectangle(cr, 0.0, 0.0, kPageWidth, kPageHeight);
    cairo_clip(cr);
    cairo_set_source_rgb(cr, 1.0, 1.0, 1.0);
    cairo_paint(cr);
    cairo_set_source_surface(cr, m_pages->recordings[static_cast<std::size_t>(page - 1)].get(), 0.0, 0.0);
    cairo_paint(cr);
    cairo_restore(cr);
}

}  // namespace ccg::reports
