#include "app/gui/organisation_dialog.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace ccg::gui {

OrganisationDialog::OrganisationDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, "New organisation")
{
    m_code = new wxTextCtrl(this, wxID_ANY);
    m_code->SetName("code");
    m_code->SetHint("e.g. 00Q");
    m_name = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(320, -1)));
    m_name->SetName("name");
    m_name->SetHint("e.g. NHS Example CCG");
    m_problem = new wxStaticText(this, wxID_ANY, wxString());
    m_problem->SetForegroundColour(wxColour(0xC6, 0x28, 0x28));

    auto* form = new wxFlexGridSizer(2, wxSize(FromDIP(8), FromDIP(8)));
    form->AddGrowableCol(1, 1);
    form->Add(new wxStaticText(this, wxID_ANY, "&Code"), wxSizerFlags().CentreVertical());
    form->Add(m_code, wxSizerFlags());
    form->Add(new wxStaticText(this, wxID_ANY, "&Name"), wxSizerFlags().CentreVertical());
    form->Add(m_name, wxSizerFlags().Expand());
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(form, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    top->Add(m_problem, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(CreateButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(top);
    Bind(wxEVT_BUTTON, &OrganisationDialog::onOk, this, wxID_OK);
    m_code->SetFocus();
}

Organisation OrganisationDialog::organisation() const
{
    return {m_code->GetValue().Strip(wxString::both).utf8_string(),
            m_name->GetValue().Strip(wxString::both).utf8_string()};
}

void OrganisationDialog::onOk(wxCommandEvent& event)
{
    const Organisation organisation = this->organisation();
    if (organisation.code.empty())
        m_problem->SetLabel("Give the organisation's code.");
    else if (organisation.name.empty())
        m_problem->SetLabel("Give the organisation's name.");
    else {
        event.Skip();
        return;
    }
    Layout();
    Fit();
}

}  // namespace ccg::gui
