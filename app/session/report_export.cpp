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

/// Calls `use` with the report input of the open review, as the session holds it.
template <class Use>
auto withReportInput(const ReviewSession& session, reports::Audience audience, const Use& use)
{
    if (!session.hasReview())
        throw std::runtime_error("Open a review to write its report.");
    if (session.ratingsHidden())
        throw std::runtime_error("The ratings are hidden until they are revealed (Review > Reveal ratings). The board "
                                 "paper shows every rater's ratings, so it is written once they are revealed.");
    const Assessment& assessment = session.assessment();
    const storage::StoredReview* previous = session.previous();
    return use(reports::ReportInput{session.checklist(), assessment, previous ? &previous->assessment : nullptr,
                                    reports::defaultAsOf(assessment),
                                    previous ? previous->checklist.get() : nullptr, audience});
}

}  // namespace

std::vector<std::filesystem::path> saveReport(const ReviewSession& session, reports::ReportFormat format,
                                              const std::filesystem::path& out, reports::Audience audience)
{
    return withReportInput(session, audience, [&](const reports::ReportInput& input) {
        return reports::writeReport(input, format, out);
    });
}

std::unique_ptr<reports::PrintableReport> printableReport(const ReviewSession& session, reports::Audience audience)
{
    return withReportInput(session, audience, [](const reports::ReportInput& input) {
        return std::make_unique<reports::PrintableReport>(input);
    });
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
