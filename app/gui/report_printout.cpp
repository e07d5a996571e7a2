#include "app/gui/report_printout.hpp"

#include <wx/dcgraph.h>
#include <wx/dcmemory.h>
#include <wx/dcprint.h>

#include <cairo.h>

namespace ccg::gui {

namespace {

/// A graphics context on the DC wxWidgets prints or previews with; null for any other DC.
std::unique_ptr<wxGCDC> graphicsOn(wxDC* dc)
{
    if (auto* printer = dynamic_cast<wxPrinterDC*>(dc))
        return std::make_unique<wxGCDC>(*printer);
    if (auto* memory = dynamic_cast<wxMemoryDC*>(dc))
        return std::make_unique<wxGCDC>(*memory);
    return nullptr;
}

}  // namespace

ReportPrintout::ReportPrintout(std::shared_ptr<const reports::PrintableReport> report, const wxString& title)
    : wxPrintout(title), m_report(std::move(report))
{
}

bool ReportPrintout::HasPage(int page)
{
    return page >= 1 && page <= m_report->pageCount();
}

void ReportPrintout::GetPageInfo(int* minPage, int* maxPage, int* pageFrom, int* pageTo)
{
    *minPage = 1;
    *maxPage = m_report->pageCount();
    *pageFrom = 1;
    *pageTo = m_report->pageCount();
}

bool ReportPrintout::OnPrintPage(int page)
{
    const auto graphics = graphicsOn(GetDC());
    wxGraphicsContext* context = graphics ? graphics->GetGraphicsContext() : nullptr;
    auto* cr = context ? static_cast<cairo_t*>(context->GetNativeContext()) : nullptr;
    if (!cr || !HasPage(page))
        return false;
    // The context's own extent is the sheet, in whatever unit the printer or preview works in;
    // the page is scaled to fill it, so no unit needs converting here.
    double left = 0.0, top = 0.0, right = 0.0, bottom = 0.0;
    cairo_clip_extents(cr, &left, &top, &right, &bottom);
    m_report->drawPage(cr, page, left, top, right - left, bottom - top);
    return true;
}

}  // namespace ccg::gui
