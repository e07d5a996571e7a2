#include "app/gui/rater_dialog.hpp"

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
    : FormDialog(parent, "Add rater"), m_takenIds(std::move(takenIds))
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
    addField("&Name", m_name);
    addField("&Role", m_role);
    addField("&Id", m_id);
    finishForm();
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

EntryProblem RaterDialog::problem() const
{
    const Rater rater = this->rater();
    if (rater.name.empty())
        return {"Give the rater's name.", m_name};
    if (rater.id.empty())
        return {"Give an id of letters and digits.", m_id};
    if (std::find(m_takenIds.begin(), m_takenIds.end(), rater.id) != m_takenIds.end())
        return {"A rater with id '" + wxString::FromUTF8(rater.id) + "' is already in this review.", m_id};
    return {};
}

}  // namespace ccg::gui
