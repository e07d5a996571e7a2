// Printing the board report: the printout draws the PDF's pages on the DC wxWidgets gives it,
// and the preview shows them.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/main_frame.hpp"
#include "app/gui/report_printout.hpp"
#include "app/session/report_export.hpp"
#include "app/session/review_session.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/dcmemory.h>
#include <wx/image.h>
#include <wx/print.h>
#include <wx/statusbr.h>

#include <filesystem>

using namespace ccg;

namespace {

/// Pixels of `image` within the rectangle that are not white.
int inkIn(const wxImage& image, int x0, int y0, int x1, int y1)
{
    int ink = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            ink += image.GetRed(x, y) < 250 || image.GetGreen(x, y) < 250 || image.GetBlue(x, y) < 250;
    return ink;
}

}  // namespace

TEST_CASE("The printout draws each page of the board report onto the page it is given", "[gui][print]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    std::shared_ptr<const reports::PrintableReport> report = session::printableReport(frame->session());
    REQUIRE(report->pageCount() > 10);

    gui::ReportPrintout printout(report, "Board report");
    CHECK(printout.HasPage(1));
    CHECK(printout.HasPage(report->pageCount()));
    CHECK_FALSE(printout.HasPage(report->pageCount() + 1));
    int minPage = 0, maxPage = 0, from = 0, to = 0;
    printout.GetPageInfo(&minPage, &maxPage, &from, &to);
    CHECK(minPage == 1);
    CHECK(maxPage == report->pageCount());

    // An A4 sheet at 1 pixel a point: a blank white bitmap gets the page's header and footer.
    wxBitmap sheet(595, 842, 24);
    {
        wxMemoryDC dc(sheet);
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        printout.SetDC(&dc);
        CHECK(printout.OnPrintPage(2));
        printout.SetDC(nullptr);
    }
    const wxImage page = sheet.ConvertToImage();
    CHECK(inkIn(page, 51, 28, 544, 50) > 0);     // running header
    CHECK(inkIn(page, 51, 795, 544, 815) > 0);   // footer with the page number
    CHECK(inkIn(page, 0, 0, 40, 842) == 0);      // left margin stays clear
    test::closeMainFrame(frame);
}

TEST_CASE("Print preview opens on the board report with every page", "[gui][print]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    test::runMenu(*frame, wxID_PREVIEW);
    test::pump(300);
    auto* preview = dynamic_cast<wxPreviewFrame*>(wxWindow::FindWindowByName("print-preview"));
    REQUIRE(preview);
    CHECK(preview->IsShown());
    CHECK(preview->GetTitle().Contains("NHS Northmoor CCG"));
    test::screenshot(*preview, "print-preview");
    preview->Close(true);
    test::pump(100);
    test::closeMainFrame(frame);
}

TEST_CASE("Printing without an open review says what to do", "[gui][print]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("empty.sqlite"));
    REQUIRE_FALSE(frame->session().hasReview());
    test::runMenu(*frame, wxID_PREVIEW);
    CHECK(wxWindow::FindWindowByName("print-preview") == nullptr);
    CHECK(frame->GetStatusBar()->GetStatusText(0).Contains("Open a review"));
    test::closeMainFrame(frame);
}
