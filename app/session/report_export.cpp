#include "app/session/report_export.hpp"

#include "app/session/review_session.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace ccg::session {

namespace {

std::string lowerExtension(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

}  // namespace

std::vector<std::filesystem::path> saveReport(const ReviewSession& session, reports::ReportFormat format,
                                              const std::filesystem::path& out)
{
    if (!session.hasReview())
        throw std::runtime_error("Open a review to write its report.");
    const Assessment assessment = session.exportedAssessment();
    const Assessment* previous = session.previousAssessment() ? &*session.previousAssessment() : nullptr;
    const reports::ReportInput input{session.checklist(), assessment, previous, reports::defaultAsOf(assessment)};
    return reports::writeReport(input, format, out);
}

void saveWorkshopPack(const ReviewSession& session, const std::filesystem::path& out)
{
    if (!session.hasReview())
        throw std::runtime_error("Open a review to write its workshop pack.");
    const Assessment assessment = session.exportedAssessment();
    reports::writeWorkshopPack(session.checklist(), &assessment, out);
}

reports::ReportFormat boardReportFormat(const std::filesystem::path& out)
{
    return lowerExtension(out) == ".pdf" ? reports::ReportFormat::Pdf : reports::ReportFormat::Html;
}

reports::ReportFormat actionPlanFormat(const std::filesystem::path& out)
{
    return lowerExtension(out) == ".xlsx" ? reports::ReportFormat::Xlsx : reports::ReportFormat::Csv;
}

}  // namespace ccg::session
