#include "reports/report_writer.hpp"

#include "reports/atomic_file.hpp"
#include "reports/csv_writer.hpp"
#include "reports/html_renderer.hpp"
#include "reports/pdf_renderer.hpp"
#include "reports/report_model.hpp"
#include "reports/workshop_pack.hpp"
#include "reports/xlsx_writer.hpp"

#include <array>
#include <utility>

namespace ccg::reports {

namespace {

constexpr std::array<std::pair<ReportFormat, std::string_view>, 5> kFormats{{
    {ReportFormat::Html, "html"},
    {ReportFormat::Pdf, "pdf"},
    {ReportFormat::Csv, "csv"},
    {ReportFormat::Xlsx, "xlsx"},
    {ReportFormat::WorkshopPdf, "workshop-pdf"},
}};

void writeWhole(const std::filesystem::path& out, const std::string& bytes)
{
    AtomicFile file(out);
    file.write(bytes);
    file.commit();
}

}  // namespace

std::optional<ReportFormat> parseReportFormat(std::string_view text)
{
    for (const auto& [format, name] : kFormats)
        if (name == text)
            return format;
    return std::nullopt;
}

std::string toString(ReportFormat format)
{
    for (const auto& [candidate, name] : kFormats)
        if (candidate == format)
            return std::string(name);
    return "html";
}

std::optional<Audience> parseAudience(std::string_view text)
{
    if (text == "board")
        return Audience::Board;
    if (text == "public")
        return Audience::Public;
    return std::nullopt;
}

std::string toString(Audience audience)
{
    return audience == Audience::Public ? "public" : "board";
}

std::filesystem::path actionsCsvPath(const std::filesystem::path& out)
{
    auto path = out;
    path.replace_filename(out.stem().string() + "-actions.csv");
    return path;
}

std::vector<std::filesystem::path> writeReport(const ReportInput& input, ReportFormat format,
                                               const std::filesystem::path& out)
{
    if (format == ReportFormat::WorkshopPdf) {
        writeWorkshopPack(input.checklist, out);
        return {out};
    }
    const ReportModel model = buildReportModel(input);
    switch (format) {
    case ReportFormat::Html:
        writeWhole(out, renderHtml(model));
        return {out};
    case ReportFormat::Pdf:
        writeWhole(out, renderPdf(model));
        return {out};
    case ReportFormat::Csv: {
        const auto actionsPath = actionsCsvPath(out);
        AtomicFile items(out);
        AtomicFile actions(actionsPath);
        items.write(itemsCsv(model));
        actions.write(actionsCsv(model));
        items.commit();
        actions.commit();
        return {out, actionsPath};
    }
    case ReportFormat::Xlsx: {
        AtomicFile file(out);
        writeXlsx(model, file.temporaryPath());
        file.commit();
        return {out};
    }
    case ReportFormat::WorkshopPdf:
        break;
    }
    return {};
}

void writeWorkshopPack(const Checklist& checklist, const std::filesystem::path& out)
{
    writeWhole(out, renderWorkshopPack(checklist));
}

}  // namespace ccg::reports
