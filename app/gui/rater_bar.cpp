#include "app/gui/rater_bar.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/command_ids.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/review_session.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace ccg::gui {

namespace {

wxString raterLabel(const Rater& rater)
{
    wxString label = wxString::FromUTF8(rater.name.empty() ? rater.id : rater.name);
    if (!rater.role.empty())
        label += " (" + wxString::FromUTF8(rater.role) + ")";
    return label;
}

}  // namespace

RaterBar::RaterBar(wxWindow* parent, session::ReviewSession& session, UserMessages& messages)
    : wxPanel(parent, wxID_ANY), m_session(session), m_messages(messages)
{
    m_rater = new wxChoice(this, wxID_ANY);
    m_rater->SetName("rater");
    m_rater->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onRaterChosen(); });
    // The button's command goes up to the main window, like the Review menu's Add rater.
    auto* addRater = new wxButton(this, kIdAddRater, "Add rater...");
    m_reviewLabel = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                     wxST_ELLIPSIZE_END | wxALIGN_RIGHT);
    m_reviewLabel->SetName("review-title");
    // It takes what room the strip has left and ends in "..." when the name is longer.
    m_reviewLabel->SetMinSize(wxSize(FromDIP(100), -1));
    m_reviewLabel->SetFont(m_reviewLabel->GetFont().Bold());

    auto* strip = new wxBoxSizer(wxHORIZONTAL);
    auto* ratingAs = new wxStaticText(this, wxID_ANY, "Ra&ting as");
    labelControl(*ratingAs, *m_rater);
    strip->Add(ratingAs, wxSizerFlags().CentreVertical());
    strip->Add(m_rater, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    strip->Add(addRater, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    strip->Add(m_reviewLabel, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(16)));
    SetSizer(strip);
}

void RaterBar::refresh()
{
    m_rater->Clear();
    // Nobody rates without a review: the strip appears with one.
    Show(m_session.hasReview());
    GetParent()->Layout();
    if (!m_session.hasReview())
        return;
    const Assessment& assessment = m_session.assessment();
    if (assessment.raters.empty())
        m_rater->Append("You (no named raters yet)", new wxStringClientData(wxString()));
    for (const auto& rater : assessment.raters)
        m_rater->Append(raterLabel(rater), new wxStringClientData(wxString::FromUTF8(rater.id)));
    const bool anonymousAnswers = std::any_of(assessment.answers.begin(), assessment.answers.end(),
                                              [](const Answer& answer) { return answer.rater.empty(); });
    if (!assessment.raters.empty() && anonymousAnswers)
        m_rater->Append("Anonymous rater", new wxStringClientData(wxString()));
    for (unsigned i = 0; i < m_rater->GetCount(); ++i) {
        const auto* data = static_cast<wxStringClientData*>(m_rater->GetClientObject(i));
        if (data->GetData().utf8_string() == m_session.currentRater())
            m_rater->SetSelection(static_cast<int>(i));
    }
    m_rater->Enable(m_rater->GetCount() > 1);
    // As wide as the longest name, up to a limit: a name from an answers file can be any length,
    // and the strip must never widen the window.
    m_rater->InvalidateBestSize();
    // The limit is in characters, so that large text does not cut off an ordinary name.
    m_rater->SetMinSize(wxSize(std::min(m_rater->GetBestSize().x, GetCharWidth() * 50), -1));

    const auto& review = m_session.review();
    wxString name = wxString::FromUTF8(review.organisation.name + ": " + review.info.title);
    if (!review.info.date.empty())
        name += ", " + wxString::FromUTF8(review.info.date);
    m_reviewLabel->SetLabelText(name);
    Layout();
}

void RaterBar::onRaterChosen()
{
    const int selection = m_rater->GetSelection();
    if (selection == wxNOT_FOUND)
        return;
    if (m_beforeChange)
        m_beforeChange();
    const auto* data = static_cast<wxStringClientData*>(m_rater->GetClientObject(static_cast<unsigned>(selection)));
    const std::string raterId = data->GetData().utf8_string();
    m_messages.guarded([&] { m_session.setCurrentRater(raterId); });
}

}  // namespace ccg::gui
