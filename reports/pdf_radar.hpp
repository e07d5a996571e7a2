#pragma once

// Internal to the PDF renderer: the domain radar chart as vector graphics.
#include "reports/pdf_document.hpp"
#include "reports/report_model.hpp"

namespace ccg::reports::pdf {

/// Draws the radar chart of domain scores at the cursor, centred, with its legend.
void drawRadar(PdfDocument& doc, const ReportModel& model);

}  // namespace ccg::reports::pdf
