// Desktop benchmark: from a rating key press to the window repainted, and to the dashboard shown
// after it, on a 480-item review rated by 20 members (9,600 answers with notes), with the
// database as the application uses it (WAL, synchronous=FULL: every rating is fsync'ed).
// Run under X: cmake --build BUILD --target gui_rating_bench
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "process_runner.hpp"

#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"
#include "app/storage/answers_exchange.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/eventfilter.h>
#include <wx/uiaction.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <cstdio>
#include <vector>

using namespace ccg;
using Clock = std::chrono::steady_clock;

namespace {

double milliseconds(Clock::duration duration)
{
    return std::chrono::duration<double, std::milli>(duration).count();
}

void report(const char* what, std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double share) { return samples[static_cast<std::size_t>(share * (samples.size() - 1))]; };
    std::printf("  %-44s median %6.1f ms   p95 %6.1f ms   max %6.1f ms\n", what, at(0.5), at(0.95), samples.back());
}

/// Notes when the window receives the next key press, so that the time the simulated key spends
/// in the X server's test extension is not counted as ours.
class KeyArrival : public wxEventFilter {
public:
    KeyArrival() { wxEvtHandler::AddFilter(this); }
    ~KeyArrival() override { wxEvtHandler::RemoveFilter(this); }

    void arm() { m_at.reset(); }
    [[nodiscard]] std::optional<Clock::time_point> at() const { return m_at; }

    int FilterEvent(wxEvent& event) override
    {
        if (!m_at && (event.GetEventType() == wxEVT_CHAR_HOOK || event.GetEventType() == wxEVT_KEY_DOWN))
            m_at = Clock::now();
        return Event_Skip;
    }

private:
    std::optional<Clock::time_point> m_at;
};

/// Lets the window handle events until `done()` holds (at most two seconds).
template <class Done>
void waitUntil(const Done& done)
{
    const auto give = Clock::now() + std::chrono::seconds(2);
    while (!done() && Clock::now() < give) {
        wxEventLoopBase::GetActive()->YieldFor(wxEVT_CATEGORY_ALL);
        wxTheApp->ProcessPendingEvents();
    }
}

}  // namespace

TEST_CASE("Rating latency on a large review", "[.bench]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    const auto generated = test::runProcess("/usr/bin/python3", {CCG_SOURCE_DIR "/tests/bench/make_large_review.py",
                                                        dir.file("review"), "480", "20", "--notes"});
    REQUIRE(generated.exitCode == 0);
    {
        auto repository = storage::Repository::open(dir.file("bench.sqlite"));
        storage::importAnswersFile(repository, dir.file("review/checklist.xml"), dir.file("review/answers.xml"));
    }
    auto* frame = test::openMainFrame(dir.file("bench.sqlite"));
    frame->SetSize(1366, 768);
    test::pump(300);
    auto& session = frame->session();
    REQUIRE(session.hasReview());
    REQUIRE(session.assessment().answers.size() == 9600);
    session.setCurrentRater("r3");

    constexpr int kPresses = 41;
    std::vector<double> repainted;
    std::vector<double> dashboard;
    wxUIActionSimulator keys;
    KeyArrival arrival;
    for (int press = 0; press < kPresses + 3; ++press) {
        const std::string item = "i" + std::to_string(press * 11 % 480);
        frame->goToItem(item);
        frame->showPage(gui::MainFrame::Page::Items);
        test::pump(40);
        const int level = (session.currentRating(item).value_or(Rating::at(0)).level.value_or(0) + 1) % 5;

        arrival.arm();
        keys.Char('0' + level);
        waitUntil([&] { return session.currentRating(item) == Rating::at(level); });
        REQUIRE(arrival.at());
        const auto start = *arrival.at();
        frame->Update();
        const auto shown = Clock::now();
        frame->showPage(gui::MainFrame::Page::Dashboard);
        frame->Update();
        const auto dashboardShown = Clock::now();
        REQUIRE(session.currentRating(item) == Rating::at(level));
        if (press < 3)
            continue;  // the first presses build the pages and warm the caches
        repainted.push_back(milliseconds(shown - start));
        dashboard.push_back(milliseconds(dashboardShown - start));
    }
    std::printf("480 items x 20 raters (9,600 answers with notes), %d rating key presses at 1366x768\n", kPresses);
    report("key press to the Items page repainted", repainted);
    report("key press to the dashboard shown and painted", dashboard);
    test::closeMainFrame(frame);
}
