#include "app/gui/commitments_panel.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/autosave_text.hpp"
#include "app/gui/list_columns.hpp"
#include "app/gui/lock_line.hpp"
#include "app/gui/user_messages.hpp"
#include "app/gui/wrapped_text.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <array>

namespace ccg::gui {

namespace {

constexpr std::array<CommitmentOutcome, 5> kOutcomes{CommitmentOutcome::Pending, CommitmentOutcome::Done,
                                                     CommitmentOutcome::Partly, CommitmentOutcome::NotDone,
                                                     CommitmentOutcome::Superseded};

int outcomeIndex(CommitmentOutcome outcome)
{
    const auto found = std::find(kOutcomes.begin(), kOutcomes.end(), outcome);
    return found == kOutcomes.end() ? 0 : static_cast<int>(found - kOutcomes.begin());
}

enum Column { kOutcomeColumn, kItemColumn, kOwnerColumn, kDueColumn, kTextColumn, kRemarkColumn };

}  // namespace

CommitmentsPanel::CommitmentsPanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages)
    : wxPanel(parent, wxID_ANY), m_session(session), m_messages(messages)
{
    SetName("commitments-panel");
    auto* heading = new wxStaticText(this, wxID_ANY, wxString());
    // Markup rather than SetFont, so GTK measures the label in the font it is drawn in.
    heading->SetLabelMarkup("<b>What we said we would do</b>");
    m_rate = new WrappedText(this, wxString());
    m_rate->SetName("follow-through");

    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("commitment-list");
    nameControl(*m_list, "Commitments carried from the earlier review");
    // Room for the demo's four and a fifth; the page gives it more when there is more.
    m_list->SetMinSize(wxSize(FromDIP(200), m_list->GetCharHeight() * 7));
    appendColumnFor(*m_list, "Outcome", "Partly done");
    appendColumnFor(*m_list, "Item", "prov-09");
    appendColumnFor(*m_list, "Owner", wxString('n', 24));
    appendColumnFor(*m_list, "Due", "2013-12-31");
    appendColumnFor(*m_list, "Commitment", wxString('n', 56));
    appendColumnFor(*m_list, "Remark", wxString('n', 56));
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, &CommitmentsPanel::onSelected, this);

    m_outcome = new wxChoice(this, wxID_ANY);
    m_outcome->SetName("commitment-outcome");
    for (CommitmentOutcome outcome : kOutcomes)
        m_outcome->Append(wxString::FromUTF8(words::outcomeWords(outcome)));
    m_outcome->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        const int selection = event.GetSelection();
        if (selection >= 0 && selection < static_cast<int>(kOutcomes.size()))
            setOutcome(kOutcomes[static_cast<std::size_t>(selection)]);
    });
    m_remark = new AutosaveText(this, "commitment-remark");
    m_remark->SetToolTip(wxString::Format("What the board says of this commitment, saved as you type "
                                          "(at most %zu characters)",
                                          kMaxRationaleChars));
    m_remark->SetMinSize(wxSize(FromDIP(160), m_remark->GetCharHeight() * 3 + FromDIP(12)));
    m_remark->limitTo(kMaxRationaleChars, [this] {
        m_messages.showStatus(wxString::Format("A remark holds at most %zu characters: the rest was cut.",
                                               kMaxRationaleChars));
    });
    m_remark->onCommit([this](const wxString& text) { return storeRemark(text); });

    auto* outcomeLabel = new wxStaticText(this, wxID_ANY, "Out&come:");
    labelControl(*outcomeLabel, *m_outcome);
    auto* remarkLabel = new wxStaticText(this, wxID_ANY, "Re&mark:");
    labelControl(*remarkLabel, *m_remark);
    auto* editor = new wxBoxSizer(wxHORIZONTAL);
    editor->Add(outcomeLabel, wxSizerFlags().Top().Border(wxTOP, FromDIP(6)));
    editor->Add(m_outcome, wxSizerFlags().Top().Border(wxLEFT, FromDIP(6)));
    editor->AddSpacer(FromDIP(16));
    editor->Add(remarkLabel, wxSizerFlags().Top().Border(wxTOP, FromDIP(6)));
    editor->Add(m_remark, wxSizerFlags(1).Expand().Border(wxLEFT, FromDIP(6)));
    m_editor = editor;

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags());
    sizer->Add(m_rate, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));
    sizer->Add(m_list, wxSizerFlags(1).Expand());
    sizer->Add(editor, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    SetSizer(sizer);
}

const storage::CommitmentRecord* CommitmentsPanel::find(storage::RowId id) const
{
    if (!m_session.hasReview() || id == 0)
        return nullptr;
    for (const auto& record : m_session.commitments())
        if (record.id == id)
            return &record;
    return nullptr;
}

void CommitmentsPanel::refresh()
{
    const bool any = m_session.hasReview() && !m_session.commitments().empty();
    // A commitment gone (another review opened) takes its typing with it: it was stored before.
    const bool sameCommitment = shown() != nullptr;
    if (!sameCommitment)
        m_shownId = any ? m_session.commitments().front().id : 0;
    fillList();
    if (m_session.hasReview()) {
        const FollowThrough& followThrough = m_session.analysis().followThrough;
        const std::string rate = words::followThroughWords(followThrough);
        m_rate->setText(wxString::FromUTF8(followThrough.commitments > 0 ? "Follow-through: " + rate : rate));
    } else {
        m_rate->setText(wxString());
    }
    GetSizer()->Show(m_list, any);
    GetSizer()->Show(m_editor, any, true);
    showCommitment(!sameCommitment);
    Layout();
}

void CommitmentsPanel::fillList()
{
    m_filling = true;
    m_list->Freeze();
    m_list->DeleteAllItems();
    if (m_session.hasReview()) {
        for (const auto& record : m_session.commitments()) {
            const Commitment& commitment = record.commitment;
            const long row = m_list->InsertItem(m_list->GetItemCount(),
                                                wxString::FromUTF8(words::outcomeWords(commitment.outcome)));
            m_list->SetItem(row, kItemColumn, wxString::FromUTF8(commitment.item));
            m_list->SetItem(row, kOwnerColumn, wxString::FromUTF8(commitment.owner));
            m_list->SetItem(row, kDueColumn, commitment.due.empty() ? wxString("no date")
                                                                    : wxString::FromUTF8(commitment.due));
            m_list->SetItem(row, kTextColumn, wxString::FromUTF8(commitment.text));
            // One line of the remark in the list; the box below holds all of it.
            wxString remark = wxString::FromUTF8(commitment.remark);
            remark.Replace("\n", " ");
            m_list->SetItem(row, kRemarkColumn, remark);
            m_list->SetItemData(row, static_cast<long>(record.id));
            if (record.id == m_shownId)
                m_list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                     wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        }
    }
    m_list->Thaw();
    m_filling = false;
}

void CommitmentsPanel::showCommitment(bool replaceTyping)
{
    const storage::CommitmentRecord* record = shown();
    const bool editable = record && !m_session.locked();
    m_outcome->Enable(editable);
    m_remark->Enable(editable);
    m_outcome->SetSelection(record ? outcomeIndex(record->commitment.outcome) : wxNOT_FOUND);
    // A refresh while a remark is being typed (the outcome changed, say) keeps what was typed.
    if (replaceTyping || !m_remark->hasUnsaved()) {
        m_remark->showStored(record ? wxString::FromUTF8(record->commitment.remark) : wxString());
        m_remarkOf = m_shownId;
    }
}

void CommitmentsPanel::flushEdits()
{
    m_remark->flush();
}

void CommitmentsPanel::selectRow(long row)
{
    if (row < 0 || row >= m_list->GetItemCount())
        return;
    m_list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_list->EnsureVisible(row);
}

void CommitmentsPanel::onSelected(wxListEvent& event)
{
    const auto id = static_cast<storage::RowId>(m_list->GetItemData(event.GetIndex()));
    if (m_filling || id == m_shownId)
        return;
    // Selected first, so that the refresh storing the remark keeps this row selected; the
    // remark typed so far still goes to the commitment it was typed for (m_remarkOf).
    m_shownId = id;
    flushEdits();
    showCommitment(true);
}

void CommitmentsPanel::setOutcome(CommitmentOutcome outcome)
{
    if (!shown() || refuseWhileLocked(m_session, m_messages))
        return;
    // The remark being typed goes in first, as its own step, so neither is lost.
    flushEdits();
    const storage::CommitmentRecord* record = shown();
    if (!record)
        return;
    Commitment changed = record->commitment;
    changed.outcome = outcome;
    m_messages.guarded([&] { m_session.updateCommitment(m_shownId, changed); });
}

bool CommitmentsPanel::storeRemark(const wxString& text)
{
    const storage::CommitmentRecord* record = find(m_remarkOf);
    if (!record)
        return true;
    if (refuseWhileLocked(m_session, m_messages))
        return false;
    Commitment changed = record->commitment;
    changed.remark = text.utf8_string();
    const storage::RowId id = m_remarkOf;
    return m_messages.guarded([&] { m_session.updateCommitment(id, changed); });
}

}  // namespace ccg::gui
