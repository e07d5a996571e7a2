#pragma once

// Internal to the PDF renderer: sections 3 to 8 and the appendices of the board paper.
#include "reports/pdf_document.hpp"
#include "reports/report_model.hpp"

namespace ccg::reports::pdf {

void criticalItems(PdfDocument& doc, const ReportModel& model);
void gapList(PdfDocument& doc, const ReportModel& model);
void disagreements(PdfDocument& doc, const ReportModel& model);
void actionPlan(PdfDocument& doc, const ReportModel& model);
void commitments(PdfDocument& doc, const ReportModel& model);
void trend(PdfDocument& doc, const ReportModel& model);
void appendix(PdfDocument& doc, const ReportModel& model);
void about(PdfDocument& doc, const ReportModel& model);

}  // namespace ccg::reports::pdf
