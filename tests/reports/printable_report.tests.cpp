// The board paper laid out for printing: the same pages as the PDF, drawn on any cairo context.
#include "report_fixtures.hpp"

#include "process_runner.hpp"
#include "reports/pdf_renderer.hpp"
#include "reports/printable_report.hpp"

#include <catch2/catch_test_macros.hpp>

#include <cairo.h>

#include <memory>
#include <stdexcept>

using namespace ccg;
using namespace ccg::reports;
using namespace ccg::test;

namespace {

using Image = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

/// Page `page` drawn into a w x h image; the image's background is grey so the sheet shows.
Image drawn(const PrintableReport& report, int page, int width, int height)
{
    Image image(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height), &cairo_surface_destroy);
    cairo_t* cr = cairo_create(image.get());
    cairo_set_source_rgb(cr, 0.5, 0.5, 0.5);
    cairo_paint(cr);
    report.drawPage(cr, page, 0.0, 0.0, width, height);
    cairo_destroy(cr);
    cairo_surface_flush(image.get());
    return image;
}

/// How many pixels in the rectangle are neither white nor the grey background.
int inkIn(cairo_surface_t* image, int x0, int y0, int x1, int y1)
{
    const unsigned char* data = cairo_image_surface_get_data(image);
    const int stride = cairo_image_surface_get_stride(image);
    int ink = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            const auto pixel = *reinterpret_cast<const std::uint32_t*>(data + y * stride + x * 4) & 0xFFFFFFu;
            ink += pixel != 0xFFFFFFu && pixel != 0x7F7F7Fu && pixel != 0x808080u;
        }
    return ink;
}

int pdfPageCount(const std::string& pdfBytes)
{
    TempDir dir;
    writeFile(dir.file("report.pdf"), pdfBytes);
    const auto info = runProcess(findTool("pdfinfo"), {dir.file("report.pdf")});
    const auto at = info.out.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.out.substr(at + 6));
}

}  // namespace

TEST_CASE("The printable board paper has the PDF's pages", "[reports][print]")
{
    const ReportFixture fixture;
    const PrintableReport report(fixture.input());
    CHECK(report.pageCount() > 1);
    CHECK(report.pageCount() == pdfPageCount(renderPdf(fixture.model())));
}

TEST_CASE("A printed page fills the sheet it is given, header to footer, and keeps A4's shape", "[reports][print]")
{
    const ReportFixture fixture;
    const PrintableReport report(fixture.input());
    // 2 pixels a point: the sheet fills the height of a 1400 x 1684 image, centred across it.
    const Image page = drawn(report, 2, 1400, 1684);
    const int sheetLeft = (1400 - 1191) / 2;
    CHECK(inkIn(page.get(), 0, 0, sheetLeft - 2, 1684) == 0);            // grey margin left of the sheet
    CHECK(inkIn(page.get(), sheetLeft + 1191 + 2, 0, 1400, 1684) == 0);  // and right of it
    // The running header (about 34 pt down) and the footer (about 40 pt from the bottom) carry ink.
    CHECK(inkIn(page.get(), sheetLeft, 60, sheetLeft + 1191, 100) > 0);
    CHECK(inkIn(page.get(), sheetLeft, 1684 - 90, sheetLeft + 1191, 1684 - 60) > 0);
}

TEST_CASE("Only the report's own pages can be printed", "[reports][print]")
{
    const ReportFixture fixture;
    const PrintableReport report(fixture.input());
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 10, 10);
    cairo_t* cr = cairo_create(surface);
    CHECK_THROWS_AS(report.drawPage(cr, 0, 0, 0, 10, 10), std::out_of_range);
    CHECK_THROWS_AS(report.drawPage(cr, report.pageCount() + 1, 0, 0, 10, 10), std::out_of_range);
    CHECK_NOTHROW(report.drawPage(cr, report.pageCount(), 0, 0, 10, 10));
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
}
