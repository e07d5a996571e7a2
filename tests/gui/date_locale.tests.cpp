// Dates in the user's own format in the date pickers, ISO in every file; numbers never follow
// the locale. Each test sets the locale as the environment would and as the application takes it.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"

#include "app/gui/action_dialog.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/review_settings_dialog.hpp"
#include "app/gui/user_locale.hpp"
#include "app/session/report_export.hpp"
#include "app/session/review_session.hpp"
#include "checklists/checklist_loader.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/combo.h>
#include <wx/datectrl.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <locale.h>
#include <optional>

using namespace ccg;

namespace {

/// Puts the application's own locale back once the environment is restored.
struct ReapplyLocale {
    ReapplyLocale() = default;
    ReapplyLocale(const ReapplyLocale&) = delete;
    ReapplyLocale& operator=(const ReapplyLocale&) = delete;
    ~ReapplyLocale() { gui::useUserLocale(); }
};

/// For the test's duration the environment names `lang` (LANG, or LC_ALL when `all`) and the
/// application takes its locale from it as at start-up.
class UserLocale {
public:
    explicit UserLocale(const std::optional<std::string>& lang, bool all = false)
        : m_all("LC_ALL", all ? lang : std::nullopt), m_time("LC_TIME", std::nullopt),
          m_numeric("LC_NUMERIC", std::nullopt), m_lang("LANG", all ? std::nullopt : lang)
    {
        gui::useUserLocale();
    }

private:
    ReapplyLocale m_reapply;  // first made, last gone: after the variables are back
    test::ScopedVariable m_all;
    test::ScopedVariable m_time;
    test::ScopedVariable m_numeric;
    test::ScopedVariable m_lang;
};

bool installed(const char* name)
{
    const locale_t found = newlocale(LC_ALL_MASK, name, nullptr);
    if (found)
        freelocale(found);
    return found != nullptr;
}

/// CI generates the locales (scripts/install-deps); elsewhere a missing one skips the test.
#define REQUIRE_LOCALE(name)                                                                    \
    do {                                                                                        \
        if (!installed(name)) {                                                                 \
            if (std::getenv("CI"))                                                              \
                FAIL("locale " name " is not installed: scripts/install-deps generates it");    \
            SKIP("locale " name " is not installed (scripts/install-deps generates it)");       \
        }                                                                                       \
    } while (false)

/// The text a date picker shows.
wxString shownDate(wxDatePickerCtrl& picker)
{
    for (wxWindow* child : picker.GetChildren())
        if (auto* combo = dynamic_cast<wxComboCtrl*>(child))
            return combo->GetValue();
    FAIL("the date picker has no text field");
    return {};
}

/// Types a date into a picker's text field as the user would, then leaves the field.
void typeDate(wxDatePickerCtrl& picker, const wxString& text)
{
    for (wxWindow* child : picker.GetChildren())
        if (auto* combo = dynamic_cast<wxComboCtrl*>(child)) {
            combo->SetValue(text);
            test::pump(30);
            return;
        }
    FAIL("the date picker has no text field");
}

Action actionDue(const std::string& due)
{
    Action action;
    action.item = "gov-01";
    action.text = "Refresh the register";
    action.due = due;
    return action;
}

/// Answers the new action dialog: a text, and a due date typed as the user writes dates.
class FillAction : public wxExpectModalBase<gui::ActionDialog, FillAction> {
public:
    FillAction(wxString text, wxString due, wxString& shownBefore)
        : m_text(std::move(text)), m_due(std::move(due)), m_shownBefore(shownBefore)
    {
    }

protected:
    int OnInvoked(gui::ActionDialog* dialog) const override
    {
        test::child<wxTextCtrl>(dialog, "text")->SetValue(m_text);
        auto* due = test::child<wxDatePickerCtrl>(dialog, "due");
        REQUIRE(due);
        m_shownBefore = shownDate(*due);
        typeDate(*due, m_due);
        return wxID_OK;
    }

private:
    wxString m_text;
    wxString m_due;
    wxString& m_shownBefore;
};

}  // namespace

TEST_CASE("Under en_GB the date pickers show the day first, and dates are stored as ISO", "[gui][locale]")
{
    REQUIRE_GUI();
    REQUIRE_LOCALE("en_GB.UTF-8");
    const UserLocale british("en_GB.UTF-8");
    const Checklist checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    {
        gui::ActionDialog dialog(nullptr, checklist, actionDue("2026-12-01"), "Edit action");
        auto* due = test::child<wxDatePickerCtrl>(&dialog, "due");
        REQUIRE(due);
        CHECK(shownDate(*due) == "01/12/2026");
        CHECK(dialog.action().due == "2026-12-01");
        typeDate(*due, "15/01/2027");  // read day first: 15 January
        CHECK(dialog.action().due == "2027-01-15");
    }
    {
        storage::ReviewSummary review;
        review.info = {"2014", "Board self-review 2014", "2014-03-14"};
        gui::ReviewSettingsDialog dialog(nullptr, review);
        auto* date = test::child<wxDatePickerCtrl>(&dialog, "date");
        REQUIRE(date);
        CHECK(shownDate(*date) == "14/03/2014");
        CHECK(dialog.info().date == "2014-03-14");
    }

    // Through the window: an action added with a day-first due date is stored and exported as ISO.
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    const std::size_t before = frame->session().actions().size();
    wxString shownBefore;
    wxTEST_DIALOG(test::runMenu(*frame, gui::kIdAddAction), FillAction("Publish the register", "03/02/2027", shownBefore));
    CHECK(shownBefore.empty());  // a new action has no due date until one is given
    REQUIRE(frame->session().actions().size() == before + 1);
    CHECK(frame->session().actions().back().action.due == "2027-02-03");
    session::saveReport(frame->session(), reports::ReportFormat::Csv, dir.file("plan.csv"));
    const std::string plan = test::readFile(dir.file("plan-actions.csv"));
    CHECK(plan.find("2027-02-03") != std::string::npos);
    CHECK(plan.find("03/02/2027") == std::string::npos);
    test::closeMainFrame(frame);
}

TEST_CASE("Under the C locale, or none set, the pickers show the month first and store ISO", "[gui][locale]")
{
    REQUIRE_GUI();
    const Checklist checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
    const bool all = GENERATE(false, true);
    const std::optional<std::string> lang = GENERATE(std::optional<std::string>(), std::optional<std::string>("C"));
    INFO((all ? "LC_ALL=" : "LANG=") << lang.value_or("(unset)"));
    const UserLocale plain(lang, all);
    CHECK(std::string(std::setlocale(LC_TIME, nullptr)) == "C");
    gui::ActionDialog dialog(nullptr, checklist, actionDue("2026-12-01"), "Edit action");
    auto* due = test::child<wxDatePickerCtrl>(&dialog, "due");
    REQUIRE(due);
    CHECK(shownDate(*due) == "12/01/2026");
    CHECK(dialog.action().due == "2026-12-01");
    typeDate(*due, "01/15/2027");
    CHECK(dialog.action().due == "2027-01-15");
}

TEST_CASE("A comma-decimal locale changes no number and no date in the reports", "[gui][locale][reports]")
{
    REQUIRE_GUI();
    REQUIRE_LOCALE("de_DE.UTF-8");
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    const auto write = [&](const std::string& stem) {
        session::saveReport(frame->session(), reports::ReportFormat::Csv, dir.file(stem + ".csv"));
        session::saveReport(frame->session(), reports::ReportFormat::Html, dir.file(stem + ".html"));
        frame->session().exportAnswers(dir.file(stem + ".xml"));
    };
    {
        const UserLocale plain(std::string("C"));
        write("c");
    }
    {
        const UserLocale german(std::string("de_DE.UTF-8"), true);
        REQUIRE(std::string(std::setlocale(LC_TIME, nullptr)) == "de_DE.UTF-8");
        CHECK(std::string(std::setlocale(LC_NUMERIC, nullptr)) == "C");
        char number[16];
        std::snprintf(number, sizeof number, "%.1f", 62.5);
        CHECK(std::string(number) == "62.5");
        write("de");
        const Checklist checklist = loadChecklistOrThrow(CCG_TEST_DATA_DIR "/mini-checklist.xml");
        gui::ActionDialog dialog(frame, checklist, actionDue("2026-12-01"), "Edit action");
        CHECK(shownDate(*test::child<wxDatePickerCtrl>(&dialog, "due")) == "01.12.2026");
        CHECK(dialog.action().due == "2026-12-01");
    }
    for (const char* file : {".csv", "-actions.csv", ".html", ".xml"}) {
        INFO(file);
        const std::string plain = test::readFile(dir.file(std::string("c") + file));
        REQUIRE_FALSE(plain.empty());
        CHECK(test::readFile(dir.file(std::string("de") + file)) == plain);
    }
    // The demo's scores have decimals, so the files above did hold numbers to get wrong.
    CHECK(test::readFile(dir.file("c.csv")).find('.') != std::string::npos);
    test::closeMainFrame(frame);
}
