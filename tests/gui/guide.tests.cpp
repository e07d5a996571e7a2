// Help > Guide: the user guide opens in a window of its own that fits the screen, its links
// jump within it, and it is found both in the build tree and where the application is installed.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/command_ids.hpp"
#include "app/gui/guide_frame.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/menu_bar.hpp"
#include "app/gui/screen_fit.hpp"
#include "app/session/resource_paths.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/html/htmlwin.h>
#include <wx/log.h>
#include <wx/menu.h>

#include <memory>
#include <regex>

using namespace ccg;

namespace {

gui::GuideFrame* openGuide()
{
    return dynamic_cast<gui::GuideFrame*>(wxWindow::FindWindowByName("guide-frame"));
}

std::vector<std::string> anchorsOf(const std::filesystem::path& page)
{
    const std::string html = test::readFile(page.string());
    std::vector<std::string> names;
    const std::regex re(R"re(<a name="([^"]+)")re");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
        names.push_back((*it)[1].str());
    return names;
}

/// Follows a link of the page as a click on it does.
void follow(wxHtmlWindow& html, const wxString& href)
{
    html.OnLinkClicked(wxHtmlLinkInfo(href));
    test::pump(50);
}

}  // namespace

TEST_CASE("A window opens whole within the work area, shrunk where the screen is small", "[guide][gui]")
{
    const wxRect laptop(0, 27, 1366, 741);  // 1366 x 768 less a top panel
    const wxRect fitted = gui::fittedRect(wxSize(960, 2000), laptop);
    CHECK(laptop.Contains(fitted));
    CHECK(fitted.width == 960);
    CHECK(fitted.height < laptop.height);
    CHECK(fitted.GetTop() - laptop.GetTop() == laptop.GetBottom() - fitted.GetBottom());  // centred
    const wxRect small = gui::fittedRect(wxSize(2000, 300), wxRect(100, 0, 800, 600));
    CHECK(wxRect(100, 0, 800, 600).Contains(small));
    CHECK(small.height == 300);
}

TEST_CASE("Help > Guide shows the user guide in a window that fits the screen, its links jumping within it",
          "[guide][gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("guide.sqlite"));
    REQUIRE(frame->GetMenuBar()->FindItem(gui::kIdGuide));
    CHECK(frame->GetMenuBar()->FindItem(gui::kIdGuide)->GetItemLabelText() == "Guide");
    CHECK(frame->GetMenuBar()->FindMenu("Help") == static_cast<int>(frame->GetMenuBar()->GetMenuCount()) - 1);

    test::runMenu(*frame, gui::kIdGuide);
    test::pump(200);
    gui::GuideFrame* guide = openGuide();
    REQUIRE(guide);
    CHECK(guide->IsShown());
    wxHtmlWindow* html = guide->html();
    CHECK(html->GetOpenedPageTitle() == "CCG Self-Assessment: user guide");
    CHECK(guide->GetTitle() == "CCG Self-Assessment: user guide");
    const wxString text = html->ToText();
    for (const char* words : {"The maturity levels", "lower median", "A worked example", "43.75",
                              "Running a review with the board", "Reveal ratings"})
        CHECK(text.Contains(words));

    const wxRect area = gui::workAreaOf(guide);
    INFO("work area " << area.width << "x" << area.height << ", guide " << guide->GetSize().x << "x"
                      << guide->GetSize().y);
    CHECK(area.Contains(guide->GetScreenRect()));
    CHECK(guide->GetSize().x >= std::min(area.width * 3 / 5, 700));  // room for the tables
    CHECK(guide->GetSize().y >= area.height * 3 / 4);
    // The page is longer than the window: it scrolls.
    int virtualHeight = 0;
    html->GetVirtualSize(nullptr, &virtualHeight);
    CHECK(virtualHeight > 3 * html->GetClientSize().y);

    // Every anchor is one wxHtml knows, and a link of the contents jumps to its section.
    for (const auto& name : anchorsOf(session::sourceLayout(CCG_SOURCE_DIR).guide)) {
        INFO(name);
        CHECK(html->LoadPage("#" + name));  // true when wxHtml found the anchor
    }
    {
        const wxLogNull quiet;  // wxHtml warns of the missing anchor
        CHECK_FALSE(html->LoadPage("#no-such-section"));
    }
    follow(*html, "#contents");
    CHECK(html->GetViewStart().y == 0);
    test::screenshot(*guide, "guide");
    follow(*html, "#example");
    const int atExample = html->GetViewStart().y;
    CHECK(atExample > 0);
    test::screenshot(*guide, "guide-example");
    follow(*html, "#round");
    CHECK(html->GetViewStart().y > atExample);
    follow(*html, "#contents");
    CHECK(html->GetViewStart().y == 0);

    // Asking again brings the same window forward rather than opening a second.
    test::runMenu(*frame, gui::kIdGuide);
    test::pump(50);
    CHECK(openGuide() == guide);
    guide->Close();
    test::pump(100);
    CHECK_FALSE(openGuide());
    test::closeMainFrame(frame);
}

TEST_CASE("A guide that cannot be read is said in the main window, and no empty window opens", "[guide][gui]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("guide.sqlite"));
    for (const std::string& missing : {dir.file("no-such-guide.html"), dir.path()}) {
        CHECK_FALSE(gui::showGuide(frame, missing, *frame));
        test::pump(50);
        CHECK_FALSE(openGuide());
        CHECK(frame->lastMessage().Contains("The user guide could not be read from " + missing));
    }
    test::closeMainFrame(frame);
}

TEST_CASE("An installed application finds its guide beside it", "[guide][gui][install]")
{
    REQUIRE_GUI();
    test::TempDir prefix;
    const auto installed = test::runProcess(CCG_CMAKE_COMMAND, {"--install", CCG_BINARY_DIR, "--prefix", prefix.path()});
    INFO(installed.out << installed.err);
    REQUIRE(installed.exitCode == 0);
    const std::filesystem::path root(prefix.path());
    const auto resources = session::locateResources(root / "libexec" / "ccg-selfassess-gui");
    REQUIRE(std::filesystem::exists(resources.guide));
    CHECK(std::filesystem::equivalent(resources.guide, root / "share" / "ccg-selfassess" / "guide" / "guide.html"));
    CHECK(test::readFile(resources.guide.string()) ==
          test::readFile(session::sourceLayout(CCG_SOURCE_DIR).guide.string()));
    auto* guide = new gui::GuideFrame(nullptr, resources.guide);
    CHECK(guide->loaded());
    CHECK(guide->html()->GetOpenedPageTitle() == "CCG Self-Assessment: user guide");
    guide->Destroy();
    test::pump(50);
}

TEST_CASE("Every menu command the guide names is in the menu bar under that name", "[guide][gui]")
{
    REQUIRE_GUI();
    const std::unique_ptr<wxMenuBar> bar(gui::createMenuBar());
    const std::string html = test::readFile(session::sourceLayout(CCG_SOURCE_DIR).guide.string());
    const std::regex re(R"re(class="menu">([^<]*)<)re");
    int named = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it) {
        const std::string path = std::regex_replace((*it)[1].str(), std::regex(R"(\s+)"), " ");
        INFO(path);
        const auto separator = path.find(" &gt; ");
        REQUIRE(separator != std::string::npos);
        const int menu = bar->FindMenu(path.substr(0, separator));
        REQUIRE(menu != wxNOT_FOUND);
        bool found = false;
        for (const wxMenuItem* item : bar->GetMenu(menu)->GetMenuItems())
            found = found || item->GetItemLabelText() == wxString::FromUTF8(path.substr(separator + 6));
        CHECK(found);
        ++named;
    }
    CHECK(named >= 15);
}
