#include "app/gui/review_dialog.hpp"

#include "app/gui/action_dialog.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace ccg::gui {

ReviewDialog::ReviewDialog(wxWindow* parent, const storage::Repository& repository,
                           std::optional<storage::RowId> organisationId)
    : wxDialog(parent, wxID_ANY, "New review"), m_repository(repository)
{
    m_organisations = repository.listOrganisations();
    m_organisation = new wxChoice(this, wxID_ANY);
    m_organisation->SetName("organisation");
    for (const auto& record : m_organisations) {
        m_organisation->Append(wxString::FromUTF8(record.organisation.name + " (" + record.organisation.code + ")"));
        if (organisationId && record.id == *organisationId)
            m_organisation->SetSelection(m_organisation->GetCount() - 1);
    }
    if (m_organisation->GetSelection() == wxNOT_FOUND && !m_organisations.empty())
        m_organisation->SetSelection(0);
    m_organisation->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fillStartChoices(); });

    const wxDateTime today = wxDateTime::Today();
    m_key = new wxTextCtrl(this, wxID_ANY, today.Format("%Y"));
    m_key->SetName("key");
    m_title = new wxTextCtrl(this, wxID_ANY, today.Format("Board self-review %Y"), wxDefaultPosition,
                             FromDIP(wxSize(320, -1)));
    m_title->SetName("title");
    m_date = new wxDatePickerCtrl(this, wxID_ANY, today, wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    m_date->SetName("date");
    m_start = new wxChoice(this, wxID_ANY);
    m_start->SetName("start-from");
    m_copyAnswers = new wxCheckBox(this, wxID_ANY, "Copy the raters' &answers as a starting point");
    m_copyAnswers->SetName("copy-answers");
    m_start->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { m_copyAnswers->Enable(m_start->GetSelection() > 0); });
    m_problem = new wxStaticText(this, wxID_ANY, wxString());
    m_problem->SetForegroundColour(wxColour(0xC6, 0x28, 0x28));

    auto* form = new wxFlexGridSizer(2, wxSize(FromDIP(8), FromDIP(8)));
    form->AddGrowableCol(1, 1);
    form->Add(new wxStaticText(this, wxID_ANY, "&Organisation"), wxSizerFlags().CentreVertical());
    form->Add(m_organisation, wxSizerFlags().Expand());
    form->Add(new wxStaticText(this, wxID_ANY, "Review &key"), wxSizerFlags().CentreVertical());
    form->Add(m_key, wxSizerFlags());
    form->Add(new wxStaticText(this, wxID_ANY, "&Title"), wxSizerFlags().CentreVertical());
    form->Add(m_title, wxSizerFlags().Expand());
    form->Add(new wxStaticText(this, wxID_ANY, "&Date"), wxSizerFlags().CentreVertical());
    form->Add(m_date, wxSizerFlags());
    form->Add(new wxStaticText(this, wxID_ANY, "&Start from"), wxSizerFlags().CentreVertical());
    form->Add(m_start, wxSizerFlags().Expand());
    form->AddSpacer(0);
    form->Add(m_copyAnswers, wxSizerFlags());
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(form, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    top->Add(m_problem, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(CreateButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(top);
    Bind(wxEVT_BUTTON, &ReviewDialog::onOk, this, wxID_OK);
    fillStartChoices();
}

void ReviewDialog::fillStartChoices()
{
    m_start->Clear();
    m_reviews.clear();
    m_start->Append("A blank review");
    const int organisation = m_organisation->GetSelection();
    if (organisation != wxNOT_FOUND)
        m_reviews = m_repository.listReviews(m_organisations[static_cast<std::size_t>(organisation)].id);
    for (const auto& review : m_reviews)
        m_start->Append("A copy of " + wxString::FromUTF8(review.info.title + " (" + review.info.date + ")"));
    // Most reviews follow the last one: offer that first.
    m_start->SetSelection(m_reviews.empty() ? 0 : 1);
    m_copyAnswers->Enable(!m_reviews.empty());
}

NewReviewRequest ReviewDialog::request() const
{
    NewReviewRequest request;
    const int organisation = m_organisation->GetSelection();
    if (organisation != wxNOT_FOUND)
        request.organisationId = m_organisations[static_cast<std::size_t>(organisation)].id;
    request.info.id = m_key->GetValue().Strip(wxString::both).utf8_string();
    request.info.title = m_title->GetValue().Strip(wxString::both).utf8_string();
    request.info.date = isoDate(*m_date);
    const int start = m_start->GetSelection();
    if (start > 0)
        request.copyFrom = m_reviews[static_cast<std::size_t>(start - 1)].id;
    request.copyAnswers = request.copyFrom && m_copyAnswers->GetValue();
    return request;
}

void ReviewDialog::onOk(wxCommandEvent& event)
{
    const NewReviewRequest request = this->request();
    if (m_organisation->GetSelection() == wxNOT_FOUND)
        m_problem->SetLabel("Create an organisation first (File > New organisation).");
    else if (request.info.id.empty())
        m_problem->SetLabel("Give the review a key, such as 2015 or 2015-q1.");
    else if (request.info.title.empty())
        m_problem->SetLabel("Give the review a title.");
    else {
        event.Skip();
        return;
    }
    Layout();
    Fit();
}

}  // namespace ccg::gui
