#include "app/gui/agreement_record.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/autosave_text.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/review_session.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace ccg::gui {

AgreementRecord::AgreementRecord(wxWindow* parent, session::ReviewSession& session, UserMessages& messages)
    : wxPanel(parent, wxID_ANY), m_session(session), m_messages(messages)
{
    SetName("agreement-record");
    m_state = new wxStaticText(this, wxID_ANY, wxString());
    m_rationale = new AutosaveText(this, "rationale");
    m_rationale->SetMinSize(wxSize(-1, FromDIP(60)));
    m_rationale->onCommit([this](const wxString& text) {
        return m_messages.guarded([&] { m_session.setRationale(m_itemId, text.utf8_string()); });
    });
    m_dissenter = new wxChoice(this, wxID_ANY);
    m_dissenter->SetName("dissenter");
    m_dissenter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        m_dissent->flush();
        showDissent();
    });
    m_dissent = new AutosaveText(this, "dissent");
    m_dissent->SetMinSize(wxSize(-1, FromDIP(60)));
    m_dissent->onCommit([this](const wxString& text) {
        // An emptied box takes the dissent back.
        const std::optional<std::string> value =
            text.empty() ? std::nullopt : std::optional<std::string>(text.utf8_string());
        return m_messages.guarded([&] { m_session.setDissent(m_itemId, dissenterId(), value); });
    });

    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(12), FromDIP(4)));
    grid->AddGrowableCol(0, 1);
    grid->AddGrowableCol(1, 1);
    grid->AddGrowableRow(1, 1);
    auto* rationaleLabel = new wxStaticText(this, wxID_ANY, "&Why this level was agreed");
    labelControl(*rationaleLabel, *m_rationale);
    auto* dissenterLabel = new wxStaticText(this, wxID_ANY, "D&issent of");
    labelControl(*dissenterLabel, *m_dissenter);
    nameControl(*m_dissent, "Why this member would rate it otherwise");
    grid->Add(rationaleLabel, wxSizerFlags().Bottom());
    auto* dissentLabel = new wxBoxSizer(wxHORIZONTAL);
    dissentLabel->Add(dissenterLabel, wxSizerFlags().CentreVertical());
    dissentLabel->Add(m_dissenter, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(6)));
    grid->Add(dissentLabel, wxSizerFlags().Expand());
    grid->Add(m_rationale, wxSizerFlags().Expand());
    grid->Add(m_dissent, wxSizerFlags().Expand());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_state, wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    sizer->Add(grid, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void AgreementRecord::flush()
{
    m_rationale->flush();
    m_dissent->flush();
}

std::string AgreementRecord::dissenterId() const
{
    const int selection = m_dissenter->GetSelection();
    return selection == wxNOT_FOUND ? std::string() : m_raterIds[static_cast<std::size_t>(selection)];
}

void AgreementRecord::showItem(const std::string& itemId)
{
    if (itemId != m_itemId)
        flush();
    m_itemId = itemId;
    const std::string keep = dissenterId();
    m_dissenter->Clear();
    m_raterIds.clear();
    if (m_session.hasReview())
        for (const auto& rater : m_session.assessment().raters) {
            m_dissenter->Append(wxString::FromUTF8(m_session.raterName(rater.id)));
            m_raterIds.push_back(rater.id);
            if (rater.id == keep)
                m_dissenter->SetSelection(m_dissenter->GetCount() - 1);
        }
    if (m_dissenter->GetSelection() == wxNOT_FOUND && !m_raterIds.empty())
        m_dissenter->SetSelection(0);
    const AgreedRating* agreed = m_session.hasReview() && !itemId.empty() ? m_session.answers().agreed(itemId) : nullptr;
    // An approved review's record is read, not changed.
    const bool editable = agreed != nullptr && !m_session.locked();
    m_rationale->Enable(editable);
    m_dissenter->Enable(editable && !m_raterIds.empty());
    m_dissent->Enable(editable && !m_raterIds.empty());
    m_rationale->showStored(agreed ? wxString::FromUTF8(agreed->rationale) : wxString());
    m_state->SetLabelText(itemId.empty()  ? wxString()
                          : agreed        ? wxString::FromUTF8("The record of " + itemId + ", shown beside it in the paper:")
                                          : wxString::FromUTF8("Agree a level for " + itemId +
                                                               " to record why, and any member's dissent."));
    showDissent();
}

void AgreementRecord::showDissent()
{
    const AgreedRating* agreed =
        m_session.hasReview() && !m_itemId.empty() ? m_session.answers().agreed(m_itemId) : nullptr;
    wxString text;
    if (agreed)
        for (const auto& dissent : agreed->dissent)
            if (dissent.rater == dissenterId())
                text = wxString::FromUTF8(dissent.text);
    m_dissent->showStored(text);
}

}  // namespace ccg::gui
