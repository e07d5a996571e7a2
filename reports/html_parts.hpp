#pragma once

// Internal to the HTML renderer: the pieces html_renderer.cpp assembles.
#include "reports/report_model.hpp"

#include <string>
#include <string_view>

namespace ccg::reports::html {

/// The stylesheet inlined in every report.
std::string_view styleSheet();

/// The domain radar chart as inline SVG, or empty when the chart cannot be drawn.
std::string radarSvg(const ReportModel& model);

/// `text` escaped as element content.
std::string esc(std::string_view text);
/// Text a user typed (or a checklist brought), escaped and isolated in <bdi>, so that its
/// direction or a stray bidi control cannot reorder what stands around it.
std::string user(std::string_view text);
/// Multi-line user text, isolated as a whole, line breaks kept.
std::string userLines(std::string_view text);
/// A RAG label: coloured and spelled out.
std::string ragBadge(Rag rag);
/// Multi-line text as escaped paragraphs-within-a-cell (line breaks kept).
std::string multiline(std::string_view text);

void writeCriticalItems(std::string& out, const ReportModel& model);
void writeGapList(std::string& out, const ReportModel& model);
void writeDisagreements(std::string& out, const ReportModel& model);
void writeActionPlan(std::string& out, const ReportModel& model);
void writeCommitments(std::string& out, const ReportModel& model);
void writeTrend(std::string& out, const ReportModel& model);
void writeAppendix(std::string& out, const ReportModel& model);
void writeAbout(std::string& out, const ReportModel& model);

}  // namespace ccg::reports::html
