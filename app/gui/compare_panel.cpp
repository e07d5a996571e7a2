#include "app/gui/compare_panel.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/compare_tables.hpp"
#include "app/gui/user_messages.hpp"
#include "app/gui/wrapped_text.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

namespace ccg::gui {

namespace {

wxString text(const std::string& words)
{
    return wxString::FromUTF8(words);
}

/// "A 52.3% Amber, B 48.0% Red": a row's scores with each review's letter.
std::string lettered(const ComparedScores& row)
{
    std::string scores;
    for (std::size_t review = 0; review < row.scores.size(); ++review) {
        scores += (review ? ", " : "") + words::columnLetters(review) + " " + words::percent(row.scores[review]);
        if (row.rags[review] != Rag::None)
            scores += " " + words::ragWord(row.rags[review]);
    }
    return scores;
}

/// A list tall enough for `rows` rows and its header, in its own font, and narrow: a list holds
/// columns of any width and scrolls sideways rather than widen the page.
void showRows(wxListCtrl& list, int rows)
{
    const int rowHeight = list.GetCharHeight() + list.FromDIP(8);
    list.SetMinSize(wxSize(list.GetCharWidth() * 20, rowHeight * (rows + 1) + list.FromDIP(8)));
}

}  // namespace

ComparePanel::ComparePanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                           const FileChooser& chooseFile)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      m_session(session), m_messages(messages), m_chooseFile(chooseFile), m_comparison(session)
{
    SetName("compare-panel");
    // With large text on a laptop the lists' rows do not all fit: the page scrolls rather than
    // squeezing the item list down to its header.
    SetScrollRate(0, FromDIP(12));
    m_heading = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_heading->SetFont(m_heading->GetFont().Bold().Larger());
    auto* intro = new WrappedText(
        this,
        "Each review is a column, this review first. A level is the one that counts in scoring: the agreed "
        "level, else the raters' lower median. Items two or more levels apart are shaded. Click a "
        "column's header to sort by it, and again to reverse. Double-click an item, or select it and press "
        "Enter, to open it.");

    m_reviews = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_reviews->SetName("compare-reviews");
    nameControl(*m_reviews, "Reviews compared");
    m_reviews->AppendColumn("Column");
    m_reviews->AppendColumn("Complete", wxLIST_FORMAT_RIGHT);
    m_reviews->AppendColumn("Review");
    showRows(*m_reviews, 3);
    m_reviews->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateButtons(); });
    m_reviews->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateButtons(); });

    m_addChoice = new wxChoice(this, wxID_ANY);
    m_addChoice->SetName("compare-add-choice");
    // Wide enough for a name and a title in the user's font; longer ones are cut, not the row widened.
    m_addChoice->SetMinSize(wxSize(GetCharWidth() * 32, -1));
    m_addChoice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updateButtons(); });
    m_add = new wxButton(this, wxID_ANY, "&Add");
    m_add->SetName("compare-add");
    m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onAdd(); });
    m_remove = new wxButton(this, wxID_ANY, "&Remove");
    m_remove->SetName("compare-remove");
    m_remove->SetToolTip("Take the review selected in the list out of the comparison");
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onRemove(); });
    m_export = new wxButton(this, wxID_ANY, "&Export...");
    m_export->SetName("compare-export");
    m_export->SetToolTip("Save the comparison as an Excel workbook or CSV");
    m_export->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onExport(); });

    m_summary = new WrappedText(this, wxString());
    m_summary->SetName("compare-summary");

    m_domains = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_domains->SetName("compare-domains");
    nameControl(*m_domains, "Domain scores of each review");
    showRows(*m_domains, 4);
    m_domains->Bind(wxEVT_LIST_COL_CLICK, &ComparePanel::onDomainHeader, this);

    m_onlyDiffering = new wxCheckBox(this, wxID_ANY, "Show only items where the reviews &differ");
    m_onlyDiffering->SetName("compare-only-differing");
    m_onlyDiffering->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { fillItems(); });
    m_widest = new wxButton(this, wxID_ANY, "&Widest gaps first");
    m_widest->SetName("compare-widest");
    m_widest->SetToolTip("Sort the items by how far apart the reviews' levels are, widest first");
    m_widest->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onWidestGaps(); });
    m_items = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_items->SetName("compare-items");
    nameControl(*m_items, "Item levels of each review");
    showRows(*m_items, 4);
    m_items->Bind(wxEVT_LIST_COL_CLICK, &ComparePanel::onItemHeader, this);
    m_items->Bind(wxEVT_LIST_ITEM_ACTIVATED, &ComparePanel::onItemActivated, this);

    const int gap = FromDIP(10);
    const int small = FromDIP(6);
    auto* addRow = new wxBoxSizer(wxHORIZONTAL);
    addRow->Add(m_addChoice, wxSizerFlags(1).CentreVertical());
    addRow->Add(m_add, wxSizerFlags().CentreVertical().Border(wxLEFT, small));
    auto* buttonRow = new wxBoxSizer(wxHORIZONTAL);
    buttonRow->Add(m_remove, wxSizerFlags());
    buttonRow->AddStretchSpacer();
    buttonRow->Add(m_export, wxSizerFlags().Border(wxLEFT, small));
    auto* controls = new wxBoxSizer(wxVERTICAL);
    auto* addLabel = new wxStaticText(this, wxID_ANY, "Add a review of the same &checklist:");
    labelControl(*addLabel, *m_addChoice);
    controls->Add(addLabel, wxSizerFlags());
    controls->Add(addRow, wxSizerFlags().Expand().Border(wxTOP, small / 2));
    controls->Add(buttonRow, wxSizerFlags().Expand().Border(wxTOP, small));
    auto* reviewsRow = new wxBoxSizer(wxHORIZONTAL);
    reviewsRow->Add(m_reviews, wxSizerFlags(3).Expand());
    reviewsRow->Add(controls, wxSizerFlags(2).Border(wxLEFT, gap));

    auto* itemsBar = new wxBoxSizer(wxHORIZONTAL);
    itemsBar->Add(m_onlyDiffering, wxSizerFlags().CentreVertical());
    itemsBar->AddStretchSpacer();
    itemsBar->Add(m_widest, wxSizerFlags().CentreVertical());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_heading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, small));
    sizer->Add(reviewsRow, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_domains, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT | wxTOP, small));
    sizer->Add(itemsBar, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, small));
    sizer->Add(m_items, wxSizerFlags(3).Expand().Border(wxALL, small));
    SetSizer(sizer);
}

void ComparePanel::refresh()
{
    m_comparison.refresh();
    showComparison();
}

void ComparePanel::showComparison()
{
    m_table = m_comparison.table();
    const std::size_t others = m_comparison.added().size();
    // A sort by a review's column does not survive the columns changing under it.
    for (SideBySideOrder* order : {&m_domainOrder, &m_itemOrder})
        if (order->key == SideBySideOrder::Key::Review && order->review >= m_table.labels.size())
            *order = {};
    fillReviews();

    const bool any = others > 0;
    for (wxWindow* window : {static_cast<wxWindow*>(m_domains), static_cast<wxWindow*>(m_items),
                             static_cast<wxWindow*>(m_onlyDiffering), static_cast<wxWindow*>(m_widest)})
        window->Show(any);
    if (!any) {
        m_heading->SetLabel("Nothing to compare with yet");
        m_summary->setText(m_addable.empty()
                                ? "Start the next review as a copy of this one (File > New review) and this page "
                                  "will show what changed between them."
                                : "Add a review above, another organisation's or an earlier one, or start the next review as "
                                  "a copy of this one (File > New review).");
        m_items->DeleteAllItems();
        m_shownItems.clear();
        updateButtons();
        Layout();
        return;
    }
    m_heading->SetLabelText(wxString::Format("This review beside %s", text(words::plural(others, "other review", "other reviews"))));
    // Each review's overall score while they fit a line or two; the domain table has them all.
    constexpr std::size_t kScoresInSummary = 6;
    std::string summary = m_table.labels.size() <= kScoresInSummary
                              ? "Overall: " + lettered(m_table.overall) + "."
                              : "Overall scores " + words::decimal(m_table.overall.range) + " points apart.";
    const auto& added = m_comparison.added();
    for (std::size_t i = 0; i < added.size(); ++i) {
        const auto& earlier = m_session.analysis().earlier;
        if (added[i].previous && earlier)
            summary += " Since the previous review (" + words::columnLetters(i + 1) + "): " +
                       std::to_string(earlier->overall.itemsImproved) + " items improved, " +
                       std::to_string(earlier->overall.itemsDeclined) + " declined, " +
                       std::to_string(earlier->overall.itemsUnchanged) + " unchanged.";
    }
    const auto apart = widestApart(m_session.checklist(), m_table);
    summary += " " + words::plural(apart.size(), "item is", "items are") + " " + std::to_string(kWideSpread) +
               " or more levels apart.";
    m_summary->setText(text(summary));

    fillDomainTable(*m_domains, m_table, m_domainOrder);
    fillItems();
    updateButtons();
    Layout();
}

void ComparePanel::fillReviews()
{
    m_reviews->Freeze();
    m_reviews->DeleteAllItems();
    const auto& added = m_comparison.added();
    int nameWidth = m_reviews->GetTextExtent("Review").x;
    for (std::size_t review = 0; review < m_table.labels.size(); ++review) {
        const long row = m_reviews->InsertItem(m_reviews->GetItemCount(), text(words::columnLetters(review)));
        const std::string label = review == 0 ? "This review: " + session::comparisonLabel(m_session.review())
                                              : (added[review - 1].previous ? "Previous review: " : "") +
                                                    added[review - 1].label;
        m_reviews->SetItem(row, 1, text(words::percent(m_table.completeness[review])));
        m_reviews->SetItem(row, 2, text(label));
        nameWidth = std::max(nameWidth, m_reviews->GetTextExtent(text(label)).x);
    }
    const int padding = FromDIP(18);
    m_reviews->SetColumnWidth(0, m_reviews->GetTextExtent("Column").x + padding);
    m_reviews->SetColumnWidth(1, m_reviews->GetTextExtent("100.0%  Complete").x + padding);
    // Names in full, last: a long one scrolls the list sideways rather than widen the page.
    m_reviews->SetColumnWidth(2, nameWidth + padding);
    m_reviews->Thaw();

    m_addable = m_comparison.addable();
    m_addChoice->Clear();
    for (const auto& review : m_addable)
        m_addChoice->Append(text((review.previous ? "Previous review: " : "") + review.label));
    if (!m_addable.empty())
        m_addChoice->SetSelection(0);
}

void ComparePanel::updateButtons()
{
    const bool canAdd = !m_addable.empty() && !m_comparison.full() && m_addChoice->GetSelection() != wxNOT_FOUND;
    m_addChoice->Enable(!m_addable.empty() && !m_comparison.full());
    m_add->Enable(canAdd);
    m_remove->Enable(m_reviews->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED) > 0);
    m_export->Enable(!m_comparison.added().empty());
}

wxString ComparePanel::summary() const
{
    return m_summary->text();
}

void ComparePanel::fillItems()
{
    m_shownItems = fillItemTable(*m_items, m_session.checklist(), m_table, m_itemOrder, m_onlyDiffering->GetValue());
}

void ComparePanel::onAdd()
{
    const int choice = m_addChoice->GetSelection();
    if (choice == wxNOT_FOUND || static_cast<std::size_t>(choice) >= m_addable.size())
        return;
    if (!m_comparison.add(m_addable[static_cast<std::size_t>(choice)].id)) {
        m_messages.showStatus(wxString::Format("A comparison holds at most %zu reviews.", kMaxComparedReviews));
        return;
    }
    m_messages.guarded([&] { showComparison(); });
}

void ComparePanel::onRemove()
{
    const long row = m_reviews->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    const auto& added = m_comparison.added();
    if (row < 1 || static_cast<std::size_t>(row) > added.size())
        return;
    m_comparison.remove(added[static_cast<std::size_t>(row - 1)].id);
    m_messages.guarded([&] { showComparison(); });
}

void ComparePanel::onExport()
{
    const auto& review = m_session.review();
    const wxString suggested = text(review.organisation.code + "-" + review.info.id + "-comparison.xlsx");
    const wxString chosen = chooseOne(m_chooseFile, this, {FileKind::Comparison, true, "Export the comparison", suggested,
                                                           "Excel workbook (*.xlsx)|*.xlsx|CSV (*.csv)|*.csv"});
    if (chosen.empty())
        return;
    const std::filesystem::path out = chosen.utf8_string();
    wxBusyCursor busy;
    if (m_messages.guarded([&] { session::saveComparison(m_session.checklist(), m_table, session::comparisonFormat(out), out); }))
        m_messages.showStatus("Exported the comparison as " + text(out.filename().string()) + ".");
}

void ComparePanel::onWidestGaps()
{
    m_itemOrder = {SideBySideOrder::Key::Spread, 0, true};
    fillItems();
    if (m_items->GetItemCount() > 0)
        m_items->EnsureVisible(0);
}

void ComparePanel::onDomainHeader(wxListEvent& event)
{
    const std::size_t reviews = m_table.labels.size();
    const int column = event.GetColumn();
    SideBySideOrder order = orderOfColumn(CompareTable::Domains, column, reviews);
    if (columnOfOrder(CompareTable::Domains, m_domainOrder, reviews) == column)
        order.descending = !m_domainOrder.descending;
    m_domainOrder = order;
    fillDomainTable(*m_domains, m_table, m_domainOrder);
}

void ComparePanel::onItemHeader(wxListEvent& event)
{
    const std::size_t reviews = m_table.labels.size();
    const int column = event.GetColumn();
    SideBySideOrder order = orderOfColumn(CompareTable::Items, column, reviews);
    if (columnOfOrder(CompareTable::Items, m_itemOrder, reviews) == column)
        order.descending = !m_itemOrder.descending;
    m_itemOrder = order;
    fillItems();
}

void ComparePanel::onItemActivated(wxListEvent& event)
{
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row < m_shownItems.size() && m_openItem)
        m_openItem(m_shownItems[row]);
}

}  // namespace ccg::gui
