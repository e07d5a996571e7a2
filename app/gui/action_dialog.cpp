#include "app/gui/action_dialog.hpp"

#include "checklists/words.hpp"

#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace ccg::gui {

namespace {

/// An action is a sentence or two; the item's note and evidence hold the detail.
constexpr std::size_t kMaxActionChars = 2000;

const ActionStatus kStatuses[] = {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
                                  ActionStatus::Dropped};

wxString shortened(const std::string& text, std::size_t length)
{
    wxString value = wxString::FromUTF8(text);
    return value.length() > length ? value.Left(length - 1) + wxString::FromUTF8("\xE2\x80\xA6") : value;
}

}  // namespace

std::string isoDate(const wxDatePickerCtrl& picker)
{
    const wxDateTime date = picker.GetValue();
    return date.IsValid() ? date.FormatISODate().utf8_string() : std::string();
}

ActionDialog::ActionDialog(wxWindow* parent, const Checklist& checklist, const Action& initial,
                           const wxString& title)
    : FormDialog(parent, title, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    m_item = new wxChoice(this, wxID_ANY);
    m_item->SetName("item");
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items) {
            m_itemIds.push_back(item.id);
            m_item->Append(wxString::FromUTF8(item.id + "  ") + shortened(item.question, 70));
            if (item.id == initial.item)
                m_item->SetSelection(static_cast<int>(m_itemIds.size() - 1));
        }
    m_text = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(initial.text), wxDefaultPosition,
                            FromDIP(wxSize(420, 80)), wxTE_MULTILINE);
    m_text->SetName("text");
    m_textLimit = std::max<std::size_t>(kMaxActionChars, m_text->GetValue().length());
    m_owner = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(initial.owner));
    m_owner->SetName("owner");
    m_due = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                 wxDP_DROPDOWN | wxDP_ALLOWNONE | wxDP_SHOWCENTURY);
    m_due->SetName("due");
    wxDateTime due;
    if (!initial.due.empty() && due.ParseISODate(wxString::FromUTF8(initial.due)))
        m_due->SetValue(due);
    else
        m_due->SetValue(wxInvalidDateTime);
    m_status = new wxChoice(this, wxID_ANY);
    m_status->SetName("status");
    for (const ActionStatus status : kStatuses) {
        m_status->Append(wxString::FromUTF8(words::statusWords(status)));
        if (status == initial.status)
            m_status->SetSelection(m_status->GetCount() - 1);
    }
    addField("&Item", m_item);
    addField("&Action", m_text);
    addField("&Owner", m_owner);
    addField("&Due", m_due, false);
    addField("&Status", m_status, false);
    finishForm(true);
    m_text->SetFocus();
}

Action ActionDialog::action() const
{
    Action action;
    const int item = m_item->GetSelection();
    action.item = item >= 0 ? m_itemIds[static_cast<std::size_t>(item)] : std::string();
    action.text = m_text->GetValue().utf8_string();
    action.owner = m_owner->GetValue().utf8_string();
    action.due = isoDate(*m_due);
    const int status = m_status->GetSelection();
    action.status = status >= 0 ? kStatuses[status] : ActionStatus::Open;
    return action;
}

EntryProblem ActionDialog::problem() const
{
    if (m_item->GetSelection() < 0)
        return {"Choose the item the action is about.", m_item};
    if (m_text->GetValue().Strip(wxString::both).empty())
        return {"Say what is to be done.", m_text};
    if (m_text->GetValue().length() > m_textLimit)
        return {wxString::Format("Say it in %zu characters or fewer; the item's note and evidence can hold the detail.",
                                 m_textLimit),
                m_text};
    return {};
}

}  // namespace ccg::gui
