#include "app/gui/action_dialog.hpp"

#include "app/gui/item_picker.hpp"
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
    m_item = new ItemPicker(this, checklist, initial.item);
    m_text = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(initial.text), wxDefaultPosition,
                            FromDIP(wxSize(420, 70)), wxTE_MULTILINE);
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
    addTallField("&Item", m_item);
    addField("&Action", m_text);
    addField("&Owner", m_owner);
    addField("&Due", m_due, false);
    addField("&Status", m_status, false);
    // Enter on an item goes on to say what is to be done.
    m_item->onChosen([this] { m_text->SetFocus(); });
    finishForm(true);
    // Editing starts at the text when the item is known; a new action without one, at the search.
    if (initial.item.empty())
        m_item->searchBox()->SetFocus();
    else
        m_text->SetFocus();
}

Action ActionDialog::action() const
{
    Action action;
    action.item = m_item->selected();
    action.text = m_text->GetValue().utf8_string();
    action.owner = m_owner->GetValue().utf8_string();
    action.due = isoDate(*m_due);
    const int status = m_status->GetSelection();
    action.status = status >= 0 ? kStatuses[status] : ActionStatus::Open;
    return action;
}

EntryProblem ActionDialog::problem() const
{
    if (m_item->selected().empty())
        return {"Choose the item the action is about.", m_item->searchBox()};
    if (m_text->GetValue().Strip(wxString::both).empty())
        return {"Say what is to be done.", m_text};
    if (m_text->GetValue().length() > m_textLimit)
        return {wxString::Format("Say it in %zu characters or fewer; the item's note and evidence can hold the detail.",
                                 m_textLimit),
                m_text};
    return {};
}

}  // namespace ccg::gui
