// The Compare page: the open review beside any number of stored reviews of its checklist, on
// the demo organisation and boards imported beside it.
#include "gui_driver.hpp"
#include "gui_fixture.hpp"
#include "csv_reader.hpp"
#include "demo_copies.hpp"
#include "process_runner.hpp"
#include "xlsx_cells.hpp"
#include "zip_archive.hpp"

#include "app/gui/compare_panel.hpp"
#include "app/gui/item_tree_panel.hpp"
#include "app/gui/main_frame.hpp"
#include "app/session/review_session.hpp"
#include "checklists/side_by_side.hpp"
#include "checklists/words.hpp"

#include <catch2/catch_test_macros.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/statusbr.h>

#include <algorithm>
#include <filesystem>

using namespace ccg;

namespace {

const std::string kDemo2013 = CCG_SOURCE_DIR "/resources/demo/northmoor-2013.xml";
const std::string kDemo2014 = CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml";

long rowOf(wxListCtrl& list, const wxString& firstColumn)
{
    for (long row = 0; row < list.GetItemCount(); ++row)
        if (list.GetItemText(row, 0) == firstColumn)
            return row;
    return -1;
}

/// Imports a demo answers file as board `code` called `name` (`name` as XML attribute text,
/// its first rater renamed `raterName` when one is given); the imported review is then open.
storage::RowId importOtherBoard(session::ReviewSession& session, const test::TempDir& dir, const std::string& code,
                                const std::string& name, const std::string& from = kDemo2013,
                                const std::string& raterName = {})
{
    std::string answers = test::withoutSignOff(test::readFile(from));
    const std::string board = R"(code="99X" name="NHS Northmoor CCG")";
    answers.replace(answers.find(board), board.size(), "code=\"" + code + "\" name=\"" + name + "\"");
    if (!raterName.empty()) {
        const std::string rater = "<rater id=\"";
        const auto at = answers.find("name=\"", answers.find(rater));
        answers.replace(at, answers.find('"', at + 6) - at + 1, "name=\"" + raterName + "\"");
    }
    const std::string file = dir.file(code + ".xml");
    test::writeFile(file, answers);
    session.importAnswers(file);
    return session.review().id;
}

void click(wxButton& button)
{
    REQUIRE(button.IsEnabled());
    wxCommandEvent event(wxEVT_BUTTON, button.GetId());
    event.SetEventObject(&button);
    button.GetEventHandler()->ProcessEvent(event);
    test::pump(50);
}

void clickHeader(wxListCtrl& list, int column)
{
    wxListEvent event(wxEVT_LIST_COL_CLICK, list.GetId());
    event.SetEventObject(&list);
    event.m_col = column;
    list.GetEventHandler()->ProcessEvent(event);
    test::pump(30);
}

/// Adds the review offered as `label` (its label from the session) by the choice and Add.
void addReview(gui::ComparePanel& panel, const std::string& label)
{
    test::choose(*panel.addChoice(), wxString::FromUTF8(label));
    click(*panel.addButton());
}

std::string labelOf(const session::ReviewSession& session, storage::RowId id)
{
    for (const auto& review : session.comparableReviews())
        if (review.id == id)
            return review.label;
    FAIL("review " << id << " is not offered");
    return {};
}

/// What compare-stored gives for the open review and `others`, in that order.
SideBySide expectedTable(const session::ReviewSession& session, const std::vector<storage::RowId>& others)
{
    std::vector<ReviewToCompare> reviews{{"", session.visibleAssessment()}};
    for (const auto id : others)
        reviews.push_back({"", session.repository().loadReview(id).assessment});
    return compareSideBySide(session.checklist(), reviews);
}

/// The tables' columns: the first, the spread (or range), then one per review.
constexpr int kSpreadColumn = 1;
int reviewColumn(std::size_t review)
{
    return 2 + static_cast<int>(review);
}

/// A level cell as the page shows it.
wxString levelText(const ComparedItem& item, std::size_t review)
{
    if (item.statuses[review] == ItemStatus::NotApplicable)
        return "N/A";
    return item.levels[review] ? wxString::Format("%d", *item.levels[review]) : wxString::FromUTF8(std::string(words::kDash));
}

/// Each item row shows its levels as `expected` has them.
void checkItemRows(wxListCtrl& items, const SideBySide& expected)
{
    REQUIRE(items.GetColumnCount() == static_cast<int>(expected.labels.size()) + 3);
    REQUIRE(items.GetItemCount() == static_cast<int>(expected.items.size()));
    for (const auto& item : expected.items) {
        const long row = rowOf(items, wxString::FromUTF8(item.itemId));
        REQUIRE(row >= 0);
        CAPTURE(item.itemId);
        for (std::size_t review = 0; review < expected.labels.size(); ++review)
            CHECK(items.GetItemText(row, reviewColumn(review)) == levelText(item, review));
    }
}

/// The level in column `column` of each row, top to bottom; nothing where there is none.
std::vector<std::optional<int>> columnLevels(wxListCtrl& items, int column)
{
    std::vector<std::optional<int>> levels;
    for (long row = 0; row < items.GetItemCount(); ++row) {
        long level = 0;
        levels.push_back(items.GetItemText(row, column).ToLong(&level) ? std::optional(static_cast<int>(level))
                                                                        : std::nullopt);
    }
    return levels;
}

/// Present values in order (each no greater than the next when ascending), absent ones after them.
bool sortedWithGapsLast(const std::vector<std::optional<int>>& values, bool ascending)
{
    const auto firstGap = std::find(values.begin(), values.end(), std::nullopt);
    if (std::any_of(firstGap, values.end(), [](const auto& value) { return value.has_value(); }))
        return false;
    return std::is_sorted(values.begin(), firstGap, [&](const auto& a, const auto& b) {
        return ascending ? *a < *b : *b < *a;
    });
}

}  // namespace

TEST_CASE("Compare shows the demo's 2014 review beside 2013, domain by domain and item by item", "[gui][compare]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    REQUIRE(session.review().info.id == "2014-q1");
    REQUIRE(session.previous());

    test::runMenu(*frame, gui::kIdPageCompare);
    test::pump(150);
    auto* compare = frame->comparePanel();
    REQUIRE(compare->IsShownOnScreen());
    // The previous review is the second column from the start.
    REQUIRE(compare->comparison().added().size() == 1);
    CHECK(compare->comparison().added()[0].id == session.previous()->summary.id);
    wxListCtrl& reviews = *compare->reviewList();
    REQUIRE(reviews.GetItemCount() == 2);
    CHECK(reviews.GetItemText(0, 2).StartsWith("This review: NHS Northmoor CCG"));
    CHECK(reviews.GetItemText(1, 2).StartsWith("Previous review: NHS Northmoor CCG"));

    const SideBySide expected = expectedTable(session, {session.previous()->summary.id});
    const Checklist& checklist = session.checklist();
    wxListCtrl& domains = *compare->domainList();
    REQUIRE(domains.GetItemCount() == static_cast<int>(checklist.domains.size()) + 1);
    REQUIRE(domains.GetColumnCount() == 4);
    const long overall = domains.GetItemCount() - 1;
    CHECK(domains.GetItemText(overall, 0) == "Overall");
    CHECK(domains.GetItemText(overall, reviewColumn(0))
              .StartsWith(wxString::FromUTF8(words::percent(expected.overall.scores[0]))));
    CHECK(domains.GetItemText(overall, kSpreadColumn) == wxString::FromUTF8(words::decimal(expected.overall.range)));
    CHECK(compare->summary().Contains(
        wxString::Format("%d items improved", session.analysis().earlier->overall.itemsImproved)));
    checkItemRows(*compare->itemList(), expected);
    test::screenshot(*frame, "compare");

    // The board agreeing a new level changes the comparison on screen.
    wxListCtrl& items = *compare->itemList();
    const std::string item = expected.items.front().itemId;
    session.setAgreed(item, Rating::at(4));
    frame->showPage(gui::MainFrame::Page::Compare);
    test::pump(50);
    CHECK(items.GetItemText(rowOf(items, wxString::FromUTF8(item)), reviewColumn(0)) == "4");

    // Opening a row goes to the item.
    const long row = rowOf(items, "gov-03");
    REQUIRE(row >= 0);
    wxListEvent activate(wxEVT_LIST_ITEM_ACTIVATED, items.GetId());
    activate.SetEventObject(&items);
    activate.m_itemIndex = row;
    items.GetEventHandler()->ProcessEvent(activate);
    test::pump(50);
    CHECK(frame->treePanel()->selectedItem() == "gov-03");
    CHECK(frame->currentPage() == gui::MainFrame::Page::Items);
    test::closeMainFrame(frame);
}

TEST_CASE("Compare on a review with nothing to compare says how to get something, by the menu's true path",
          "[gui][compare]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openMainFrame(dir.file("ccg.sqlite"));
    test::createReviewByMenu(*frame);
    test::runMenu(*frame, gui::kIdPageCompare);
    test::pump(50);
    auto* compare = frame->comparePanel();
    const wxString hint = compare->summary();
    CHECK(hint.Contains("copy of this one"));
    CHECK_FALSE(compare->itemList()->IsShown());
    CHECK_FALSE(compare->exportButton()->IsEnabled());
    CHECK_FALSE(compare->addButton()->IsEnabled());

    // The hint names a menu and a command the menu bar has.
    const int open = hint.Find("(");
    const int close = hint.Find(")");
    REQUIRE(open != wxNOT_FOUND);
    REQUIRE(close > open);
    const wxString path = hint.Mid(static_cast<std::size_t>(open + 1), static_cast<std::size_t>(close - open - 1));
    CHECK(path == "File > New review");
    wxMenuBar* bar = frame->GetMenuBar();
    const int menu = bar->FindMenu(path.BeforeFirst('>').Trim());
    REQUIRE(menu != wxNOT_FOUND);
    CHECK(bar->GetMenu(static_cast<std::size_t>(menu))->FindItem(path.AfterFirst('>').Trim(false) + "...") !=
          wxNOT_FOUND);
    test::closeMainFrame(frame);
}

TEST_CASE("Compare sets the review beside three other boards, removes one, sorts and exports", "[gui][compare]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const storage::RowId northmoor = session.review().id;
    const storage::RowId previous = session.previous()->summary.id;
    const auto west = importOtherBoard(session, dir, "88W", "NHS Westfield CCG", kDemo2013);
    const auto east = importOtherBoard(session, dir, "77E", "NHS Eastfield CCG", kDemo2014);
    const auto south = importOtherBoard(session, dir, "66S", "NHS Southfield CCG", kDemo2013);
    session.openReview(northmoor);
    frame->SetSize(0, 0, 1366, 768);
    test::runMenu(*frame, gui::kIdPageCompare);
    test::pump(150);
    auto* compare = frame->comparePanel();

    // The three boards are offered beside the previous review already shown.
    REQUIRE(compare->addChoice()->GetCount() == 3);
    for (const auto id : {west, east, south})
        addReview(*compare, labelOf(session, id));
    CHECK(compare->addChoice()->GetCount() == 0);
    CHECK_FALSE(compare->addButton()->IsEnabled());
    REQUIRE(compare->reviewList()->GetItemCount() == 5);
    CHECK(compare->reviewList()->GetItemText(4, 0) == "E");
    CHECK(compare->reviewList()->GetItemText(4, 2).StartsWith("NHS Southfield CCG"));
    checkItemRows(*compare->itemList(), expectedTable(session, {previous, west, east, south}));
    CHECK(compare->domainList()->GetColumnCount() == 1 + 5 + 1);
    test::screenshot(*frame, "compare-five-1366x768");

    // It fits the small screen: nothing wider than the window, the items list has room.
    wxListCtrl& items = *compare->itemList();
    CHECK(compare->GetEffectiveMinSize().x <= compare->GetClientSize().x);
    CHECK(frame->GetSize().x <= 1366);
    CHECK(items.IsShownOnScreen());
    CHECK(items.GetClientSize().y >= 5 * items.GetCharHeight());

    // Removing Westfield (column C) keeps the others in order and offers it again.
    wxListCtrl& reviews = *compare->reviewList();
    CHECK_FALSE(compare->removeButton()->IsEnabled());
    reviews.SetItemState(2, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    test::pump(30);
    click(*compare->removeButton());
    REQUIRE(reviews.GetItemCount() == 4);
    CHECK(reviews.GetItemText(2, 2).StartsWith("NHS Eastfield CCG"));
    CHECK(compare->addChoice()->GetCount() == 1);
    const SideBySide expected = expectedTable(session, {previous, east, south});
    checkItemRows(items, expected);

    // A click on column B's header sorts by its levels, a second click the other way.
    const int columnB = reviewColumn(1);
    clickHeader(items, columnB);
    CHECK(sortedWithGapsLast(columnLevels(items, columnB), true));
    CHECK(items.GetSortIndicator() == columnB);
    CHECK(items.IsAscendingSortIndicator());
    clickHeader(items, columnB);
    CHECK(sortedWithGapsLast(columnLevels(items, columnB), false));
    CHECK_FALSE(items.IsAscendingSortIndicator());
    // The domains sort by a review's score the same way.
    wxListCtrl& domains = *compare->domainList();
    clickHeader(domains, reviewColumn(0));
    CHECK(domains.GetSortIndicator() == reviewColumn(0));
    std::vector<double> scores;
    for (long row = 0; row + 1 < domains.GetItemCount(); ++row) {
        double score = 0;
        REQUIRE(domains.GetItemText(row, reviewColumn(0)).BeforeFirst('%').ToCDouble(&score));
        scores.push_back(score);
    }
    CHECK(std::is_sorted(scores.begin(), scores.end()));
    CHECK(domains.GetItemText(domains.GetItemCount() - 1, 0) == "Overall");

    // Widest gaps first: the largest spread on top, equal spreads in checklist order.
    click(*compare->widestGapsButton());
    const int spreadColumn = kSpreadColumn;
    CHECK(items.GetSortIndicator() == spreadColumn);
    int widest = 0;
    for (const auto& item : expected.items)
        widest = std::max(widest, item.spread.value_or(0));
    REQUIRE(widest >= kWideSpread);
    CHECK(items.GetItemText(0, spreadColumn) == wxString::Format("%d", widest));
    const auto spreads = columnLevels(items, spreadColumn);
    CHECK(sortedWithGapsLast(spreads, false));
    auto position = [&](long row) {
        const auto id = items.GetItemText(row, 0).utf8_string();
        return std::find_if(expected.items.begin(), expected.items.end(),
                            [&](const ComparedItem& item) { return item.itemId == id; }) -
               expected.items.begin();
    };
    for (long row = 1; row < items.GetItemCount(); ++row)
        if (spreads[static_cast<std::size_t>(row)] && spreads[static_cast<std::size_t>(row)] == spreads[static_cast<std::size_t>(row - 1)])
            CHECK(position(row - 1) < position(row));
    // Only the items where the reviews differ, still widest first.
    compare->onlyDifferingBox()->SetValue(true);
    wxCommandEvent toggled(wxEVT_CHECKBOX, compare->onlyDifferingBox()->GetId());
    toggled.SetEventObject(compare->onlyDifferingBox());
    compare->onlyDifferingBox()->GetEventHandler()->ProcessEvent(toggled);
    test::pump(30);
    CHECK(items.GetItemCount() < static_cast<int>(expected.items.size()));
    CHECK(items.GetItemText(0, spreadColumn) == wxString::Format("%d", widest));

    // Exported as CSV: one column per review, every item's levels.
    const std::string csvPath = dir.file("compare.csv");
    test::answerFileDialogs(*frame, csvPath);
    click(*compare->exportButton());
    INFO(frame->lastMessage().utf8_string());
    const auto csv = test::parseCsv(test::readFile(csvPath));
    REQUIRE(csv);
    REQUIRE(csv->front().size() == 3 + 4 + 1);
    for (std::size_t review = 0; review < 4; ++review)
        CHECK(csv->front()[3 + review] == expected.labels[review]);
    std::size_t levelRecords = 0;
    for (const auto& record : *csv) {
        if (record[0] != "Level")
            continue;
        const ComparedItem& item = expected.items.at(levelRecords++);
        CHECK(record[1] == item.itemId);
        for (std::size_t review = 0; review < 4; ++review)
            CHECK(record[3 + review] == (item.statuses[review] == ItemStatus::NotApplicable
                                             ? std::string("N/A")
                                             : item.levels[review] ? std::to_string(*item.levels[review]) : ""));
    }
    CHECK(levelRecords == expected.items.size());

    // And as a workbook, read back cell by cell.
    const std::string xlsxPath = dir.file("compare.xlsx");
    test::answerFileDialogs(*frame, xlsxPath);
    click(*compare->exportButton());
    const test::ZipArchive zip = test::readZip(xlsxPath);
    INFO(zip.error);
    REQUIRE(zip.valid);
    const auto sheet = test::worksheetCells(zip, 3);
    CHECK(sheet.at("E1") == "A: " + expected.labels[0]);
    CHECK(sheet.at("H1") == "D: " + expected.labels[3]);
    for (std::size_t row = 0; row < expected.items.size(); ++row) {
        const ComparedItem& item = expected.items[row];
        const std::string line = std::to_string(row + 2);
        CHECK(sheet.at("A" + line) == item.itemId);
        if (item.levels[2])
            CHECK(sheet.at("G" + line) == std::to_string(*item.levels[2]));
    }
    CHECK(frame->GetStatusBar()->GetStatusText(0).Contains("compare.xlsx"));

    frame->SetSize(0, 0, 1920, 1080);
    test::pump(150);
    test::screenshot(*frame, "compare-four-1920x1080");
    test::closeMainFrame(frame);
}

TEST_CASE("Organisation names a spreadsheet would run are neutralised in the exported CSV", "[gui][compare][security]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const storage::RowId northmoor = session.review().id;
    // As XML attribute text: =HYPERLINK("http://evil.example","Open") and O'Brien & Sons, "Trust".
    const auto formula =
        importOtherBoard(session, dir, "66F", "=HYPERLINK(&quot;http://evil.example&quot;,&quot;Open&quot;)");
    const auto quoted = importOtherBoard(session, dir, "55Q", "O&apos;Brien &amp; Sons, &quot;Trust&quot;", kDemo2014);
    session.openReview(northmoor);
    test::runMenu(*frame, gui::kIdPageCompare);
    test::pump(100);
    auto* compare = frame->comparePanel();
    addReview(*compare, labelOf(session, formula));
    addReview(*compare, labelOf(session, quoted));
    // Shown as typed: no mnemonic eats the ampersand.
    CHECK(compare->reviewList()->GetItemText(3, 2).StartsWith("O'Brien & Sons, \"Trust\""));

    const std::string path = dir.file("hostile.csv");
    test::answerFileDialogs(*frame, path);
    click(*compare->exportButton());
    const auto csv = test::parseCsv(test::readFile(path));
    REQUIRE(csv);
    const auto& header = csv->front();
    REQUIRE(header.size() == 3 + 4 + 1);
    CHECK(header[5].rfind("'=HYPERLINK(\"http://evil.example\",\"Open\")", 0) == 0);
    CHECK(header[6].rfind("O'Brien & Sons, \"Trust\"", 0) == 0);
    for (const auto& record : *csv) {
        CHECK(record.size() == header.size());
        for (const auto& field : record)
            CHECK((field.empty() || std::string("=+-@").find(field.front()) == std::string::npos));
    }
    test::closeMainFrame(frame);
}

TEST_CASE("Very long names from an imported file do not widen the window", "[gui][compare]")
{
    REQUIRE_GUI();
    test::TempDir dir;
    auto* frame = test::openDemoFrame(dir.file("demo.sqlite"));
    auto& session = frame->session();
    const storage::RowId northmoor = session.review().id;

    // An answers file may carry names of any length: another board with a 3,000-character name,
    // and a rater with one.
    const auto other = importOtherBoard(session, dir, "88W", std::string(3000, 'W'), kDemo2013, std::string(3000, 'R'));
    REQUIRE(session.assessment().raters.front().name == std::string(3000, 'R'));
    test::pump(100);
    const int screenWidth = 1600;
    wxWindow* raterBar = test::child<wxChoice>(frame, "rater")->GetParent();
    CHECK(raterBar->GetEffectiveMinSize().x < screenWidth);

    session.openReview(northmoor);
    test::runMenu(*frame, gui::kIdPageCompare);
    test::pump(100);
    auto* compare = frame->comparePanel();
    REQUIRE(compare->addChoice()->GetCount() == 1);
    addReview(*compare, labelOf(session, other));
    CHECK(compare->reviewList()->GetItemCount() == 3);
    CHECK(compare->GetEffectiveMinSize().x < screenWidth);
    CHECK(frame->GetSize().x <= 1400);
    test::closeMainFrame(frame);
}
