#pragma once

#include "reports/report_model.hpp"

#include <string>

namespace ccg::reports {

/// The board paper as an A4 PDF, written directly with cairo and Pango: embedded fonts,
/// running header and "Page N of M" footer, tables that break between rows with their
/// header repeated, RAG spelled out, the radar chart as vector graphics. Returns the bytes.
std::string renderPdf(const ReportModel& model);

namespace pdf {

class PdfDocument;
struct PageFrame;

/// The running header, footer and metadata of the board paper.
PageFrame boardPaperFrame(const ReportModel& model);

/// Lays the whole board paper out in `doc`, page by page (shared by the PDF and printing).
void layOutBoardPaper(PdfDocument& doc, const ReportModel& model);

}  // namespace pdf

}  // namespace ccg::reports
