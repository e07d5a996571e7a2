#pragma once

#include "reports/printable_report.hpp"

#include <wx/print.h>

#include <memory>

namespace ccg::gui {

/// The board report as wxWidgets prints and previews it: each page is the PDF's page, drawn
/// with cairo on the printer's (or the preview's) own cairo context, scaled to the sheet.
class ReportPrintout : public wxPrintout {
public:
    ReportPrintout(std::shared_ptr<const reports::PrintableReport> report, const wxString& title);

    bool HasPage(int page) override;
    void GetPageInfo(int* minPage, int* maxPage, int* pageFrom, int* pageTo) override;
    bool OnPrintPage(int page) override;

private:
    std::shared_ptr<const reports::PrintableReport> m_report;
};

}  // namespace ccg::gui
