#include "app/gui/rater_dialog.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace ccg::gui {

std::string raterIdFromName(const std::string& name)
{
    std::string id;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            id += c;
        else if (u >= 'A' && u <= 'Z')
            id += static_cast<char>(u + 32);
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id;
}

RaterDialog::RaterDialog(wxWindow* parent, std::vector<std::string> takenIds)
    : wxDialog(parent, wxID_ANY, "Add rater"), m_takenIds(std::move(takenIds))
{
    m_name = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(300, -1)));
    m_name->SetName("name");
    m_name->SetHint("e.g. Dr Asha Patel");
    m_role = new wxTextCtrl(this, wxID_ANY);
    m_role->SetName("role");
    m_role->SetHint("e.g. Chair, Lay member for governance");
    m_id = new wxTextCtrl(this, wxID_ANY);
    m_id->SetName("id");
    m_id->SetHint("made from the name when left empty");
    m_problem = new wxStaticText(this, wxID_ANY, wxString());
    m_problem->SetForegroundColour(wxColour(0xC6, 0x28, 0x28));

    auto* form = new wxFlexGridSizer(2, wxSize(FromDIP(8), FromDIP(8)));
    form->AddGrowableCol(1, 1);
    form->Add(new wxStaticText(this, wxID_ANY, "&Name"), wxSizerFlags().CentreVertical());
    form->Add(m_name, wxSizerFlags().Expand());
    form->Add(new wxStaticText(this, wxID_ANY, "&Role"), wxSizerFlags().CentreVertical());
    form->Add(m_role, wxSizerFlags().Expand());
    form->Add(new wxStaticText(this, wxID_ANY, "&Id"), wxSizerFlags().CentreVertical());
    form->Add(m_id, wxSizerFlags().Expand());
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(form, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    top->Add(m_problem, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(CreateButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(top);
    Bind(wxEVT_BUTTON, &RaterDialog::onOk, this, wxID_OK);
    m_name->SetFocus();
}

Rater RaterDialog::rater() const
{
    Rater rater;
    rater.name = m_name->GetValue().Strip(wxString::both).utf8_string();
    rater.role = m_role->GetValue().Strip(wxString::both).utf8_string();
    rater.id = m_id->GetValue().Strip(wxString::both).utf8_string();
    if (rater.id.empty())
        rater.id = raterIdFromName(rater.name);
    return rater;
}

void RaterDialog::onOk(wxCommandEvent& event)
{
    const Rater rater = this->rater();
    if (rater.name.empty())
        m_problem->SetLabel("Give the rater's name.");
    else if (rater.id.empty())
        m_problem->SetLabel("Give an id of letters and digits.");
    else if (std::find(m_takenIds.begin(), m_takenIds.end(), rater.id) != m_takenIds.end())
        m_problem->SetLabel("A rater with id '" + wxString::FromUTF8(rater.id) + "' is already in this review.");
    else {
        event.Skip();
        return;
    }
    Layout();
    Fit();
}

}  // namespace ccg::gui
