#include "app/gui/review_settings_dialog.hpp"

#include "app/gui/action_dialog.hpp"

#include <wx/checkbox.h>
#include <wx/datectrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace ccg::gui {

ReviewSettingsDialog::ReviewSettingsDialog(wxWindow* parent, const storage::ReviewSummary& review)
    : FormDialog(parent, "Review settings")
{
    m_key = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(review.info.id));
    m_key->SetName("key");
    m_title = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(review.info.title), wxDefaultPosition,
                             FromDIP(wxSize(320, -1)));
    m_title->SetName("title");
    m_date = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
    m_date->SetName("date");
    wxDateTime date;
    if (!review.info.date.empty() && date.ParseISODate(wxString::FromUTF8(review.info.date)))
        m_date->SetValue(date);
    m_blind = new wxCheckBox(this, wxID_ANY, "&Blind rating: members see only their own ratings until they are revealed");
    m_blind->SetName("blind");
    m_blind->SetValue(review.blind);
    addField("Review &key", m_key, false);
    addField("&Title", m_title);
    addField("&Date", m_date, false);
    addUnlabelled(m_blind);
    if (review.revealed) {
        // Whether the first ratings were given blind is part of the review's record.
        m_blind->Disable();
        addUnlabelled(new wxStaticText(this, wxID_ANY,
                                       wxString::FromUTF8("The ratings were revealed on " + review.revealed->at.substr(0, 10) +
                                                          " by " + review.revealed->by + ".")));
    }
    finishForm();
}

ReviewInfo ReviewSettingsDialog::info() const
{
    return {m_key->GetValue().Strip(wxString::both).utf8_string(), m_title->GetValue().Strip(wxString::both).utf8_string(),
            isoDate(*m_date)};
}

bool ReviewSettingsDialog::blind() const
{
    return m_blind->GetValue();
}

EntryProblem ReviewSettingsDialog::problem() const
{
    if (info().id.empty())
        return {"Give the review a key, such as 2015 or 2015-q1.", m_key};
    if (info().title.empty())
        return {"Give the review a title.", m_title};
    return {};
}

}  // namespace ccg::gui
