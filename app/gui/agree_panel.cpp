#include "app/gui/agree_panel.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/agreement_record.hpp"
#include "app/gui/evidence_strength_choice.hpp"
#include "app/gui/lock_line.hpp"
#include "app/gui/command_ids.hpp"
#include "app/gui/user_messages.hpp"
#include "app/gui/wrapped_text.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace ccg::gui {

namespace {

const wxColour kDisagreementBackground(0xFF, 0xF1, 0xC7);

wxString raterColumnTitle(const Rater& rater)
{
    if (rater.id.empty())
        return "Anonymous";
    return wxString::FromUTF8(rater.name.empty() ? rater.id : rater.name);
}

}  // namespace

AgreePanel::AgreePanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages)
    : wxPanel(parent, wxID_ANY), m_session(session), m_messages(messages)
{
    SetName("agree-panel");
    m_book = new wxSimplebook(this);
    m_book->AddPage(agreementPage(m_book), "agree");
    m_book->AddPage(progressPage(m_book), "progress");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

wxWindow* AgreePanel::agreementPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* intro = new WrappedText(
        page,
        "Each rater's level for every item. The spread is the highest level minus the lowest; rows where "
        "raters are far enough apart to need agreeing (two levels or more, or one level on a scale such as "
        "Yes/No) are highlighted. The suggested level is the raters' lower "
        "median. Select an item, then press a level's number (or N) or use the controls below to record "
        "the agreed level: it is the one that counts.");
    m_onlyDisagreements = new wxCheckBox(page, wxID_ANY, "Show only &disagreements");
    m_onlyDisagreements->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { fillRows(); });

    m_list = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("agree-list");
    nameControl(*m_list, "Items with each rater's level");
    // A list is as tall as all its rows would like; it scrolls instead, leaving the record room.
    m_list->SetMinSize(wxSize(-1, FromDIP(120)));
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, &AgreePanel::onSelected, this);

    m_selectionLabel = new wxStaticText(page, wxID_ANY, "No item selected");
    m_selectionLabel->SetFont(m_selectionLabel->GetFont().Bold());
    m_agreed = new wxChoice(page, wxID_ANY);
    m_agreed->SetName("agreed-level");
    m_agreed->Bind(wxEVT_CHOICE, &AgreePanel::onChoice, this);
    m_useSuggested = new wxButton(page, wxID_ANY, "Agree the &suggested level");
    m_useSuggested->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { agreeSuggested(); });
    m_record = new AgreementRecord(page, m_session, m_messages);
    m_lockLine = new LockLine(page);
    // The board settles how strong the evidence is when it agrees the level.
    m_strength = new EvidenceStrengthChoice(page, "agree-evidence-strength");
    m_strength->onChosen([this](EvidenceStrength strength) {
        const std::string itemId = selectedItem();
        if (itemId.empty())
            return;
        if (refuseWhileLocked(m_session, m_messages))
            return;
        m_messages.guarded([&] { m_session.setEvidenceStrength(itemId, strength); });
    });

    // The item's line above the controls, not beside them: with large text the two do not fit
    // side by side on a laptop.
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    auto* agreedLabel = new wxStaticText(page, wxID_ANY, "Agreed &level:");
    labelControl(*agreedLabel, *m_agreed);
    bar->Add(agreedLabel, wxSizerFlags().CentreVertical());
    bar->Add(m_agreed, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    bar->Add(m_useSuggested, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    auto* strengthBar = new wxBoxSizer(wxHORIZONTAL);
    auto* strengthLabel = new wxStaticText(page, wxID_ANY, "Evidence s&trength:");
    labelControl(*strengthLabel, *m_strength);
    strengthBar->Add(strengthLabel, wxSizerFlags().CentreVertical());
    strengthBar->Add(m_strength, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_lockLine, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    sizer->Add(m_onlyDisagreements, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
    sizer->Add(m_list, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    sizer->Add(m_selectionLabel, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    sizer->Add(bar, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    sizer->Add(strengthBar, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
    sizer->Add(m_record, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
    page->SetSizer(sizer);
    return page;
}

wxWindow* AgreePanel::progressPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* intro = new WrappedText(
        page,
        "Blind review: every member rates without seeing anyone else's ratings, so that first views are "
        "their own. Until the ratings are revealed this page shows only how far each rater has got. When "
        "the members meet to agree, reveal the ratings: everyone then sees every level, the spread and the "
        "suggested level. Revealing is recorded with your name and the time, and cannot be undone.");
    m_progress = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_progress->SetName("rater-progress");
    nameControl(*m_progress, "How far each rater has got");
    m_progress->AppendColumn("Rater", wxLIST_FORMAT_LEFT, FromDIP(260));
    m_progress->AppendColumn("Items rated", wxLIST_FORMAT_LEFT, FromDIP(140));
    m_progress->AppendColumn("Form returned (UTC)", wxLIST_FORMAT_LEFT, FromDIP(180));
    auto* reveal = new wxButton(page, kIdRevealRatings, "&Reveal the ratings...");
    reveal->SetName("reveal");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    sizer->Add(m_progress, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    sizer->Add(reveal, wxSizerFlags().Border(wxALL, FromDIP(10)));
    page->SetSizer(sizer);
    return page;
}

void AgreePanel::refresh()
{
    const bool hidden = m_session.hasReview() && m_session.ratingsHidden();
    m_book->ChangeSelection(hidden ? 1 : 0);
    if (hidden) {
        // No level of anyone's is shown, not even in a table the user cannot see.
        m_table = session::AgreementTable{};
        fillProgress();
        return;
    }
    m_table = m_session.hasReview() ? m_session.agreement() : session::AgreementTable{};
    rebuildColumns();
    fillRows();
}

bool AgreePanel::showsProgressOnly() const
{
    return m_book->GetSelection() == 1;
}

void AgreePanel::fillProgress()
{
    m_progress->DeleteAllItems();
    for (const auto& rater : m_session.raterProgress()) {
        const long row = m_progress->InsertItem(m_progress->GetItemCount(), wxString::FromUTF8(rater.name));
        m_progress->SetItem(row, 1, wxString::Format("%d of %d", rater.rated, rater.items));
        const auto& returned = rater.round.returnedAt;
        m_progress->SetItem(row, 2, returned ? wxString::FromUTF8(returned->substr(0, 10)) : wxString("not yet"));
    }
}

void AgreePanel::rebuildColumns()
{
    std::vector<std::string> raters;
    for (const auto& rater : m_table.raters)
        raters.push_back(rater.id + "\n" + rater.name);
    if (raters == m_columnRaters && m_list->GetColumnCount() > 0)
        return;
    m_columnRaters = raters;
    m_list->ClearAll();
    m_list->AppendColumn("Item", wxLIST_FORMAT_LEFT, FromDIP(70));
    for (const auto& rater : m_table.raters)
        m_list->AppendColumn(raterColumnTitle(rater), wxLIST_FORMAT_CENTRE, FromDIP(110));
    m_list->AppendColumn("Spread", wxLIST_FORMAT_CENTRE, FromDIP(60));
    m_list->AppendColumn("Suggested", wxLIST_FORMAT_CENTRE, FromDIP(80));
    m_list->AppendColumn("Agreed", wxLIST_FORMAT_CENTRE, FromDIP(70));
    m_list->AppendColumn("Question", wxLIST_FORMAT_LEFT, FromDIP(520));

    m_agreed->Clear();
    m_agreed->Append(wxString::FromUTF8("\xE2\x80\x93 not agreed \xE2\x80\x93"));
    if (m_session.hasReview())
        for (const auto& level : m_session.checklist().scale)
            m_agreed->Append(wxString::Format("%d  ", level.value) + wxString::FromUTF8(level.label));
    m_agreed->Append("N/A  Not applicable");
}

void AgreePanel::fillRows()
{
    const std::string selected = selectedItem();
    m_list->Freeze();
    m_list->DeleteAllItems();
    m_shownRows.clear();
    const bool onlyDisagreements = m_onlyDisagreements->GetValue();
    const int raters = static_cast<int>(m_table.raters.size());
    for (std::size_t i = 0; i < m_table.rows.size(); ++i) {
        const auto& row = m_table.rows[i];
        if (onlyDisagreements && !row.disagreement)
            continue;
        const long index = m_list->InsertItem(m_list->GetItemCount(), wxString::FromUTF8(row.itemId));
        for (int r = 0; r < raters; ++r)
            m_list->SetItem(index, 1 + r, wxString::FromUTF8(words::ratingText(row.ratings[r])));
        m_list->SetItem(index, 1 + raters,
                        row.spread ? wxString::Format("%d", *row.spread) : wxString::FromUTF8(std::string(words::kDash)));
        m_list->SetItem(index, 2 + raters, wxString::FromUTF8(words::ratingText(row.suggested)));
        m_list->SetItem(index, 3 + raters, wxString::FromUTF8(words::ratingText(row.agreed)));
        m_list->SetItem(index, 4 + raters, wxString::FromUTF8(row.question));
        if (row.disagreement)
            m_list->SetItemBackgroundColour(index, kDisagreementBackground);
        m_shownRows.push_back(i);
    }
    m_list->Thaw();
    if (!selected.empty())
        selectItem(selected);
    showSelection();
}

std::string AgreePanel::selectedItem() const
{
    const long selected = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (selected < 0 || static_cast<std::size_t>(selected) >= m_shownRows.size())
        return {};
    return m_table.rows[m_shownRows[static_cast<std::size_t>(selected)]].itemId;
}

void AgreePanel::selectItem(const std::string& itemId)
{
    for (std::size_t i = 0; i < m_shownRows.size(); ++i)
        if (m_table.rows[m_shownRows[i]].itemId == itemId) {
            const long index = static_cast<long>(i);
            m_list->SetItemState(index, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                 wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            m_list->EnsureVisible(index);
            break;
        }
    showSelection();
}

void AgreePanel::showSelection()
{
    const std::string itemId = selectedItem();
    const session::AgreementRow* row = nullptr;
    for (const auto& candidate : m_table.rows)
        if (candidate.itemId == itemId)
            row = &candidate;
    const bool locked = m_lockLine->showFor(m_session);
    m_agreed->Enable(row != nullptr && !locked);
    m_useSuggested->Enable(row && row->suggested && !locked);
    m_strength->Enable(row != nullptr && !locked);
    m_strength->setStrength(row ? m_session.assessment().evidenceStrength(row->itemId) : EvidenceStrength::None);
    if (!row) {
        m_selectionLabel->SetLabel("Select an item to agree its level.");
        m_agreed->SetSelection(wxNOT_FOUND);
        m_record->showItem({});
        Layout();
        return;
    }
    wxString label = wxString::FromUTF8(row->itemId);
    if (row->spread)
        label += wxString::Format(": spread %d", *row->spread);
    if (row->disagreement)
        label += " (disagreement)";
    label += ", suggested " + wxString::FromUTF8(words::ratingText(row->suggested));
    m_selectionLabel->SetLabelText(label);
    int selection = 0;
    if (row->agreed)
        selection = row->agreed->isNotApplicable() ? static_cast<int>(m_agreed->GetCount()) - 1 : *row->agreed->level + 1;
    m_agreed->SetSelection(selection);
    m_record->showItem(row->itemId);
    Layout();
}

void AgreePanel::onSelected(wxListEvent&)
{
    showSelection();
}

void AgreePanel::onChoice(wxCommandEvent& event)
{
    const int selection = event.GetSelection();
    const int last = static_cast<int>(m_agreed->GetCount()) - 1;
    std::optional<Rating> rating;
    if (selection == last)
        rating = Rating::notApplicable();
    else if (selection > 0)
        rating = Rating::at(selection - 1);
    agreeSelected(rating);
}

void AgreePanel::agreeSelected(const std::optional<Rating>& rating)
{
    const std::string itemId = selectedItem();
    if (itemId.empty()) {
        m_messages.showStatus("Select an item in the agree view first.");
        return;
    }
    if (refuseWhileLocked(m_session, m_messages))
        return;
    m_messages.guarded([&] { m_session.setAgreed(itemId, rating); });
}

void AgreePanel::agreeSuggested()
{
    const std::string itemId = selectedItem();
    for (const auto& row : m_table.rows)
        if (row.itemId == itemId && row.suggested)
            agreeSelected(row.suggested);
}

}  // namespace ccg::gui
