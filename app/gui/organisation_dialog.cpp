#include "app/gui/organisation_dialog.hpp"

#include <wx/textctrl.h>

namespace ccg::gui {

OrganisationDialog::OrganisationDialog(wxWindow* parent)
    : FormDialog(parent, "New organisation")
{
    m_code = new wxTextCtrl(this, wxID_ANY);
    m_code->SetName("code");
    m_code->SetHint("e.g. 00Q");
    m_name = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(320, -1)));
    m_name->SetName("name");
    m_name->SetHint("e.g. NHS Example CCG");
    addField("&Code", m_code, false);
    addField("&Name", m_name);
    finishForm();
    m_code->SetFocus();
}

Organisation OrganisationDialog::organisation() const
{
    return {m_code->GetValue().Strip(wxString::both).utf8_string(),
            m_name->GetValue().Strip(wxString::both).utf8_string()};
}

EntryProblem OrganisationDialog::problem() const
{
    const Organisation organisation = this->organisation();
    if (organisation.code.empty())
        return {"Give the organisation's code.", m_code};
    if (organisation.name.empty())
        return {"Give the organisation's name.", m_name};
    return {};
}

}  // namespace ccg::gui
