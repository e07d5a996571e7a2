#include "app/gui/item_panel.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/action_dialog.hpp"
#include "app/gui/autosave_text.hpp"
#include "app/gui/evidence_strength_choice.hpp"
#include "app/gui/lock_line.hpp"
#include "app/gui/history_dialog.hpp"
#include "app/gui/item_guidance.hpp"
#include "app/gui/item_header.hpp"
#include "app/gui/keyboard.hpp"
#include "app/gui/level_choice.hpp"
#include "app/gui/text_wrap.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/item_status.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"
#include "reports/text_escape.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dcclient.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace ccg::gui {

namespace {

wxStaticText* heading(wxWindow* parent, const wxString& text)
{
    // Markup rather than SetFont, so GTK measures the label in the font it is drawn in.
    auto* label = new wxStaticText(parent, wxID_ANY, wxString());
    label->SetLabelMarkup("<b>" + text + "</b>");
    return label;
}

}  // namespace

ItemPanel::ItemPanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      m_session(session), m_messages(messages)
{
    SetName("item-panel");
    // On a small screen or with large text the page is taller than the window: it scrolls
    // rather than squeezing the note and evidence or pushing controls out of reach.
    SetScrollRate(0, FromDIP(12));
    m_lockLine = new LockLine(this);
    m_header = new ItemHeader(this);
    m_guidance = new ItemGuidance(this);

    m_ratingSummary = new wxStaticText(this, wxID_ANY, wxString());
    m_ratingSummary->SetName("rating-summary");
    m_levelsSizer = new wxBoxSizer(wxVERTICAL);
    m_target = new wxChoice(this, wxID_ANY);
    m_target->SetName("target");
    m_target->Bind(wxEVT_CHOICE, &ItemPanel::onTargetChosen, this);

    auto* rating = new wxBoxSizer(wxVERTICAL);
    // Whose ratings are being entered, always in sight where they are entered.
    m_ratingHeading = heading(this, "Rating");
    m_ratingHeading->SetName("rating-heading");
    rating->Add(m_ratingHeading, wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    rating->Add(m_levelsSizer, wxSizerFlags().Expand());
    rating->Add(m_ratingSummary, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    // The heading above its choice, not beside it: the two side by side are wider than the
    // rating column on a laptop with large text.
    wxStaticText* targetHeading = heading(this, "Tar&get for this review");
    labelControl(*targetHeading, *m_target);
    rating->Add(targetHeading, wxSizerFlags().Border(wxTOP, FromDIP(10)));
    rating->Add(m_target, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    auto* history = new wxButton(this, wxID_ANY, "Histor&y of this item...", wxDefaultPosition, wxDefaultSize,
                                 wxBU_EXACTFIT);
    history->SetName("item-history");
    history->SetToolTip("Who changed what on this item, and when (Ctrl+Shift+H)");
    history->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showHistory(); });
    rating->Add(history, wxSizerFlags().Border(wxTOP, FromDIP(10)));

    auto* middle = new wxBoxSizer(wxHORIZONTAL);
    middle->Add(rating, wxSizerFlags(5).Expand());
    middle->Add(m_guidance, wxSizerFlags(4).Expand().Border(wxLEFT, FromDIP(12)));

    m_note = new AutosaveText(this, "note");
    m_evidence = new AutosaveText(this, "evidence");
    // Tooltips rather than hints: wxGTK's hint for multi-line text leaves text set afterwards in
    // the hint's grey, so a stored note looked like a placeholder.
    m_note->SetToolTip("Your note on this item, saved as you type");
    m_evidence->SetToolTip("Evidence that shows it: papers, minutes, links; saved as you type");
    // Room for five lines of a note however small the screen: the page scrolls instead.
    for (wxTextCtrl* box : {static_cast<wxTextCtrl*>(m_note), static_cast<wxTextCtrl*>(m_evidence)})
        box->SetMinSize(wxSize(FromDIP(120), box->GetCharHeight() * 5 + FromDIP(16)));
    m_note->onCommit([this](const wxString& text) {
        return m_messages.guarded([&] { m_session.setNote(m_itemId, text.utf8_string()); });
    });
    m_evidence->onCommit([this](const wxString& text) {
        return m_messages.guarded([&] { m_session.setEvidence(m_itemId, text.utf8_string()); });
    });
    m_actions = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_actions->SetName("item-actions");
    nameControl(*m_actions, "Actions on this item");
    m_actions->SetMinSize(FromDIP(wxSize(200, 100)));
    m_actions->AppendColumn("Action", wxLIST_FORMAT_LEFT, FromDIP(170));
    m_actions->AppendColumn("Owner", wxLIST_FORMAT_LEFT, FromDIP(100));
    m_actions->AppendColumn("Due", wxLIST_FORMAT_LEFT, FromDIP(85));
    m_actions->Bind(wxEVT_LIST_ITEM_ACTIVATED, &ItemPanel::onActionActivated, this);
    auto* addAction = new wxButton(this, wxID_ANY, "Add &action...", wxDefaultPosition, wxDefaultSize,
                                   wxBU_EXACTFIT);
    addAction->SetName("add-action");
    addAction->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->addAction(); });
    m_addAction = addAction;
    m_strength = new EvidenceStrengthChoice(this, "evidence-strength");
    m_strength->onChosen([this](EvidenceStrength strength) { setStrength(strength); });
    // In the order the page reads: the guidance beside the rating after the target, the button
    // above the actions before their list.
    m_guidance->MoveAfterInTabOrder(m_target);
    addAction->MoveBeforeInTabOrder(m_actions);
    m_strength->MoveAfterInTabOrder(m_evidence);

    auto* bottom = new wxFlexGridSizer(3, 3, wxSize(FromDIP(12), FromDIP(4)));
    bottom->AddGrowableRow(1, 1);
    for (int column = 0; column < 3; ++column)
        bottom->AddGrowableCol(column, 1);
    wxStaticText* noteHeading = heading(this, "&Note");
    labelControl(*noteHeading, *m_note);
    wxStaticText* evidenceHeading = heading(this, "E&vidence");
    labelControl(*evidenceHeading, *m_evidence);
    bottom->Add(noteHeading, wxSizerFlags().Bottom());
    bottom->Add(evidenceHeading, wxSizerFlags().Bottom());
    auto* actionsHeader = new wxBoxSizer(wxHORIZONTAL);
    actionsHeader->Add(heading(this, "Actions"), wxSizerFlags(1).Bottom());
    actionsHeader->Add(addAction, wxSizerFlags());
    bottom->Add(actionsHeader, wxSizerFlags().Expand());
    bottom->Add(m_note, wxSizerFlags().Expand());
    bottom->Add(m_evidence, wxSizerFlags().Expand());
    bottom->Add(m_actions, wxSizerFlags().Expand());
    // Under the evidence it grades.
    auto* strengthRow = new wxBoxSizer(wxHORIZONTAL);
    auto* strengthLabel = new wxStaticText(this, wxID_ANY, "Evidence &strength:");
    labelControl(*strengthLabel, *m_strength);
    strengthRow->Add(strengthLabel, wxSizerFlags().CentreVertical());
    strengthRow->Add(m_strength, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    bottom->AddSpacer(0);
    bottom->Add(strengthRow, wxSizerFlags().Border(wxTOP, FromDIP(2)));
    bottom->AddSpacer(0);

    auto* page = new wxBoxSizer(wxVERTICAL);
    page->Add(m_lockLine, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(8)));
    page->Add(m_header, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    page->Add(middle, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    page->Add(bottom, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(10)));
    SetSizer(page);
    m_editor = {middle, bottom};
    Bind(wxEVT_SIZE, &ItemPanel::onSize, this);
    // Shift+E reaches this page first while the focus is on it (the key travels up to the window).
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (isStrengthKey(event.GetKeyCode(), event.GetModifiers()) && !acceptsTyping(FindFocus()) &&
            !m_itemId.empty()) {
            cycleStrength();
            return;
        }
        event.Skip();
    });
    resetForReview();
}

void ItemPanel::showEditor(bool shown)
{
    // Without an item there is nothing to rate: the page says what to do instead of showing
    // empty controls. The caller lays the page out.
    for (wxSizer* part : m_editor)
        GetSizer()->Show(part, shown, true);
}

void ItemPanel::resetForReview()
{
    flushEdits();
    m_itemId.clear();
    if (m_levels) {
        m_levelsSizer->Detach(m_levels);
        m_levels->Destroy();
        m_levels = nullptr;
    }
    if (m_session.hasReview()) {
        m_levels = new LevelChoice(this, m_session.checklist().scale);
        m_levels->onChosen([this](std::optional<Rating> rating) { rate(rating); });
        m_levelsSizer->Add(m_levels, wxSizerFlags().Expand());
        // Tab goes the way the page reads: the levels first, then the target, guidance, note,
        // evidence and actions (the levels are made later than the rest, for each checklist).
        m_levels->MoveAfterInTabOrder(m_header);
        wrapLevels();
    }
    if (m_session.hasReview())
        m_header->clear();
    else
        m_header->showNoReview();
    m_guidance->Clear();
    showEditor(false);
    applyLock();
    relayout();
}

void ItemPanel::showItem(const std::string& itemId)
{
    if (itemId == m_itemId)
        return;
    flushEdits();
    m_session.sealEdits();
    m_itemId = itemId;
    showEditor(!m_itemId.empty());
    fillTargetChoice();  // before the layout: the choice is as wide as its longest entry
    showInfo();
    refresh();
}

void ItemPanel::showInfo()
{
    const Item* item = m_session.hasReview() ? m_session.checklist().findItem(m_itemId) : nullptr;
    if (item)
        m_header->showItem(m_session.checklist(), *item);
    else
        m_header->clear();
    if (item)
        m_guidance->showItem(m_session.checklist(), item);
    else
        m_guidance->Clear();
    relayout();  // the question's height follows its text
}

void ItemPanel::relayout()
{
    FitInside();
    Layout();
}

void ItemPanel::refresh()
{
    if (!m_session.hasReview() || m_itemId.empty())
        return;
    if (m_levels)
        m_levels->setRating(m_session.currentRating(m_itemId));
    m_note->showStored(wxString::FromUTF8(m_session.currentNote(m_itemId)));
    m_evidence->showStored(wxString::FromUTF8(m_session.currentEvidence(m_itemId)));
    const TargetOverride* target = m_session.answers().target(m_itemId);
    m_target->SetSelection(target ? target->level + 1 : 0);
    m_strength->setStrength(m_session.assessment().evidenceStrength(m_itemId));
    applyLock();
    showRatingSummary();
    fillActions();
}

void ItemPanel::flushEdits()
{
    m_note->flush();
    m_evidence->flush();
}

void ItemPanel::rate(const std::optional<Rating>& rating)
{
    if (m_itemId.empty())
        return;
    if (refuseWhileLocked(m_session, m_messages))
        return;
    m_messages.guarded([&] { m_session.rate(m_itemId, rating); });
}

void ItemPanel::setStrength(EvidenceStrength strength)
{
    if (m_itemId.empty())
        return;
    if (refuseWhileLocked(m_session, m_messages))
        return;
    m_messages.guarded([&] { m_session.setEvidenceStrength(m_itemId, strength); });
}

void ItemPanel::cycleStrength()
{
    if (!m_itemId.empty())
        setStrength(nextStrength(m_session.assessment().evidenceStrength(m_itemId)));
}

void ItemPanel::applyLock()
{
    const bool locked = m_lockLine->showFor(m_session);
    for (wxWindow* control : std::initializer_list<wxWindow*>{m_target, m_note, m_evidence, m_strength, m_addAction})
        control->Enable(!locked);
    if (m_levels)
        m_levels->Enable(!locked);
}

void ItemPanel::showRatingSummary()
{
    const std::string& rater = m_session.currentRater();
    const wxString who = wxString::FromUTF8(reports::escapeMarkup(m_session.raterName(rater)));
    m_ratingHeading->SetLabelMarkup("<b>Rating of " + who + "</b>" +
                                    wxString::Format("   %d of %zu items rated", m_session.ratedCount(rater),
                                                     m_session.checklist().itemCount()));
    wxString summary = wxString::FromUTF8(session::ratingSummary(
        m_session.checklist(), m_session.answers(), m_session.analysis().item(m_itemId), rater, m_itemId));
    summary += assuranceWords();
    if (m_session.ratingsHidden())
        summary += "\nBlind review: the other raters' ratings stay hidden until they are revealed.";
    m_summaryText = summary;
    wrapSummary();
}

wxString ItemPanel::assuranceWords() const
{
    // Only for a checklist that assesses assurance; the facts are the analysis's.
    if (!m_session.checklist().assurance)
        return {};
    const ReviewAnalysis& analysis = m_session.analysis();
    const auto position = analysis.position(m_itemId);
    if (!position || *position >= analysis.assurance.items.size())
        return {};
    const ItemAssurance& assurance = analysis.assurance.items[*position];
    if (assurance.assured)
        return "\nMeets the standard, and the evidence assures it.";
    if (assurance.meetsStandard)
        return "\nMeets the standard, but is not assured: that needs documented or verified evidence.";
    return "\nDoes not meet the standard yet, so it is not assured.";
}

void ItemPanel::wrapSummary()
{
    // Measured in one go rather than word by word (wxStaticText::Wrap): it runs on every rating.
    wxClientDC dc(m_ratingSummary);
    dc.SetFont(m_ratingSummary->GetFont());
    const wxString wrapped = wrapText(m_summaryText, prefixWidths(dc, m_summaryText), ratingColumnWidth());
    // Laid out again only when the summary's height changes: most ratings keep its lines.
    const bool resized = wrapped.Freq('\n') != m_ratingSummary->GetLabelText().Freq('\n');
    m_ratingSummary->SetLabelText(wrapped);
    if (resized)
        relayout();
}

void ItemPanel::fillTargetChoice()
{
    m_target->Clear();
    if (!m_session.hasReview())
        return;
    const Checklist& checklist = m_session.checklist();
    const Item* item = checklist.findItem(m_itemId);
    const ScaleLevel* standard = item ? checklist.level(item->target) : nullptr;
    m_target->Append(standard ? wxString::Format("Checklist target: %d ", standard->value) +
                                    wxString::FromUTF8(standard->label)
                              : wxString("Checklist target"));
    for (const auto& level : checklist.scale)
        m_target->Append(wxString::Format("%d  ", level.value) + wxString::FromUTF8(level.label));
    m_target->InvalidateBestSize();
}

void ItemPanel::onTargetChosen(wxCommandEvent& event)
{
    const int selection = event.GetSelection();
    m_messages.guarded([&] {
        m_session.setTarget(m_itemId, selection <= 0 ? std::nullopt : std::optional<int>(selection - 1));
    });
}

void ItemPanel::fillActions()
{
    m_actions->Freeze();
    m_actions->DeleteAllItems();
    const auto& states = m_session.analysis().actions;
    const auto& records = m_session.actions();
    for (std::size_t i = 0; i < records.size() && i < states.size(); ++i) {
        const storage::ActionRecord& record = records[i];
        if (record.action.item != m_itemId)
            continue;
        const long row = m_actions->InsertItem(m_actions->GetItemCount(), wxString::FromUTF8(record.action.text));
        m_actions->SetItem(row, 1, wxString::FromUTF8(record.action.owner));
        std::string due = record.action.due.empty() ? "no date" : record.action.due;
        if (record.action.status != ActionStatus::Open)
            due += " (" + words::statusWords(record.action.status) + ")";
        m_actions->SetItem(row, 2, wxString::FromUTF8(due));
        m_actions->SetItemData(row, static_cast<long>(record.id));
        if (states[i].overdue())
            m_actions->SetItemTextColour(row, wxColour(0xC6, 0x28, 0x28));
    }
    m_actions->Thaw();
}

void ItemPanel::showHistory(bool ofItem)
{
    flushEdits();
    gui::showHistory(this, m_session, m_messages, ofItem ? std::optional(m_itemId) : std::nullopt);
}

void ItemPanel::addAction()
{
    if (m_itemId.empty())
        return;
    if (refuseWhileLocked(m_session, m_messages))
        return;
    Action action;
    action.item = m_itemId;
    ActionDialog dialog(this, m_session.checklist(), action, "New action");
    if (dialog.ShowModal() == wxID_OK)
        m_messages.guarded([&] { m_session.addAction(dialog.action()); });
}

void ItemPanel::onActionActivated(wxListEvent& event)
{
    if (refuseWhileLocked(m_session, m_messages))
        return;
    const auto id = static_cast<session::RowId>(m_actions->GetItemData(event.GetIndex()));
    const storage::ActionRecord* record = m_session.findAction(id);
    if (!record)
        return;
    ActionDialog dialog(this, m_session.checklist(), record->action, "Edit action");
    if (dialog.ShowModal() == wxID_OK)
        m_messages.guarded([&] { m_session.updateAction(id, dialog.action()); });
}

int ItemPanel::ratingColumnWidth() const
{
    // The page's borders and the gap before the guidance, then the column's 5 parts of 9.
    return std::max(FromDIP(200), (GetClientSize().x - FromDIP(32)) * 5 / 9);
}

void ItemPanel::wrapLevels()
{
    // New level buttons wrap at once: the panel's width may not change again to wrap them.
    if (m_levels)
        m_levels->wrapTo(ratingColumnWidth());
}

void ItemPanel::onSize(wxSizeEvent& event)
{
    wrapLevels();
    // The summary follows the column's width too.
    if (event.GetSize().x != m_wrappedAt) {
        m_wrappedAt = event.GetSize().x;
        CallAfter([this] { wrapSummary(); });
    }
    event.Skip();
}

}  // namespace ccg::gui
