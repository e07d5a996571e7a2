#include "app/gui/compare_panel.hpp"

#include "app/gui/wrapped_text.hpp"
#include "checklists/scoring.hpp"
#include "checklists/words.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <tuple>

namespace ccg::gui {

namespace {

const wxColour kImprovedBackground(0xE3, 0xF2, 0xE3);
const wxColour kDeclinedBackground(0xFB, 0xE0, 0xE0);
/// Text of a cell from the product's words (checklists/words.hpp).
wxString text(const std::string& words)
{
    return wxString::FromUTF8(words);
}

// One decimal, like the report's trend table, so that small changes show.
wxString percentText(const std::optional<double>& score)
{
    return text(words::percent(score, words::kDash));
}

/// The RAG in words, or nothing where there is no score (the score column says so).
wxString ragText(Rag rag)
{
    return rag == Rag::None ? wxString() : text(words::ragWord(rag));
}

wxString scoreWithRag(const std::optional<double>& score, Rag rag)
{
    return rag == Rag::None ? percentText(score) : percentText(score) + " " + ragText(rag);
}

void addDomainRow(wxListCtrl& list, const session::DomainComparison& row)
{
    const long index = list.InsertItem(list.GetItemCount(), wxString::FromUTF8(row.title));
    list.SetItem(index, 1, percentText(row.previous));
    list.SetItem(index, 2, ragText(row.previousRag));
    list.SetItem(index, 3, percentText(row.current));
    list.SetItem(index, 4, ragText(row.currentRag));
    list.SetItem(index, 5, text(words::change(row.change, words::kDash)));
}

}  // namespace

ComparePanel::ComparePanel(wxWindow* parent) : wxPanel(parent, wxID_ANY)
{
    SetName("compare-panel");
    m_with = new wxChoice(this, wxID_ANY);
    m_with->SetName("compare-with");
    // It takes the row's width, whatever the length of the names it offers.
    m_with->SetMinSize(wxSize(FromDIP(200), -1));
    m_with->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onChoice(); });
    m_heading = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_heading->SetFont(m_heading->GetFont().Bold().Larger());
    auto* intro = new WrappedText(
        this,
        "Each item's level is the one that counts in scoring: the board's agreed level, else the raters' "
        "lower median. Items where this review is higher are shaded green, lower red. A change shows only "
        "where both reviews have a level. Besides the previous review, any stored review of the same "
        "checklist can be chosen, another board's too. Double-click an item, or select it and press Enter, "
        "to open it.");
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetName("compare-summary");

    m_domains = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_domains->SetName("compare-domains");
    m_domains->AppendColumn("Domain", wxLIST_FORMAT_LEFT, FromDIP(330));
    m_domains->AppendColumn("Previous", wxLIST_FORMAT_RIGHT, FromDIP(80));
    m_domains->AppendColumn("RAG", wxLIST_FORMAT_LEFT, FromDIP(70));
    m_domains->AppendColumn("Now", wxLIST_FORMAT_RIGHT, FromDIP(95));
    m_domains->AppendColumn("RAG", wxLIST_FORMAT_LEFT, FromDIP(70));
    m_domains->AppendColumn("Change", wxLIST_FORMAT_RIGHT, FromDIP(80));

    m_onlyChanged = new wxCheckBox(this, wxID_ANY, "Show only items whose level &changed");
    m_onlyChanged->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { fillItems(); });
    m_items = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_items->SetName("compare-items");
    m_items->AppendColumn("Item", wxLIST_FORMAT_LEFT, FromDIP(80));
    m_items->AppendColumn("Previous", wxLIST_FORMAT_CENTRE, FromDIP(80));
    m_items->AppendColumn("Now", wxLIST_FORMAT_CENTRE, FromDIP(95));
    m_items->AppendColumn("Change", wxLIST_FORMAT_CENTRE, FromDIP(70));
    m_items->AppendColumn("Question", wxLIST_FORMAT_LEFT, FromDIP(560));
    m_items->Bind(wxEVT_LIST_ITEM_ACTIVATED, &ComparePanel::onItemActivated, this);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(10);
    auto* withRow = new wxBoxSizer(wxHORIZONTAL);
    withRow->Add(new wxStaticText(this, wxID_ANY, "Compare with"), wxSizerFlags().CentreVertical());
    withRow->Add(m_with, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(8)));
    sizer->Add(withRow, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_heading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(m_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    sizer->Add(m_domains, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(m_onlyChanged, wxSizerFlags().Border(wxALL, gap));
    sizer->Add(m_items, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(sizer);
}

void ComparePanel::offerReviews(std::vector<session::ComparableReview> reviews)
{
    const auto chosen = chosenReview();
    m_offered = std::move(reviews);
    m_with->Clear();
    int selection = wxNOT_FOUND;
    for (std::size_t i = 0; i < m_offered.size(); ++i) {
        const auto& review = m_offered[i];
        m_with->Append(wxString::FromUTF8((review.previous ? "Previous review: " : "") + review.label));
        const bool wasChosen = chosen && chosen->id == review.id;
        if (wasChosen || (selection == wxNOT_FOUND && review.previous))
            selection = static_cast<int>(i);
    }
    m_with->SetSelection(selection);
    m_with->Enable(!m_offered.empty());
}

std::optional<session::ComparableReview> ComparePanel::chosenReview() const
{
    const int selection = m_with->GetSelection();
    if (selection == wxNOT_FOUND || static_cast<std::size_t>(selection) >= m_offered.size())
        return std::nullopt;
    return m_offered[static_cast<std::size_t>(selection)];
}

void ComparePanel::onChoice()
{
    if (m_reviewChosen)
        m_reviewChosen();
}

void ComparePanel::showComparison(const std::optional<session::Comparison>& comparison)
{
    m_comparison = comparison;
    m_domains->DeleteAllItems();
    const auto chosen = chosenReview();
    const bool any = m_comparison.has_value() && chosen;
    m_domains->Show(any);
    m_items->Show(any);
    m_onlyChanged->Show(any);
    if (!any) {
        m_heading->SetLabel("No previous review to compare with");
        m_summary->SetLabel(m_offered.empty()
                                ? "Start the next review as a copy of this one (Review > New review) and this page "
                                  "will show what changed between them."
                                : "Start the next review as a copy of this one (Review > New review), or choose "
                                  "another review to compare with above.");
        fillItems();
        Layout();
        return;
    }
    // Against the previous review the columns read as then and now; against another board's,
    // as that review and this one.
    const bool previous = chosen->previous;
    for (const auto& [list, column, title] : {std::tuple{m_domains, 1, previous ? "Previous" : "Compared"},
                                             std::tuple{m_domains, 3, previous ? "Now" : "This review"},
                                             std::tuple{m_items, 1, previous ? "Previous" : "Compared"},
                                             std::tuple{m_items, 2, previous ? "Now" : "This review"}}) {
        wxListItem header;
        header.SetMask(wxLIST_MASK_TEXT);
        header.SetText(title);
        list->SetColumn(column, header);
    }
    m_heading->SetLabelText("Compared with " + wxString::FromUTF8(chosen->label));
    const auto& overall = m_comparison->overall;
    wxString summary = "Overall " + scoreWithRag(overall.previous, overall.previousRag) +
                       wxString::FromUTF8(" \xE2\x86\x92 ") + scoreWithRag(overall.current, overall.currentRag);
    if (overall.change)
        summary += " (" + text(words::change(overall.change)) + " points)";
    summary += previous ? wxString::Format(". %d items improved, %d declined, %d unchanged.", m_comparison->improved,
                                           m_comparison->declined, m_comparison->unchanged)
                        : wxString::Format(". %d items higher in this review, %d lower, %d level.",
                                           m_comparison->improved, m_comparison->declined, m_comparison->unchanged);
    m_summary->SetLabel(summary);

    m_domains->Freeze();
    for (const auto& domain : m_comparison->domains)
        addDomainRow(*m_domains, domain);
    addDomainRow(*m_domains, overall);
    m_domains->SetItemFont(m_domains->GetItemCount() - 1, m_domains->GetFont().Bold());
    m_domains->Thaw();
    // Every domain and the overall row in view without scrolling; the items list takes the rest.
    wxRect lastRow;
    if (m_domains->GetItemRect(m_domains->GetItemCount() - 1, lastRow))
        m_domains->SetMinSize(wxSize(-1, lastRow.GetBottom() + FromDIP(6)));
    fillItems();
    Layout();
}

wxString ComparePanel::summary() const
{
    return m_summary->GetLabel();
}

void ComparePanel::fillItems()
{
    m_items->Freeze();
    m_items->DeleteAllItems();
    m_shownItems.clear();
    if (m_comparison) {
        const bool onlyChanged = m_onlyChanged->GetValue();
        for (const auto& item : m_comparison->items) {
            if (onlyChanged && item.previous == item.current)
                continue;
            const long index = m_items->InsertItem(m_items->GetItemCount(), wxString::FromUTF8(item.itemId));
            m_items->SetItem(index, 1, wxString::FromUTF8(item.previous));
            m_items->SetItem(index, 2, wxString::FromUTF8(item.current));
            m_items->SetItem(index, 3, text(words::levelChange(item.change)));
            m_items->SetItem(index, 4, wxString::FromUTF8((item.critical ? "[critical] " : "") + item.question));
            if (item.movement == Movement::Improved)
                m_items->SetItemBackgroundColour(index, kImprovedBackground);
            else if (item.movement == Movement::Declined)
                m_items->SetItemBackgroundColour(index, kDeclinedBackground);
            m_shownItems.push_back(item.itemId);
        }
    }
    m_items->Thaw();
}

void ComparePanel::onItemActivated(wxListEvent& event)
{
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row < m_shownItems.size() && m_openItem)
        m_openItem(m_shownItems[row]);
}

}  // namespace ccg::gui
