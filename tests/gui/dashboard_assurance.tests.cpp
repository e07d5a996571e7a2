// The dashboard's assurance and follow-through (PRODUCT.md §5, §12): each domain's suggested
// assurance under its tile, the overall level beside the author's choice, the follow-through rate;
// a checklist without assurance keeps only the rate.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/dashboard_assurance.hpp"
#include "app/gui/dashboard_panel.hpp"
#include "app/gui/fact_tile.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/resource_paths.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/stattext.h>

#include <algorithm>

using namespace ccg;

TEST_CASE("The dashboard shows each domain's suggested assurance, the overall level and the follow-through",
          "[gui][dashboard][assurance]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    const ReviewAnalysis& analysis = frame->session().analysis();
    frame->showPage(gui::MainFrame::Page::Dashboard);
    test::pump(200);
    gui::DashboardPanel& dashboard = *frame->dashboardPanel();
    REQUIRE(dashboard.domainAssurance().size() == analysis.assurance.domains.size());
    for (std::size_t i = 0; i < analysis.assurance.domains.size(); ++i) {
        const DomainAssurance& domain = analysis.assurance.domains[i];
        std::string line = dashboard.domainAssurance()[i]->GetLabelText().utf8_string();
        std::replace(line.begin(), line.end(), '\n', ' ');  // wrapped to the tile's width
        INFO(line);
        CHECK(dashboard.domainAssurance()[i]->IsShownOnScreen());
        CHECK(line.find(words::assuranceWords(domain.level)) != std::string::npos);
        if (domain.coverage)
            CHECK(line.find(words::wholePercent(*domain.coverage * 100.0) + " assured") != std::string::npos);
    }
    REQUIRE(dashboard.assuranceTile()->IsShownOnScreen());
    const std::string overall = dashboard.assuranceTile()->text().utf8_string();
    CHECK(overall.find("Suggested: " + words::assuranceWords(analysis.assurance.level) + " (" +
                       words::wholePercent(*analysis.assurance.coverage * 100.0) + " assured)") != std::string::npos);
    CHECK(overall.find("Chosen: Limited") != std::string::npos);
    REQUIRE(dashboard.followThroughTile()->IsShownOnScreen());
    CHECK(dashboard.followThroughTile()->text().utf8_string() == words::followThroughWords(analysis.followThrough));
    CHECK(dashboard.followThroughTile()->text().StartsWith("50%"));
    test::closeMainFrame(frame);
}

TEST_CASE("A checklist without assurance keeps the dashboard's follow-through and leaves out its assurance",
          "[gui][dashboard][assurance]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    session::ResourcePaths resources = session::sourceLayout(CCG_SOURCE_DIR);
    std::string checklist = test::readFile(resources.checklist.string());
    const std::string opening = "<checklist id=\"ccg-commissioning-2013\"";
    REQUIRE(checklist.find(opening) != std::string::npos);
    checklist.replace(checklist.find(opening), opening.size(), opening + " assurance=\"off\"");
    resources.checklist = dir.file("no-assurance.xml");
    test::writeFile(resources.checklist.string(), checklist);

    auto* frame = new gui::MainFrame(storage::Repository::open(dir.file("ccg.sqlite")), resources);
    frame->Show();
    frame->startUp(std::nullopt);
    test::pump(200);
    test::createReviewByMenu(*frame);
    REQUIRE_FALSE(frame->session().checklist().assurance);
    frame->showPage(gui::MainFrame::Page::Dashboard);
    test::pump(200);
    gui::DashboardPanel& dashboard = *frame->dashboardPanel();
    CHECK_FALSE(dashboard.assuranceTile()->IsShown());
    REQUIRE_FALSE(dashboard.domainAssurance().empty());
    for (wxStaticText* line : dashboard.domainAssurance())
        CHECK_FALSE(line->IsShown());
    CHECK(dashboard.followThroughTile()->IsShownOnScreen());
    CHECK(dashboard.followThroughTile()->text().utf8_string() == words::followThroughWords(FollowThrough{}));
    test::closeMainFrame(frame);
}

TEST_CASE("The dashboard's assurance words follow the analysis, and none are made without assurance",
          "[dashboard][assurance]")
{
    Checklist checklist;
    ReviewAnalysis analysis;
    analysis.assurance.domains = {{0.4, Assurance::Limited, 0}, {std::nullopt, std::nullopt, 0}};
    analysis.assurance.coverage = 0.14;
    analysis.assurance.level = Assurance::None;
    analysis.followThrough = {4, 1, 1, 1, 1, 0, 50.0};

    gui::DashboardAssurance words = gui::dashboardAssurance(checklist, analysis);
    CHECK(words.assessed);
    CHECK(words.domains == std::vector<std::string>{"Assurance: Limited\n40% assured", "Assurance: Nothing to assess"});
    CHECK(words.suggested == "Suggested: No assurance (14% assured)");
    CHECK(words.chosen == "Not chosen yet: the paper shows the suggestion");
    CHECK(words.followThrough == ccg::words::followThroughWords(analysis.followThrough));
    analysis.assurance.chosen = Assurance::Limited;
    CHECK(gui::dashboardAssurance(checklist, analysis).chosen == "Chosen: Limited");

    checklist.assurance = false;
    words = gui::dashboardAssurance(checklist, analysis);
    CHECK_FALSE(words.assessed);
    CHECK(words.domains.empty());
    CHECK(words.suggested.empty());
    CHECK(words.followThrough == ccg::words::followThroughWords(analysis.followThrough));
}
