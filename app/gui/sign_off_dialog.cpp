#include "app/gui/sign_off_dialog.hpp"

#include "app/gui/action_dialog.hpp"

#include <wx/datectrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace ccg::gui {

namespace {

/// As the storage limit of a rationale: a reason is a sentence or a paragraph.
constexpr std::size_t kMaxReasonChars = 2000;

wxTextCtrl* lineField(wxWindow* parent, const char* name)
{
    auto* field = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, parent->FromDIP(wxSize(320, -1)));
    field->SetName(name);
    return field;
}

wxString trimmed(const wxTextCtrl& field)
{
    return field.GetValue().Strip(wxString::both);
}

}  // namespace

SignOffDialog::SignOffDialog(wxWindow* parent, const std::string& assessedBy, const std::string& date)
    : FormDialog(parent, "Sign off the review")
{
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   wxString::FromUTF8("Record that the " + assessedBy +
                                                      " approved this review. It is then locked: nothing in it can "
                                                      "change until it is reopened, with a reason."));
    intro->Wrap(FromDIP(440));
    addUnlabelled(intro);
    m_meeting = lineField(this, "meeting");
    m_date = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    m_date->SetName("approved-date");
    wxDateTime initial;
    if (!date.empty() && initial.ParseISODate(wxString::FromUTF8(date)))
        m_date->SetValue(initial);
    m_minute = lineField(this, "minute");
    m_approver = lineField(this, "approver");
    m_role = lineField(this, "role");
    addField("&Meeting", m_meeting);
    addField("&Date of the meeting", m_date, false);
    addField("Minute &reference", m_minute);
    addField("Signed off &by", m_approver);
    addField("Their r&ole", m_role);
    finishForm();
    m_meeting->SetFocus();
}

SignOff SignOffDialog::approval() const
{
    return {isoDate(*m_date), trimmed(*m_meeting).utf8_string(), trimmed(*m_minute).utf8_string(),
            trimmed(*m_approver).utf8_string(), trimmed(*m_role).utf8_string(), ""};
}

EntryProblem SignOffDialog::problem() const
{
    if (trimmed(*m_meeting).empty())
        return {"Name the meeting that approved the review, e.g. Board meeting in public.", m_meeting};
    if (isoDate(*m_date).empty())
        return {"Give the date of the meeting.", m_date};
    if (trimmed(*m_minute).empty())
        return {"Give the minute reference, so the approval can be found in the minutes.", m_minute};
    if (trimmed(*m_approver).empty())
        return {"Say who signed the review off.", m_approver};
    if (trimmed(*m_role).empty())
        return {"Give their role, e.g. Chair.", m_role};
    return {};
}

ReopenDialog::ReopenDialog(wxWindow* parent, const std::string& lockReason)
    : FormDialog(parent, "Reopen the approved review", wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    // The lock reason ends "reopen it to change it": say what reopening keeps instead.
    std::string approved = lockReason.substr(0, lockReason.find(';'));
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   wxString::FromUTF8(approved + ". Reopening lets it change again; the approval and "
                                                                 "the file as approved are kept, and the reason is "
                                                                 "recorded in its history."));
    intro->Wrap(FromDIP(440));
    addUnlabelled(intro);
    m_reason = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(440, 90)),
                              wxTE_MULTILINE);
    m_reason->SetName("reason");
    addField("&Why it is reopened", m_reason);
    finishForm(true);
    m_reason->SetFocus();
}

std::string ReopenDialog::reason() const
{
    return trimmed(*m_reason).utf8_string();
}

EntryProblem ReopenDialog::problem() const
{
    if (trimmed(*m_reason).empty())
        return {"Say why the approved review is reopened.", m_reason};
    if (m_reason->GetValue().length() > kMaxReasonChars)
        return {wxString::Format("Say it in %zu characters or fewer.", kMaxReasonChars), m_reason};
    return {};
}

}  // namespace ccg::gui
