#include "app/gui/compare_tables.hpp"

#include "checklists/words.hpp"

#include <wx/control.h>
#include <wx/dcclient.h>
#include <wx/listctrl.h>

#include <algorithm>

namespace ccg::gui {

namespace {

/// Rows whose reviews are kWideSpread or more levels apart: where a board would look first.
const wxColour kWideBackground(0xFF, 0xF1, 0xCC);
/// A review's column header names it at most this wide, in characters, cut in the middle so that
/// both the organisation and the end of the title show; the reviews list gives each name in full.
constexpr int kHeaderChars = 16;

wxString text(const std::string& words)
{
    return wxString::FromUTF8(words);
}

wxString reviewHeader(const SideBySide& table, std::size_t review)
{
    return text(words::columnLetters(review) + " " + table.labels[review]);
}

wxString scoreCell(const ComparedScores& row, std::size_t review)
{
    const Rag rag = row.rags[review];
    const std::string score = words::percent(row.scores[review], words::kDash);
    return text(rag == Rag::None ? score : score + " " + words::ragWord(rag));
}

wxString levelCell(const ComparedItem& item, std::size_t review)
{
    if (item.statuses[review] == ItemStatus::NotApplicable)
        return text(words::ratingText(Rating::notApplicable()));
    const auto& level = item.levels[review];
    return text(words::ratingText(level ? std::optional(Rating::at(*level)) : std::nullopt));
}

/// Sets every column as wide as its widest cell, its header at most kHeaderChars wide, in the
/// list's own font: the columns follow the user's font size, and the list scrolls sideways when
/// they are wider than the page.
class ColumnWidths {
public:
    explicit ColumnWidths(wxListCtrl& list) : m_list(list), m_padding(list.FromDIP(18)) {}

    /// The header as it fits its column (`capped`: cut to kHeaderChars), the column widened to it
    /// and to the sort indicator beside it.
    wxString header(int column, const wxString& title, bool capped)
    {
        wxClientDC dc(&m_list);
        dc.SetFont(m_list.GetFont());
        const wxString shown =
            capped ? wxControl::Ellipsize(title, dc, wxELLIPSIZE_MIDDLE, dc.GetTextExtent(wxString('n', kHeaderChars)).x)
                   : title;
        widen(column, dc.GetTextExtent(shown).x + m_list.FromDIP(14));
        return shown;
    }
    void cell(int column, const wxString& value) { widen(column, m_list.GetTextExtent(value).x); }
    void apply()
    {
        for (std::size_t column = 0; column < m_widths.size(); ++column)
            m_list.SetColumnWidth(static_cast<int>(column), m_widths[column] + m_padding);
    }

private:
    void widen(int column, int width)
    {
        if (m_widths.size() <= static_cast<std::size_t>(column))
            m_widths.resize(static_cast<std::size_t>(column) + 1, 0);
        m_widths[static_cast<std::size_t>(column)] = std::max(m_widths[static_cast<std::size_t>(column)], width);
    }

    wxListCtrl& m_list;
    int m_padding;
    std::vector<int> m_widths;
};

/// The first column, the range or spread (always in view, however many reviews), one column
/// per review, and for items the question.
constexpr int kSpreadColumn = 1;
constexpr int kFirstReviewColumn = 2;

int reviewColumn(std::size_t review)
{
    return kFirstReviewColumn + static_cast<int>(review);
}

/// Makes the columns: `first`, `spread`, one per review, then `last` when there is one.
void makeColumns(wxListCtrl& list, ColumnWidths& widths, const SideBySide& table, const wxString& first,
                 const wxString& spread, const wxString& last = {})
{
    list.DeleteAllColumns();
    list.AppendColumn(widths.header(0, first, false), wxLIST_FORMAT_LEFT);
    list.AppendColumn(widths.header(kSpreadColumn, spread, false), wxLIST_FORMAT_CENTRE);
    for (std::size_t review = 0; review < table.labels.size(); ++review)
        list.AppendColumn(widths.header(reviewColumn(review), reviewHeader(table, review), true), wxLIST_FORMAT_CENTRE);
    if (!last.empty())
        list.AppendColumn(widths.header(list.GetColumnCount(), last, false), wxLIST_FORMAT_LEFT);
}

void setCell(wxListCtrl& list, ColumnWidths& widths, long row, int column, const wxString& value)
{
    list.SetItem(row, column, value);
    widths.cell(column, value);
}

void addScoreRow(wxListCtrl& list, ColumnWidths& widths, const ComparedScores& row)
{
    const long index = list.InsertItem(list.GetItemCount(), text(row.title));
    widths.cell(0, text(row.title));
    setCell(list, widths, index, kSpreadColumn, text(words::decimal(row.range)));
    for (std::size_t review = 0; review < row.scores.size(); ++review)
        setCell(list, widths, index, reviewColumn(review), scoreCell(row, review));
}

}  // namespace

SideBySideOrder orderOfColumn(CompareTable which, int column, std::size_t reviews)
{
    using Key = SideBySideOrder::Key;
    if (column == kSpreadColumn)
        return {Key::Spread, 0, false};
    if (column >= kFirstReviewColumn && column < reviewColumn(reviews))
        return {Key::Review, static_cast<std::size_t>(column - kFirstReviewColumn), false};
    // Only the item table has a column after the reviews': the question.
    if (column == reviewColumn(reviews) && which == CompareTable::Items)
        return {Key::Text, 0, false};
    return {Key::Checklist, 0, false};
}

int columnOfOrder(CompareTable which, const SideBySideOrder& order, std::size_t reviews)
{
    using Key = SideBySideOrder::Key;
    switch (order.key) {
    case Key::Checklist:
        return 0;
    case Key::Review:
        return order.review < reviews ? reviewColumn(order.review) : 0;
    case Key::Spread:
        return kSpreadColumn;
    case Key::Text:
        return which == CompareTable::Items ? reviewColumn(reviews) : 0;
    }
    return 0;
}

bool reviewsDiffer(const ComparedItem& item)
{
    for (std::size_t review = 1; review < item.levels.size(); ++review)
        if (item.statuses[review] != item.statuses[0] || item.levels[review] != item.levels[0])
            return true;
    return false;
}

void fillDomainTable(wxListCtrl& list, const SideBySide& table, const SideBySideOrder& order)
{
    list.Freeze();
    list.DeleteAllItems();
    ColumnWidths widths(list);
    makeColumns(list, widths, table, "Domain", "Range");
    for (const std::size_t row : orderedDomains(table, order))
        addScoreRow(list, widths, table.domains[row]);
    addScoreRow(list, widths, table.overall);
    list.SetItemFont(list.GetItemCount() - 1, list.GetFont().Bold());
    widths.apply();
    list.ShowSortIndicator(columnOfOrder(CompareTable::Domains, order, table.labels.size()), !order.descending);
    list.Thaw();
}

std::vector<std::string> fillItemTable(wxListCtrl& list, const Checklist& checklist, const SideBySide& table,
                                       const SideBySideOrder& order, bool onlyDiffering)
{
    list.Freeze();
    list.DeleteAllItems();
    ColumnWidths widths(list);
    makeColumns(list, widths, table, "Item", "Spread", "Question");
    const int questionColumn = reviewColumn(table.labels.size());
    std::vector<std::string> shown;
    for (const std::size_t row : orderedItems(checklist, table, order)) {
        const ComparedItem& item = table.items[row];
        if (onlyDiffering && !reviewsDiffer(item))
            continue;
        const long index = list.InsertItem(list.GetItemCount(), text(item.itemId));
        widths.cell(0, text(item.itemId));
        setCell(list, widths, index, kSpreadColumn,
                text(item.spread ? std::to_string(*item.spread) : std::string(words::kDash)));
        for (std::size_t review = 0; review < item.levels.size(); ++review)
            setCell(list, widths, index, reviewColumn(review), levelCell(item, review));
        const Item* definition = checklist.findItem(item.itemId);
        setCell(list, widths, index, questionColumn,
                definition ? text((definition->critical ? "[critical] " : "") + definition->question) : wxString());
        if (item.spread && *item.spread >= kWideSpread)
            list.SetItemBackgroundColour(index, kWideBackground);
        shown.push_back(item.itemId);
    }
    widths.apply();
    list.ShowSortIndicator(columnOfOrder(CompareTable::Items, order, table.labels.size()), !order.descending);
    list.Thaw();
    return shown;
}

}  // namespace ccg::gui
